import type { Endpoint } from "../../web/api";

export const movementsEndpoints: Endpoint[] = [];
