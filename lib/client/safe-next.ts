const BASE = 'http://oddmonth.invalid';

/**
 * The post-sign-in destination from a `?next=` value: a path on this site,
 * or `fallback`. Browsers read a backslash as a slash and drop tabs and
 * newlines from URLs, so `/\evil.example` and `/\t/evil.example` lead to
 * another site just as `//evil.example` does; the value is therefore
 * resolved the way a browser would, and kept only when it stays on this
 * origin (and has none of those characters at all).
 */
export function safeNext(next: string | null, fallback = '/months'): string {
  if (!next || !next.startsWith('/')) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
