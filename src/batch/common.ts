/**
 * What the main thread and the worker threads share about a job, without loading the pipeline:
 * the job's shape, its result, the reason an error gives, the hash of an input's bytes.
 */
import type { InputFormat } from '../model.js';
import { createHash } from 'node:crypto';
import { InputError } from '../input/decode.js';

export interface JobOptions {
  format: 'json' | 'md';
  inputFormat: 'auto' | InputFormat;
  explain: boolean;
  maxBytes?: number;
  /** Render JSON on one line (NDJSON to stdout). */
  oneLine: boolean;
}

export interface Job {
  /** The input's folder (relative), the site when nothing else tells. */
  folder?: string;
  /** The site, when --site forces it. */
  site?: string;
  /** File to read; omitted when `bytes` are given (stdin, NDJSON records). */
  path?: string;
  bytes?: Uint8Array;
  /** The sha256 of `bytes`, when the main thread has already hashed them. */
  sha256?: string;
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

/** The sha256 of a file's bytes (for the re-run manifest). */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
