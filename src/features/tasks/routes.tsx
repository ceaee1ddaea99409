import { Hono } from "hono";
import type { AppEnv } from "../../web/context";

export const tasksRoutes = new Hono<AppEnv>();
