/** `rinse learn`: learn sites' template lines from their dumps into a profile file. */
import type { InputFormat } from '../model.js';
import { readFile } from 'node:fs/promises';
import { findInputs, UsageError, type InputRef } from '../input/find.js';
import { inShard, type Shard } from '../input/shard.js';
import { learnLines } from '../pipeline.js';
import { accumulate, DEFAULT_THRESHOLDS, finalize, merge, parseProfile, serialize, type DocumentLines, type Profile, type Thresholds } from '../learn/profile.js';
import { folderOf } from '../learn/site.js';
import { writeAtomic } from '../output/write.js';
import { reasonOf } from '../batch/common.js';
import { EXIT_FAILURES, EXIT_OK } from './exit.js';
import { message, type Io } from './io.js';

export interface LearnCommandOptions {
  out: string;
  shard?: Shard;
  site?: string;
  minDocs?: number;
  ratio?: number;
  merge?: boolean;
  inputFormat: 'auto' | InputFormat;
  quiet?: boolean;
}

/** Learn a partial profile from inputs (files only), reporting unreadable ones. */
export interface LearnOptions {
  site?: string;
  inputFormat: 'auto' | InputFormat;
  thresholds: Thresholds;
}

export async function learnFrom(inputs: readonly InputRef[], opts: LearnOptions, io: Io): Promise<{ profile: Profile; failed: number }> {
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
