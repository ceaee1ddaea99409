// Request bodies are bounded per route and by who is asking, while they stream in: a
// declared length over the limit is refused before a byte is read, and a body that
// grows past it stops being read there. Nothing here reads a body; it only wraps the
// stream that a route (or the CSRF check, for a small form) may read later.
import type { MiddlewareHandler } from "hono";
import type { AppEnv, Ctx } from "./context";
import { apiError, isApi, messagePage } from "./respond";

const KB = 1024;
const MB = 1024 * KB;

/** Sign-in, password reset, invitations, the first-run page: anything sent without a session. */
export const ANONYMOUS_LIMIT = 64 * KB;
/** Any form or JSON call from a signed-in user, except files on the upload routes. */
export const SIGNED_IN_LIMIT = 1 * MB;

/**
 * The only routes that take files (multipart from a signed-in user, up to MAX_UPLOAD_MB).
 * A new file form adds its route here; every other route stops at 1 MB.
 */
const UPLOAD_ROUTES: RegExp[] = [
  /^\/people\/import$/, // the people spreadsheet
  /^\/directives$/, // an incoming directive's PDF or .docx
  /^\/movements\/\d+\/checkins\/\d+$/, // check-in evidence
  /^\/movements\/\d+\/activities$/, // activity photos
  /^\/awards\/import$/, // an award list
  /^\/eligibility\/assessments\/import$/, // a list of yearly assessments
  /^\/nominations\/\d+\/documents$/, // a dossier's signed documents
  /^\/certificates\/layout$/, // a certificate background image
];

export const isUploadRoute = (path: string) => UPLOAD_ROUTES.some((r) => r.test(path));

const isMultipart = (c: Ctx) => (c.req.header("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");

export function bodyLimitFor(c: Ctx): number {
  if (!c.get("actor") || c.req.path.startsWith("/cong-khai/")) return ANONYMOUS_LIMIT; // public pages: anyone's limit, signed in or not
  if (!c.get("viaToken") && isMultipart(c) && isUploadRoute(c.req.path)) return c.get("deps").config.maxUploadBytes;
  return SIGNED_IN_LIMIT;
}

const size = (bytes: number) => (bytes < MB ? `${Math.round(bytes / KB)} KB` : `${Math.round(bytes / MB)} MB`);

export function tooLarge(c: Ctx, max: number) {
  const message = c.get("t")("errors.too_large", { max: size(max) });
  return isApi(c) ? apiError(c, 413, "too_large", message) : messagePage(c, 413, "errors.server_title", message);
}

/** Set when a body grew past its limit while being read: whatever failed because of it answers 413. */
export const bodyOverLimit = (c: Ctx): number | undefined => c.get("bodyOverLimit");

export const limitBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method === "GET" || c.req.method === "HEAD") return next();
  const max = bodyLimitFor(c);
  const declared = c.req.header("content-length");
  if (declared !== undefined && !c.req.header("transfer-encoding") && Number(declared) > max) return tooLarge(c, max);

  // The original stream is opened only when someone reads; past the limit it is left
  // unread (the server drains or drops it after answering) and the reader gets an error.
  const original = c.req.raw;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let seen = 0;
  const limited = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!reader) {
          if (!original.body) return controller.close();
          reader = original.body.getReader();
        }
        const { done, value } = await reader.read();
        if (done) return controller.close();
        seen += value.byteLength;
        if (seen > max) {
          c.set("bodyOverLimit", max);
          reader.releaseLock();
          controller.error(new Error(`request body over ${max} bytes`));
          return;
        }
        controller.enqueue(value);
      },
    },
    { highWaterMark: 0 },
  );
  c.req.raw = new Request(original.url, { method: original.method, headers: original.headers, body: limited, duplex: "half", signal: original.signal } as RequestInit);
  await next();
};

/** A body that is not the form it claims to be (a broken multipart stream): the app answers 400. */
export class UnreadableBody extends Error {}

/**
 * The fields (and files) of a form body, read once and kept for the rest of the request.
 * Past the route's limit the app answers 413; a malformed body, 400.
 */
export async function parseFormBody(c: Ctx, opts: { all?: boolean } = {}): Promise<Record<string, string | File | (string | File)[]>> {
  try {
    return await c.req.parseBody({ all: opts.all ?? false });
  } catch (err) {
    if (bodyOverLimit(c) !== undefined) throw err;
    throw new UnreadableBody((err as Error).message);
  }
}

export function unreadableBody(c: Ctx) {
  const message = c.get("t")("errors.unreadable_body");
  return isApi(c) ? apiError(c, 400, "bad_request", message) : messagePage(c, 400, "errors.bad_request_title", message);
}
