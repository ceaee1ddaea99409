// Configuration comes from environment variables only. A wrong value stops the
// start with one line that names the variable, so an operator can fix it at once.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

export interface Config {
  port: number;
  host: string;
  baseUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionSecret: string;
  /** Signs the audit log's chain, head and checkpoint; kept outside the database. */
  auditKey: string;
  trustProxy: boolean;
  maxUploadBytes: number;
  logLevel: "silent" | "error" | "info" | "debug";
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}="${raw}" không hợp lệ: cần một số nguyên từ ${min} đến ${max}.`);
  }
  return value;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} không phải là một địa chỉ URL hợp lệ (cần dạng ${protocols[0]}//…).`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} phải bắt đầu bằng ${protocols.join(" hoặc ")}// (đang là ${parsed.protocol}//).`);
  }
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name}="${raw}" không hợp lệ: chọn một trong ${allowed.join(", ")}.`);
  }
  return raw as T;
}

function flag(env: Env, name: string): boolean {
  return oneOf(env, name, ["0", "1", "true", "false"] as const, "0") === "1" || env[name] === "true";
}

/**
 * Reads a secret from its variable (SESSION_SECRET, AUDIT_KEY), or from its file in the
 * data folder (session-secret, audit-key), creating it once.
 */
function secret(env: Env, name: string, dataDir: string, fileName: string): string {
  const given = env[name];
  if (given !== undefined && given !== "") {
    if (given.length < 32) throw new ConfigError(`${name} quá ngắn: cần ít nhất 32 ký tự.`);
    return given;
  }
  const file = path.join(dataDir, fileName);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const value = randomBytes(32).toString("base64url");
  writeFileSync(file, value + "\n", { mode: 0o600, flag: "wx" });
  return value;
}

export function loadConfig(env: Env = process.env): Config {
  const port = integer(env, "PORT", 3000, 0, 65535);
  const host = env.HOST || "127.0.0.1";
  const baseUrl = (url(env, "BASE_URL", ["http:", "https:"]) ?? `http://localhost:${port}`).replace(/\/+$/, "");
  const dataDir = path.resolve(env.DATA_DIR || "./data");
  return {
    port,
    host,
    baseUrl,
    dataDir,
    databaseUrl: url(env, "DATABASE_URL", ["postgres:", "postgresql:"]),
    smtpUrl: url(env, "SMTP_URL", ["smtp:", "smtps:"]),
    mailFrom: env.MAIL_FROM || "Thi Đua <no-reply@localhost>",
    sessionSecret: secret(env, "SESSION_SECRET", dataDir, "session-secret"),
    auditKey: secret(env, "AUDIT_KEY", dataDir, "audit-key"),
    trustProxy: flag(env, "TRUST_PROXY"),
    maxUploadBytes: integer(env, "MAX_UPLOAD_MB", 100, 1, 1024) * 1024 * 1024,
    logLevel: oneOf(env, "LOG_LEVEL", ["silent", "error", "info", "debug"] as const, "info"),
  };
}

/** The variables, for `--help` and the README. */
export const configVariables = [
  ["PORT", "3000", "Cổng HTTP / HTTP port"],
  ["HOST", "127.0.0.1", "Địa chỉ lắng nghe / listen address (0.0.0.0 for the LAN)"],
  ["BASE_URL", "http://localhost:PORT", "Địa chỉ công khai dùng trong thư / public address used in e-mails"],
  ["DATA_DIR", "./data", "Thư mục dữ liệu (PGlite, khóa, khóa phiên, khóa nhật ký) / data folder"],
  ["DATABASE_URL", "(trống: PGlite)", "postgres://… để chạy trên máy chủ PostgreSQL / server database"],
  ["SMTP_URL", "(trống)", "smtp://user:pass@host:587 hoặc smtps://… / outgoing mail"],
  ["MAIL_FROM", "Thi Đua <no-reply@localhost>", "Người gửi thư / sender"],
  ["SESSION_SECRET", "(tạo trong DATA_DIR)", "Khóa ký CSRF, ≥ 32 ký tự / CSRF signing key"],
  ["AUDIT_KEY", "(tạo trong DATA_DIR)", "Khóa ký nhật ký, ≥ 32 ký tự; giữ khi chuyển máy / audit log key; keep it when moving"],
  ["TRUST_PROXY", "0", "1 khi chạy sau reverse proxy / behind a reverse proxy"],
  ["MAX_UPLOAD_MB", "100", "Giới hạn một lần tải lên (mọi tệp của một biểu mẫu) / upload limit per form"],
  ["LOG_LEVEL", "info", "silent | error | info | debug"],
] as const;
