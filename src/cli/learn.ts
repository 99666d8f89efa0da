/** `rinse learn`: learn sites' template lines from their dumps into a profile file. */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { findInputs, UsageError, type InputRef } from '../input/find.js';
import { learnLines } from '../pipeline.js';
import { accumulate, DEFAULT_THRESHOLDS, finalize, merge, parseProfile, serialize, type DocumentLines, type Profile, type Thresholds } from '../learn/profile.js';
import { folderOf } from '../learn/site.js';
import { writeAtomic } from '../output/write.js';
import { reasonOf } from '../batch/job.js';
import { EXIT_FAILURES, EXIT_OK } from './exit.js';
import { message, type Io } from './io.js';

export interface Shard {
  index: number;
  count: number;
}

/** "2/4" → the second of four shards. */
export function parseShard(value: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new Error('expected i/N with 1 ≤ i ≤ N, e.g. 2/4');
  return { index, count };
}

/** A stable share of the inputs: the same file lands in the same shard on any machine, in any order. */
export function inShard(ref: InputRef, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  const h = createHash('sha256').update(ref.rel.split('\\').join('/')).digest();
  return h.readUInt32BE(0) % shard.count === shard.index - 1;
}

export interface LearnCommandOptions {
  out: string;
  shard?: Shard;
  site?: string;
  minDocs?: number;
  ratio?: number;
  merge?: boolean;
  inputFormat: 'auto' | 'text' | 'html';
  quiet?: boolean;
}

/** Learn a partial profile from inputs (files only), reporting unreadable ones. */
export async function learnFrom(inputs: readonly InputRef[], opts: { site?: string; inputFormat: 'auto' | 'text' | 'html'; thresholds: Thresholds }, io: Io): Promise<{ profile: Profile; failed: number }> {
  const docs: DocumentLines[] = [];
  let failed = 0;
  for (const ref of inputs) {
    try {
      const bytes = await readFile(ref.path);
      const options: Parameters<typeof learnLines>[1] = { inputFormat: opts.inputFormat, folder: folderOf(ref.rel) };
      if (opts.site) options.site = opts.site;
      docs.push(learnLines(bytes, options));
    } catch (err) {
      failed++;
      message(io, `rinse learn: error: ${ref.path}: ${reasonOf(err)}`);
    }
  }
  return { profile: accumulate(docs, opts.thresholds), failed };
}

export async function runLearn(args: readonly string[], opts: LearnCommandOptions, io: Io): Promise<number> {
  const thresholds: Thresholds = { minDocs: opts.minDocs ?? DEFAULT_THRESHOLDS.minDocs, ratio: opts.ratio ?? DEFAULT_THRESHOLDS.ratio };
  if (opts.merge) {
    if (args.length === 0) throw new UsageError('--merge needs the profiles to merge');
    const parts: Profile[] = [];
    for (const f of args) {
      try {
        parts.push(parseProfile(await readFile(f, 'utf8')));
      } catch (err) {
        throw new UsageError(`${f}: ${reasonOf(err)}`);
      }
    }
    let merged: Profile;
    try {
      merged = finalize(merge(parts));
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    await writeAtomic(opts.out, serialize(merged));
    if (!opts.quiet) message(io, summary(merged, opts.out, `${parts.length} profiles merged`));
    return EXIT_OK;
  }
  const all = await findInputs(args, { exclude: opts.out });
  const inputs = all.filter((r) => r.path !== '-' && inShard(r, opts.shard));
  const learnOptions: Parameters<typeof learnFrom>[1] = { inputFormat: opts.inputFormat, thresholds };
  if (opts.site) learnOptions.site = opts.site;
  const { profile, failed } = await learnFrom(inputs, learnOptions, io);
  // A shard writes every count (a partial profile) so that merged shards equal one run.
  const out = opts.shard ? profile : finalize(merge([profile]));
  await writeAtomic(opts.out, serialize(out));
  if (!opts.quiet) message(io, summary(out, opts.out, opts.shard ? `shard ${opts.shard.index}/${opts.shard.count}, partial` : `${inputs.length} documents`));
  return failed > 0 ? EXIT_FAILURES : EXIT_OK;
}

function summary(p: Profile, file: string, what: string): string {
  const sites = Object.entries(p.sites)
    .map(([name, s]) => `${name}: ${s.documents} documents, ${s.lines.length} ${p.partial ? 'lines' : 'template lines'}`)
    .join('; ');
  return `rinse learn: ${what} → ${file} (${sites || 'no site'})`;
}
