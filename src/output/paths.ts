/** Output paths: mirror the input's relative path under the out-dir, never escaping it. */
import path from 'node:path';

const STRIP = ['.html.gz', '.htm.gz', '.txt.gz', '.md.gz', '.gz', '.txt', '.text', '.dump', '.markdown', '.md', '.html', '.htm', '.xhtml'];

/** A dump's name without its dump extension ("x.html.gz" → "x"). */
export function stripExtension(name: string): string {
  const lower = name.toLowerCase();
  for (const ext of STRIP) if (lower.endsWith(ext) && name.length > ext.length) return name.slice(0, -ext.length);
  return name;
}

/** Make a relative path safe: no "..", no absolute part, no control characters. */
export function safeRelative(rel: string): string {
  const parts = rel
    .split(/[\\/]+/)
    .map((p) => [...p].map((ch) => ((ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f' ? '_' : ch)).join(''))
    .filter((p) => p !== '' && p !== '.' && p !== '..');
  return parts.length === 0 ? 'stdin' : parts.join('/');
}

/**
 * Output paths for a set of inputs. Extensions are replaced (a.txt → a.json); where two inputs
 * would land on the same output (a.txt and a.html), both keep their full names (a.txt.json).
 */
export function outputPaths(rels: readonly string[], outDir: string, ext: string): string[] {
  const safe = rels.map(safeRelative);
  const short = safe.map((r) => `${stripExtension(r)}.${ext}`);
  const counts = new Map<string, number>();
  for (const s of short) counts.set(s.toLowerCase(), (counts.get(s.toLowerCase()) ?? 0) + 1);
  const root = path.resolve(outDir);
  const taken = new Set<string>();
  return safe.map((r, i) => {
    let name = (counts.get((short[i] as string).toLowerCase()) ?? 0) > 1 ? `${r}.${ext}` : (short[i] as string);
    // Still the same name (two inputs both called "..", say): number the later ones.
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${r}-${n}.${ext}`;
    taken.add(name.toLowerCase());
    const full = path.resolve(root, name);
    if (!full.startsWith(root + path.sep)) throw new Error(`output path escapes the out-dir: ${name}`);
    return full;
  });
}
