// A plain console logger. Request bodies are never logged, so passwords and ballots never are.
import type { Config } from "../config";
import type { Logger } from "../web/context";

export function consoleLogger(level: Config["logLevel"]): Logger {
  const stamp = () => new Date().toISOString();
  return {
    info: (msg) => {
      if (level === "info" || level === "debug") console.log(`${stamp()} ${msg}`);
    },
    error: (msg) => {
      if (level !== "silent") console.error(`${stamp()} ERROR ${msg}`);
    },
  };
}
