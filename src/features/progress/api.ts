import type { Endpoint } from "../../web/api";

export const progressEndpoints: Endpoint[] = [];
