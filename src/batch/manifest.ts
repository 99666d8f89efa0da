/**
 * The re-run manifest in an out-dir: for each input, the sha256 of its bytes, the options and
 * rinse version it was cleaned with, and its output. An input whose entry still matches (and
 * whose output is still there) is skipped on the next run. It also keeps the template profile
 * learned from the inputs (auto-learn), with a key of what it was learned from, so that a re-run
 * over the same inputs does not parse them all again to learn the same profile.
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

/** A learned profile (serialized, or null: the inputs taught nothing) and what it was learned from. */
export interface LearnedEntry {
  key: string;
  profile: string | null;
}

export class Manifest {
  private readonly entries: Map<string, ManifestEntry>;

  private constructor(
    private readonly file: string,
    entries: Record<string, ManifestEntry>,
    private learnedEntry: LearnedEntry | undefined,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  static load(outDir: string): Manifest {
    const file = path.join(outDir, MANIFEST_NAME);
    let entries: Record<string, ManifestEntry> = {};
    let learned: LearnedEntry | undefined;
    if (existsSync(file)) {
      try {
        const data = JSON.parse(readFileSync(file, 'utf8')) as { entries?: Record<string, ManifestEntry>; learned?: LearnedEntry };
        if (data && typeof data.entries === 'object' && data.entries) entries = data.entries;
        const l = data?.learned;
        if (l && typeof l.key === 'string' && (typeof l.profile === 'string' || l.profile === null)) learned = l;
      } catch {
        entries = {}; // a broken manifest only costs a full run
      }
    }
    return new Manifest(file, entries, learned);
  }

  /** The profile learned from inputs with this key on an earlier run, if any (null: none was). */
  learned(key: string): string | null | undefined {
    return this.learnedEntry?.key === key ? this.learnedEntry.profile : undefined;
  }

  setLearned(entry: LearnedEntry): void {
    this.learnedEntry = entry;
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
    const data = this.learnedEntry ? { version: 1, entries: sorted, learned: this.learnedEntry } : { version: 1, entries: sorted };
    await writeAtomic(this.file, `${JSON.stringify(data, null, 1)}\n`);
  }
}
