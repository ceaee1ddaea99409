import { Hono } from "hono";
import type { AppEnv } from "../../web/context";

export const progressRoutes = new Hono<AppEnv>();
