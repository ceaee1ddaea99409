// Vitest global set-up: with TEST_DATABASE=postgres, one throw-away cluster serves the run;
// every test file then makes its own database in it. The build (dist/) is brought up to
// date first, so that tests which run `node bin/thidua.js` run what `npm start` runs.
import type { TestProject } from "vitest/node";
import { ensureBuild } from "../../scripts/build";
import { startPgCluster, type PgCluster } from "./pg-cluster";

let cluster: PgCluster | undefined;

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string | null;
  }
}

export async function setup(project: TestProject) {
  await ensureBuild();
  if (process.env.TEST_DATABASE === "postgres" && !process.env.TEST_PG_URL) cluster = await startPgCluster();
  project.provide("pgUrl", process.env.TEST_PG_URL ?? cluster?.url ?? null);
}

export async function teardown() {
  cluster?.stop();
}
