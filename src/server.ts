// Starting the application: lock the data folder (embedded database), open and
// migrate the database, start the job worker and the HTTP server.
import { serve, type ServerType } from "@hono/node-server";
import type { Config } from "./config";
import { openDatabase, type Database } from "./db/client";
import { lockDataFolder } from "./db/data-lock";
import { DatabaseStartError } from "./db/start-error";
import { issueSetupLink } from "./features/setup/setup-link";
import { purgeExpiredSessions } from "./features/accounts/sessions";
import { auditKeyMatches, useAuditKey } from "./platform/audit";
import { AuditCheckpoints } from "./platform/audit-checkpoint";
import { JobWorker } from "./platform/jobs";
import { idleCollector } from "./platform/idle-collect";
import { consoleLogger } from "./platform/logger";
import { MAIL_JOB, mailSender } from "./platform/mail";
import { createApp } from "./web/app";
import type { AppDeps, Logger } from "./web/context";
import { translator } from "./i18n";

export interface Runtime {
  deps: AppDeps;
  /** The audit checkpoint in the data folder: advanced at close (and every few seconds by the server). */
  checkpoints: AuditCheckpoints;
  close(): Promise<void>;
}

/** Opens everything the app and the CLI need. The embedded database is locked for this process. */
export async function openRuntime(config: Config, log: Logger = consoleLogger(config.logLevel), opts: { pgliteImage?: Blob } = {}): Promise<Runtime> {
  const release = config.databaseUrl ? () => {} : lockDataFolder(config.dataDir);
  let database: Database | undefined;
  try {
    database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, ...opts });
    await database.migrate();
  } catch (err) {
    await database?.close().catch(() => {});
    release();
    // The database's own reason ("permission denied for database …"), not only the failed statement.
    throw DatabaseStartError.from(err, config);
  }
  useAuditKey(config.auditKey);
  const checkpoints = new AuditCheckpoints(database.db, config.auditKey, config.dataDir, log);
  const jobs = new JobWorker(database, { [MAIL_JOB]: mailSender(config.smtpUrl, config.mailFrom, log) }, (msg) => log.error(msg));
  return {
    deps: { config, database, jobs, log },
    checkpoints,
    async close() {
      await jobs.stop();
      await checkpoints.stop();
      await database.close();
      release();
    },
  };
}

export interface RunningServer {
  url: string;
  server: ServerType;
  runtime: Runtime;
  close(): Promise<void>;
}

export async function startServer(config: Config, log: Logger = consoleLogger(config.logLevel)): Promise<RunningServer> {
  const runtime = await openRuntime(config, log);
  const { deps } = runtime;
  deps.jobs.start();
  runtime.checkpoints.start();
  if ((await auditKeyMatches(deps.database.db, config.auditKey)) === false) {
    log.error(
      "Khóa nhật ký (AUDIT_KEY hoặc DATA_DIR/audit-key) không khớp chữ ký đầu chuỗi nhật ký: nếu vừa chuyển máy chủ, hãy dừng lại và chép khóa từ máy cũ; " +
        "nếu không, chạy npx thidua audit verify. (The audit key does not match the log's head: after moving servers, stop and copy the key from the old one; otherwise run npx thidua audit verify.)",
    );
  }
  await purgeExpiredSessions(deps.database.db);
  const app = createApp(deps);
  const idle = idleCollector();
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: idle.wrap(app.fetch), port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;
  log.info(`Thi Đua đang chạy tại ${url} (cơ sở dữ liệu: ${deps.database.kind === "pglite" ? `PGlite trong ${config.dataDir}` : "PostgreSQL"})`);
  const setupLink = await issueSetupLink(deps.database.db, config.baseUrl);
  // Printed whatever LOG_LEVEL says: without it nobody can finish the installation.
  if (setupLink) console.log(`${translator("vi")("setup.console")}: ${setupLink}`);
  return {
    url,
    server,
    runtime,
    async close() {
      idle.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
    },
  };
}
