/**
 * One input → one output: read, rinse, render and (with a target) write atomically.
 * Runs in the main thread or in a worker thread (see worker.ts); has no CLI code in it.
 */
import { readFile } from 'node:fs/promises';
import { rinse, type RinseOptions } from '../pipeline.js';
import { renderJson, renderJsonLine } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { writeAtomic } from '../output/write.js';
import { reasonOf, type Job, type JobResult } from './common.js';
import type { Profile } from '../learn/profile.js';

let currentProfile: Profile | undefined;

/** The site-template profile every job of this thread applies (set once per thread). */
export function setProfile(profile: Profile | undefined): void {
  currentProfile = profile;
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
    if (job.bytes && job.sha256 !== undefined) rinseOptions.sha256 = job.sha256;
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
