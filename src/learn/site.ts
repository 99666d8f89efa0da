/** Which site a document belongs to: --site, else its URL's host (HTML), else its folder. */

export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.startsWith('www.') ? host.slice(4) : host || undefined;
  } catch {
    return undefined;
  }
}

/** The folder part of a relative input path ("site-a/2026/x.txt" → "site-a/2026"), or "." */
export function folderOf(rel: string): string {
  const at = Math.max(rel.lastIndexOf('/'), rel.lastIndexOf('\\'));
  return at <= 0 ? '.' : rel.slice(0, at);
}

export function resolveSite(forced: string | undefined, url: string | undefined, folder: string | undefined): string {
  return forced ?? hostOf(url) ?? folder ?? '.';
}
