// Static assets, read once at start-up: the stylesheet, the small script and the
// self-hosted font files. Nothing is loaded from other hosts.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Hono } from "hono";
import { fromRoot } from "../paths";
import type { AppEnv } from "./context";

interface Asset {
  body: Uint8Array;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = { ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".woff2": "font/woff2" };

function load(file: string): Asset {
  const body = readFileSync(file);
  return { body, type: TYPES[path.extname(file)] ?? "application/octet-stream", etag: `"${createHash("sha1").update(body).digest("base64url")}"` };
}

function loadAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const own = fromRoot("src", "web", "static");
  for (const name of readdirSync(own)) assets.set(`/static/${name}`, load(path.join(own, name)));
  const require = createRequire(fromRoot("package.json"));
  const fonts = path.join(path.dirname(require.resolve("@fontsource/be-vietnam-pro/package.json")), "files");
  for (const name of readdirSync(fonts)) {
    if (/^be-vietnam-pro-(vietnamese|latin|latin-ext)-(400|700)-normal\.woff2$/.test(name)) assets.set(`/static/fonts/${name}`, load(path.join(fonts, name)));
  }
  return assets;
}

export function serveStatic(app: Hono<AppEnv>): void {
  const assets = loadAssets();
  app.get("/static/*", async (c, next) => {
    const asset = assets.get(c.req.path);
    // Not ours: on to the app's own 404 page, after the language is known (answering here
    // would render the page without it and end in the error handler).
    if (!asset) return next();
    c.header("ETag", asset.etag);
    c.header("Cache-Control", "public, max-age=3600");
    if (c.req.header("if-none-match") === asset.etag) return c.body(null, 304);
    c.header("Content-Type", asset.type);
    return c.body(asset.body as unknown as ArrayBuffer);
  });
}
