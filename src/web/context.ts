import type { Context } from "hono";
import type { Config } from "../config";
import type { Database } from "../db/client";
import type { Lang } from "../domain/text/dates";
import type { Translate } from "../i18n";
import type { Actor } from "../platform/actor";
import type { JobWorker } from "../platform/jobs";

export interface Logger {
  info(msg: string): void;
  error(msg: string): void;
}

/** What the app is made of; tests and the CLI build one too. */
export interface AppDeps {
  config: Config;
  database: Database;
  jobs: JobWorker;
  log: Logger;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    lang: Lang;
    t: Translate;
    actor: Actor | null;
    sessionHash: string | null;
    /** The page's CSRF token, made when a form first asks for it (a page without a form sets no cookie). */
    csrfToken: () => string;
    clientIp: string;
    /** Set by API token authentication: requests that carry no cookies need no CSRF token. */
    viaToken: boolean;
    /** The body limit, once a body has grown past it while being read (the answer is then 413). */
    bodyOverLimit: number | undefined;
  };
}

export type Ctx = Context<AppEnv>;
