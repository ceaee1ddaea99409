import type { Endpoint } from "../../web/api";

export const tasksEndpoints: Endpoint[] = [];
