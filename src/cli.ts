// The `thidua` command. Each area declares its commands, their options and their lines of
// help beside its use cases (src/features/<area>/cli.ts; serve and migrate in src/cli/);
// this file lists them in the order of `thidua --help`, reads the command line and runs
// the one named.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { formatHelp, UsageError, type Command } from "./cli/command";
import { migrateCommand, serveCommand } from "./cli/serve";
import { configVariables, loadConfig } from "./config";
import { usersCommand } from "./features/accounts/cli";
import { auditCommand } from "./features/audit/cli";
import { awardsCommand } from "./features/awards/cli";
import { backupCommand, restoreCommand } from "./features/backup/cli";
import { calendarCommand } from "./features/calendar/cli";
import { catalogueCommand } from "./features/catalogue/cli";
import { demoCommand } from "./features/demo/cli";
import { documentsCommand } from "./features/documents/cli";
import { movementsCommand } from "./features/movements/cli";
import { nominationsCommand } from "./features/nominations/cli";
import { proposalsCommand } from "./features/proposals/cli";
import { councilCommand } from "./features/council/cli";
import { bonusCliCommand } from "./features/bonus/cli";
import { decisionsCommand } from "./features/decisions/cli";
import { certificatesCommand } from "./features/certificates/cli";
import { peopleCommand } from "./features/people/cli";
import { eligibilityCommand } from "./features/eligibility/cli";
import { remindersCommand } from "./features/reminders/cli";
import { tasksCommand } from "./features/tasks/cli";
import { unitsCommand } from "./features/units/cli";
import { translator } from "./i18n";
import { ValidationError } from "./platform/errors";
import { consoleLogger } from "./platform/logger";
import { openRuntime } from "./server";

const COMMANDS: readonly Command[] = [
  serveCommand,
  migrateCommand,
  usersCommand,
  unitsCommand,
  peopleCommand,
  awardsCommand,
  eligibilityCommand,
  demoCommand,
  documentsCommand,
  movementsCommand,
  nominationsCommand,
  proposalsCommand,
  councilCommand,
  bonusCliCommand,
  decisionsCommand,
  certificatesCommand,
  tasksCommand,
  remindersCommand,
  calendarCommand,
  catalogueCommand,
  backupCommand,
  restoreCommand,
  auditCommand,
];

const HELP = `thidua – Thi Đua: phong trào thi đua và khen thưởng / emulation and commendation

Cách dùng / Usage: npx thidua <lệnh> [tùy chọn]

Lệnh / Commands:
${COMMANDS.flatMap((command) => command.help.map(formatHelp)).join("\n")}

--unit CODE: mã chính thức ("22420") hoặc mã riêng của đơn vị ("22420-TDP01") / a unit's official or local code

Vai trò / Roles: admin, chairman, vice_chairman, council_secretary, council_member, organisation,
  reporter, culture_officer, superior_reviewer

Biến môi trường / Environment:
${configVariables.map(([name, def, what]) => `  ${name.padEnd(15)} ${what} [${def}]`).join("\n")}
`;

/** Every command's options, read together: an option two commands share must be of one type. */
function allOptions(): NonNullable<ParseArgsConfig["options"]> {
  const options: NonNullable<ParseArgsConfig["options"]> = { help: { type: "boolean", short: "h" } };
  for (const command of COMMANDS) {
    for (const [name, spec] of Object.entries(command.options ?? {})) {
      if (options[name] && options[name].type !== spec.type) throw new Error(`--${name}: ${command.name} reads it as a ${spec.type}, another command as a ${options[name].type}`);
      options[name] = spec;
    }
  }
  return options;
}

async function main(argv: string[]): Promise<number> {
  const { values: opts, positionals } = parseArgs({ args: argv, allowPositionals: true, options: allOptions() });
  const [name = "serve", ...args] = positionals;
  if (opts.help || name === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  const config = loadConfig();
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`Lệnh không có / unknown command: ${name}`);
  return command.run({
    args,
    opts: opts as Record<string, string | boolean | undefined>, // no option is `multiple`
    config,
    async withRuntime(fn) {
      const runtime = await openRuntime(config, consoleLogger("error"));
      try {
        return await fn(runtime);
      } finally {
        await runtime.close();
      }
    },
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      console.error(`Sai cú pháp / usage: npx thidua ${err.message}\n(npx thidua --help)`);
    } else if (err instanceof ValidationError) {
      const [vi, en] = [translator("vi"), translator("en")];
      for (const [field, e] of Object.entries(err.fields)) {
        // A use case's field is named by its option; an argument the CLI read is named as typed ("--on", "DATE").
        const name = /^(-|[A-Z])/.test(field) ? field : `--${field}`;
        const params = { label: name, ...(e.params ?? {}) };
        console.error(`${name}: ${vi(e.key, params)} / ${en(e.key, params)}`);
      }
    } else if (err instanceof Error && err.name === "NotFound") {
      console.error("Không tìm thấy / not found");
    } else {
      // Configuration errors, a locked data folder, a refused restore or demo…: their message as it is.
      console.error(err instanceof Error ? err.message : String(err));
    }
    process.exit(err instanceof ValidationError || err instanceof UsageError ? 2 : 1);
  },
);
