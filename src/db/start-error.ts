// Why the database could not be opened, in the database's own words. Drizzle wraps the
// server's error in its own ("Failed query: CREATE SCHEMA …", the reason in `cause`), and a
// connection to "localhost" may fail once per address (AggregateError): the reason an
// operator needs is the innermost one, with a hint for the usual set-up mistakes.

interface DriverError {
  message: string;
  code?: string;
  detail?: string;
  hint?: string;
  query?: string;
}

/** The errors inside `err`, outermost first: its causes, and the first of an AggregateError's. */
function chain(err: unknown): DriverError[] {
  const out: DriverError[] = [];
  let e: unknown = err;
  while (e instanceof Error && out.length < 10) {
    out.push(e as DriverError);
    e = e instanceof AggregateError && e.errors.length > 0 ? e.errors[0] : e.cause;
  }
  return out;
}

/** Hints for PostgreSQL's SQLSTATE (and Node's network codes) that a set-up commonly meets. */
const HINTS: Record<string, string> = {
  "42501":
    "vai trò của ứng dụng cần là chủ của cơ sở dữ liệu: createdb -O thidua thidua (README, “On a PostgreSQL server”) / " +
    "the app's role must own the database: createdb -O thidua thidua",
  "3D000": "tạo cơ sở dữ liệu trước: createdb -O thidua thidua / create the database first: createdb -O thidua thidua",
  "28P01": "kiểm tra tên vai trò và mật khẩu trong DATABASE_URL / check the role and password in DATABASE_URL",
  "28000": "kiểm tra tên vai trò trong DATABASE_URL và pg_hba.conf của máy chủ / check the role in DATABASE_URL and the server's pg_hba.conf",
  ECONNREFUSED: "không có máy chủ PostgreSQL nghe ở địa chỉ này / no PostgreSQL server listens at this address",
  ENOTFOUND: "không tìm thấy tên máy trong DATABASE_URL / the host name in DATABASE_URL is unknown",
};

/** "postgres://thidua@dbhost:5432/thidua", without the password. */
function shownUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    url.password = "";
    return url.toString();
  } catch {
    return "DATABASE_URL";
  }
}

export class DatabaseStartError extends Error {
  constructor(
    message: string,
    /** The database's own words, e.g. "permission denied for database thidua". */
    readonly reason: string,
    /** PostgreSQL's SQLSTATE (or Node's network code), when there is one. */
    readonly code: string | undefined,
    cause: unknown,
  ) {
    super(message, { cause });
    this.name = "DatabaseStartError";
  }

  static from(err: unknown, where: { databaseUrl: string | undefined; dataDir: string }): DatabaseStartError {
    const errors = chain(err);
    const innermost = errors.at(-1);
    const reason = innermost?.message || String(err);
    const coded = [...errors].reverse().find((e) => typeof e.code === "string");
    const code = coded?.code;
    const statement = errors.find((e) => typeof e.query === "string")?.query;
    const place = where.databaseUrl ? shownUrl(where.databaseUrl) : `PGlite, ${where.dataDir}`;
    const lines = [`Không mở được cơ sở dữ liệu / could not open the database (${place}): ${reason}${code ? ` [${code}]` : ""}`];
    if (innermost?.detail) lines.push(`  ${innermost.detail}`);
    if (statement) lines.push(`  Câu lệnh / statement: ${statement.trim().split("\n")[0]}`);
    const hint = (code && HINTS[code]) || innermost?.hint;
    if (hint) lines.push(`  Gợi ý / hint: ${hint}`);
    return new DatabaseStartError(lines.join("\n"), reason, code, err);
  }
}
