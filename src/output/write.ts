/** Atomic writes: a temp file beside the target, then a rename. No half-written output. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

const madeDirs = new Set<string>();

/**
 * Write `data` to `file` atomically. The calls are synchronous (outputs are small, and a
 * thread-pool round trip per call costs more than the write), behind an async signature.
 */
export async function writeAtomic(file: string, data: string): Promise<void> {
  const dir = path.dirname(file);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data, { flag: 'wx' });
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
