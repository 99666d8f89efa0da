/**
 * One input → one output: read, rinse, render and (with a target) write atomically.
 * Runs in the main thread or in a worker thread (see worker.ts); has no CLI code in it.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { rinse, type RinseOptions } from '../pipeline.js';
import { renderJson, renderJsonLine } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { writeAtomic } from '../output/write.js';
import { InputError } from '../input/decode.js';
import type { Profile } from '../learn/profile.js';

export interface JobOptions {
  format: 'json' | 'md';
  inputFormat: 'auto' | 'text' | 'html';
  explain: boolean;
  maxBytes?: number;
  /** Render JSON on one line (NDJSON to stdout). */
  oneLine: boolean;
}

let currentProfile: Profile | undefined;

/** The site-template profile every job of this thread applies (set once per thread). */
export function setProfile(profile: Profile | undefined): void {
  currentProfile = profile;
}

export interface Job {
  /** The input's folder (relative), the site when nothing else tells. */
  folder?: string;
  /** The site, when --site forces it. */
  site?: string;
  /** File to read; omitted when `bytes` are given (stdin, NDJSON records). */
  path?: string;
  bytes?: Uint8Array;
  /** Path recorded in source.path. */
  sourcePath: string;
  /** Write the output here (atomically); without it the output comes back in the result. */
  target?: string;
  options: JobOptions;
}

export interface JobResult {
  ok: boolean;
  reason?: string;
  output?: string;
  bytesIn: number;
  bytesOut: number;
  removed: number;
  empty: boolean;
  repaired?: string;
  sha256?: string;
  ms: number;
}

export function reasonOf(err: unknown): string {
  if (err instanceof InputError) return err.message;
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a folder';
  return e?.message ?? String(err);
}

export async function runJob(job: Job): Promise<JobResult> {
  const started = performance.now();
  let bytesIn = 0;
  try {
    const bytes = job.bytes ?? (await readFile(job.path as string));
    bytesIn = bytes.length;
    const o = job.options;
    const stats = { removed: 0 };
    const rinseOptions: RinseOptions = { path: job.sourcePath, inputFormat: o.inputFormat, explain: o.explain, stats };
    if (o.maxBytes !== undefined) rinseOptions.maxBytes = o.maxBytes;
    if (currentProfile) rinseOptions.profile = currentProfile;
    if (job.folder !== undefined) rinseOptions.folder = job.folder;
    if (job.site !== undefined) rinseOptions.site = job.site;
    const article = rinse(bytes, rinseOptions);
    const removed = stats.removed;
    const text = o.format === 'md' ? renderMarkdown(article) : o.oneLine ? renderJsonLine(article) : renderJson(article);
    if (job.target) await writeAtomic(job.target, text);
    const result: JobResult = {
      ok: true,
      bytesIn,
      bytesOut: Buffer.byteLength(text),
      removed,
      empty: article.body.length === 0,
      sha256: article.source.sha256,
      ms: performance.now() - started,
    };
    if (!job.target) result.output = text;
    if (article.source.repaired) result.repaired = article.source.repaired;
    return result;
  } catch (err) {
    return { ok: false, reason: reasonOf(err), bytesIn, bytesOut: 0, removed: 0, empty: false, ms: performance.now() - started };
  }
}

/** The sha256 of a file's bytes (for the re-run manifest). */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
