import { Hono } from "hono";
import type { AppEnv } from "../../web/context";

export const movementsRoutes = new Hono<AppEnv>();
