// Before the browser tests: the build (dist/) brought up to date, so that the app they
// start (`node bin/thidua.js serve`) is the one `npm start` runs.
import { ensureBuild } from "../../scripts/build";

export default async function globalSetup(): Promise<void> {
  await ensureBuild();
}
