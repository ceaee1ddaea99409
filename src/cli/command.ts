// The shape of a `thidua` command. Each area declares its own beside its use cases
// (src/features/<area>/cli.ts: the command's name, the options it reads, its lines of help
// in Vietnamese and English, and what it runs); src/cli.ts lists them, prints their help
// and runs the one named.
import type { Config } from "../config";
import type { Runtime } from "../server";

/** One command line of `thidua --help`: its usage, then what it does in Vietnamese and in English (one or more lines each). */
export interface HelpEntry {
  usage: string;
  vi: string | readonly string[];
  en: string | readonly string[];
}

/** Options as `node:util` parseArgs takes them. Every command's options are read together, so two commands may share one. */
export type OptionSpecs = Record<string, { type: "string" } | { type: "boolean" }>;
type Value<S> = S extends { type: "string" } ? string : boolean;
type Values<O extends OptionSpecs> = { [K in keyof O]?: Value<O[K]> };

export interface CommandContext<O extends OptionSpecs> {
  /** The words after the command's name: `thidua units merge …` → ["merge"]. */
  args: string[];
  opts: Values<O>;
  config: Config;
  /** Opens the database (migrated, the data folder locked), runs `fn`, closes it. */
  withRuntime<T>(fn: (runtime: Runtime) => Promise<T>): Promise<T>;
}

export interface Command<O extends OptionSpecs = OptionSpecs> {
  /** The first word: `thidua units …`. */
  name: string;
  /** Its lines in `thidua --help`, in order. */
  help: readonly HelpEntry[];
  options?: O;
  /**
   * The exit code, or -1 to keep the process running (the server). Throw UsageError for a
   * wrong command line, ValidationError for a wrong value; any other error's message is
   * printed as it is, with exit code 1.
   */
  run(ctx: CommandContext<O>): Promise<number>;
}

/** Declares a command, typing its handler's options from `options`. */
export function defineCommand<O extends OptionSpecs = {}>(command: Command<O>): Command {
  return command as Command;
}

/** A wrong command line: printed as "Sai cú pháp / usage: npx thidua <message>", exit code 2. */
export class UsageError extends Error {}

/** Where the descriptions start in `thidua --help`; a longer usage has a line of its own. */
const DESCRIPTION_COLUMN = 29;

export function formatHelp({ usage, vi, en }: HelpEntry): string {
  const lines = [vi, en].flatMap((text) => (typeof text === "string" ? [text] : [...text]));
  const width = DESCRIPTION_COLUMN - 2;
  const first = usage.length < width ? [`  ${usage.padEnd(width)}${lines.shift()}`] : [`  ${usage}`];
  return [...first, ...lines.map((line) => " ".repeat(DESCRIPTION_COLUMN) + line)].join("\n");
}
