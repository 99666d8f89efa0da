/**
 * The re-run manifest in an out-dir: for each input, the sha256 of its bytes, the options and
 * rinse version it was cleaned with, and its output. An input whose entry still matches (and
 * whose output is still there) is skipped on the next run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../output/write.js';

export const MANIFEST_NAME = '.rinse-manifest.json';

export interface ManifestEntry {
  sha256: string;
  key: string;
  output: string;
}

export class Manifest {
  private readonly entries: Map<string, ManifestEntry>;

  private constructor(
    private readonly file: string,
    entries: Record<string, ManifestEntry>,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  static load(outDir: string): Manifest {
    const file = path.join(outDir, MANIFEST_NAME);
    let entries: Record<string, ManifestEntry> = {};
    if (existsSync(file)) {
      try {
        const data = JSON.parse(readFileSync(file, 'utf8')) as { entries?: Record<string, ManifestEntry> };
        if (data && typeof data.entries === 'object' && data.entries) entries = data.entries;
      } catch {
        entries = {}; // a broken manifest only costs a full run
      }
    }
    return new Manifest(file, entries);
  }

  /** Is this input, with these bytes and options, already cleaned into an existing output (relative to the out-dir)? */
  unchanged(rel: string, sha: string, key: string, output: string): boolean {
    const e = this.entries.get(rel);
    return e !== undefined && e.sha256 === sha && e.key === key && e.output === output && existsSync(path.join(path.dirname(this.file), output));
  }

  set(rel: string, entry: ManifestEntry): void {
    this.entries.set(rel, entry);
  }

  delete(rel: string): void {
    this.entries.delete(rel);
  }

  async save(): Promise<void> {
    const sorted = Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeAtomic(this.file, `${JSON.stringify({ version: 1, entries: sorted }, null, 1)}\n`);
  }
}
