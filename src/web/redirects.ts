// Where a redirect may send the browser: only a path of this site, judged after the same
// parsing a browser does (tabs and line breaks dropped, backslashes read as slashes,
// dot segments resolved), so "/\t/evil.example" or "/\\evil.example" cannot leave the site.
const HERE = "http://thidua.invalid";

/** The target as a path of this site (normalised and percent-encoded), or the fallback. */
export function sameSitePath(target: string | undefined | null, fallback = "/"): string {
  if (!target || !target.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(target, HERE);
  } catch {
    return fallback;
  }
  if (url.origin !== HERE) return fallback;
  const path = url.pathname + url.search + url.hash;
  // A path that begins "//" after resolving ("/a/..//evil.example") is read as another host.
  if (path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
