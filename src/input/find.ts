/**
 * Find inputs: files, folders (recursive), globs, "-" for stdin. Results are sorted so a run
 * is the same whatever order the file system lists things in.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

export const INPUT_EXTENSIONS = ['txt', 'text', 'dump', 'md', 'markdown', 'html', 'htm', 'xhtml', 'html.gz', 'htm.gz', 'txt.gz', 'md.gz'];

export interface InputRef {
  /** "-" for standard input, else the path to read. */
  path: string;
  /** Path relative to the root it was found under; used to mirror the layout in --out-dir. */
  rel: string;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function isGlob(p: string): boolean {
  return /[*?[\]{}]/.test(p);
}

/** The static folder a glob starts from ("dumps/**\/*.txt" → "dumps"). */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const base: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    base.push(part);
  }
  return base.length === 0 ? '.' : base.join('/') || '/';
}

export interface FindOptions {
  /** A folder never read as input (the out-dir, when it sits inside an input folder). */
  exclude?: string;
}

function under(file: string, dir: string | undefined): boolean {
  if (!dir) return false;
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export async function findInputs(args: readonly string[], options: FindOptions = {}): Promise<InputRef[]> {
  const out: InputRef[] = [];
  const exclude = options.exclude ? path.resolve(options.exclude) : undefined;
  for (const arg of args) {
    if (arg === '-') {
      out.push({ path: '-', rel: 'stdin' });
      continue;
    }
    const st = await stat(arg).catch(() => undefined);
    if (st?.isFile()) {
      out.push({ path: arg, rel: path.basename(arg) });
      continue;
    }
    if (st?.isDirectory()) {
      const pattern = `**/*.{${INPUT_EXTENSIONS.join(',')}}`;
      const found = await fg(pattern, { cwd: arg, onlyFiles: true, dot: false, followSymbolicLinks: false, caseSensitiveMatch: false });
      for (const rel of found.sort()) {
        const full = path.join(arg, rel);
        if (under(path.resolve(full), exclude)) continue;
        out.push({ path: full, rel });
      }
      continue;
    }
    if (isGlob(arg)) {
      const base = globBase(arg);
      const found = await fg(arg, { onlyFiles: true, dot: false, followSymbolicLinks: false });
      if (found.length === 0) throw new UsageError(`no input matches ${arg}`);
      for (const f of found.sort()) {
        if (under(path.resolve(f), exclude)) continue;
        out.push({ path: f, rel: path.relative(base, f) });
      }
      continue;
    }
    throw new UsageError(`no such file or folder: ${arg}`);
  }
  return out;
}
