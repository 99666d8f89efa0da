/**
 * The default command: clean dumps into JSON or Markdown — one file, a folder of thousands, a
 * pipe. Work runs in worker threads (-j), outputs are written atomically, results are reported
 * in input order whatever order the workers finish in, and re-runs skip unchanged inputs.
 * The pipeline, the worker pool and the progress spinner are loaded when first needed: a re-run
 * that skips every input (or a one-line pipe) does not pay for them.
 */
import type { InputFormat } from '../model.js';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Piscina } from 'piscina';
import type { Ora } from 'ora';
import { findInputs, UsageError, type InputRef } from '../input/find.js';
import { outputPaths } from '../output/paths.js';
import { writeAtomic } from '../output/write.js';
import { reasonOf, sha256, type Job, type JobOptions, type JobResult } from '../batch/common.js';
import { DEFAULT_THRESHOLDS, finalize, merge, parseProfile, serialize, type Profile } from '../learn/profile.js';
import { folderOf } from '../learn/site.js';
import { inShard, type Shard } from '../input/shard.js';
import type { LearnOptions } from './learn.js';
import { Manifest } from '../batch/manifest.js';
import { EXIT_FAILURES, EXIT_INTERRUPTED, EXIT_OK } from './exit.js';
import { message, readAll, type Io } from './io.js';
import { VERSION } from './version.js';

export interface CleanCommandOptions {
  outDir?: string;
  format: 'json' | 'md';
  inputFormat: 'auto' | InputFormat;
  explain?: boolean;
  maxBytes?: number;
  quiet?: boolean;
  progress?: boolean;
  failOn?: 'empty';
  maxFailures?: number;
  jobs?: number;
  report?: string;
  force?: boolean;
  fromNdjson?: boolean;
  profile?: string;
  learn?: boolean;
  site?: string;
  shard?: Shard;
}

/** A folder needs this many documents of one site before rinse learns its template unasked. */
export const AUTO_LEARN_MIN_DOCS = 20;

/** Set by the CLI on SIGINT: no new input is started, the run ends cleanly. */
export interface StopSignal {
  stopped: boolean;
}

interface Item {
  ref: InputRef;
  target?: string;
  /** Output path relative to the out-dir (manifest). */
  outRel?: string;
}

interface Outcome {
  item: Item;
  status: 'ok' | 'skipped' | 'failed';
  result?: JobResult;
  reason?: string;
}

export async function runClean(args: readonly string[], given: CleanCommandOptions, io: Io, stop: StopSignal = { stopped: false }): Promise<number> {
  // "-o -" is stdout, as "-" is stdin: the documents go where they go without -o.
  const { outDir, ...rest } = given;
  const opts: CleanCommandOptions = outDir === '-' ? rest : given;
  if (opts.fromNdjson) return runNdjson(opts, io, stop);
  let inputs: InputRef[];
  if (args.length === 0) {
    if (io.stdin.isTTY) throw new UsageError('no input: name files, folders or globs, or pipe a dump to stdin');
    inputs = [{ path: '-', rel: 'stdin' }];
  } else {
    inputs = await findInputs(args, opts.outDir ? { exclude: opts.outDir } : {});
    if (inputs.length === 0) throw new UsageError(`no dumps found in ${args.join(' ')} (looked for .txt, .md, .html, .htm, .html.gz …)`);
    inputs = inputs.filter((ref) => inShard(ref, opts.shard));
    if (inputs.length === 0) return EXIT_OK;
  }
  const manifest = opts.outDir ? Manifest.load(opts.outDir) : undefined;
  /** Inputs already read and hashed (by auto-learn's key), by path. */
  const hashed = new Map<string, Digest>();
  const profile = await chooseProfile(inputs, opts, io, manifest, hashed);
  const runHere = async (job: Job): Promise<JobResult> => {
    const m = await jobModule();
    m.setProfile(profile);
    return m.runJob(job);
  };
  if (opts.report === '-' && !opts.outDir) throw new UsageError('--report - needs --out-dir: without it the documents go to stdout');

  const ext = opts.format === 'md' ? 'md' : 'json';
  const targets = opts.outDir ? outputPaths(inputs.map((i) => i.rel), opts.outDir, ext) : [];
  const items: Item[] = inputs.map((ref, i) => {
    const target = targets[i];
    return target && opts.outDir ? { ref, target, outRel: path.relative(opts.outDir, target) } : { ref };
  });
  const jobOptions: JobOptions = {
    format: opts.format,
    inputFormat: opts.inputFormat,
    explain: Boolean(opts.explain),
    oneLine: !opts.outDir && inputs.length > 1,
  };
  if (opts.maxBytes !== undefined) jobOptions.maxBytes = opts.maxBytes;
  const optionsKey = JSON.stringify({ v: VERSION, ...jobOptions, oneLine: undefined, site: opts.site, profile: profile ? sha256(Buffer.from(serialize(profile))) : undefined });

  const jobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), inputs.length));
  // The worker pool starts with the first input that needs cleaning: a re-run that skips them
  // all starts no thread.
  let pool: Piscina | undefined;
  let starting: Promise<Piscina> | undefined;
  const workers = (): Promise<Piscina> =>
    (starting ??= import('piscina').then(({ Piscina }) => (pool = new Piscina({ filename: new URL('../batch/worker.js', import.meta.url).href, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000, workerData: { profile } }))));
  const spinner: Ora | undefined = opts.progress !== false && !opts.quiet && Boolean((io.stderr as { isTTY?: boolean }).isTTY) ? (await import('ora')).default({ stream: io.stderr, text: `0/${inputs.length} files` }).start() : undefined;
  const reportLines: string[] = [];
  const reportToStdout = opts.report === '-';

  const started = performance.now();
  const counts = { ok: 0, skipped: 0, failed: 0, empty: 0, removed: 0 };
  const outcomes: (Outcome | undefined)[] = new Array(items.length);
  let flushed = 0;
  let done = 0;
  let stoppedEarly = false;

  /** Report outcomes in input order, as soon as every earlier one is known. */
  const flush = (): void => {
    while (flushed < outcomes.length && outcomes[flushed]) {
      const o = outcomes[flushed] as Outcome;
      emit(o);
      flushed++;
    }
  };

  const emit = (o: Outcome): void => {
    const shown = o.item.ref.path === '-' ? '<stdin>' : o.item.ref.path;
    const r = o.result;
    if (o.status === 'failed') message(io, `${io.color.red('rinse: error:')} ${shown}: ${o.reason}`);
    if (o.status === 'ok' && r) {
      if (r.output !== undefined) io.stdout.write(r.output);
      if (r.repaired && !opts.quiet) message(io, `${io.color.cyan('rinse: note:')} ${shown}: repaired ${r.repaired}`);
      if (r.empty) {
        if (opts.failOn === 'empty') message(io, `${io.color.red('rinse: error:')} ${shown}: no article body found (--fail-on empty)`);
        else if (!opts.quiet) message(io, `${io.color.yellow('rinse: warning:')} ${shown}: no article body found`);
      }
    }
    if (opts.report) {
      const line: Record<string, unknown> = { path: o.item.ref.path, status: o.status };
      if (o.reason) line.reason = o.reason;
      if (o.item.target && o.status !== 'failed') line.output = o.item.target;
      line.bytesIn = r?.bytesIn ?? 0;
      line.bytesOut = r?.bytesOut ?? 0;
      line.removed = r?.removed ?? 0;
      line.ms = Math.round((r?.ms ?? 0) * 100) / 100;
      const text = `${JSON.stringify(line)}\n`;
      if (reportToStdout) io.stdout.write(text);
      else reportLines.push(text);
    }
  };

  const settle = (index: number, o: Outcome): void => {
    outcomes[index] = o;
    done++;
    if (o.status === 'ok') counts.ok++;
    else if (o.status === 'skipped') counts.skipped++;
    else counts.failed++;
    counts.removed += o.result?.removed ?? 0;
    if (o.result?.empty) counts.empty++;
    if (spinner) {
      const secs = (performance.now() - started) / 1000;
      const rate = done / Math.max(secs, 0.001);
      const eta = (items.length - done) / Math.max(rate, 0.001);
      spinner.text = `${done}/${items.length} files, ${rate.toFixed(0)}/s, ETA ${eta.toFixed(0)}s`;
    }
    flush();
  };

  const process1 = async (index: number): Promise<void> => {
    const item = items[index] as Item;
    let bytes: Buffer | undefined;
    let digestOfBytes: string | undefined;
    try {
      if (item.ref.path === '-') bytes = await readAll(io.stdin);
      else if (manifest && !opts.force && item.target) {
        // The manifest compares bytes: read them once and hand them to the job. Inputs that
        // auto-learn has just read and hashed are not read again to be compared.
        const seen = hashed.get(item.ref.path);
        if (seen === undefined) bytes = await readFile(item.ref.path);
        const digest = seen ?? { sha256: sha256(bytes as Buffer), bytes: (bytes as Buffer).length };
        if (bytes) digestOfBytes = digest.sha256;
        if (manifest.unchanged(item.ref.rel, digest.sha256, optionsKey, item.outRel as string)) {
          settle(index, { item, status: 'skipped', reason: 'unchanged since the last run', result: { ok: true, bytesIn: digest.bytes, bytesOut: 0, removed: 0, empty: false, ms: 0 } });
          return;
        }
      }
    } catch (err) {
      settle(index, { item, status: 'failed', reason: reasonOf(err) });
      return;
    }
    const job: Job = { sourcePath: item.ref.path === '-' ? '-' : item.ref.rel, options: jobOptions, folder: folderOf(item.ref.rel) };
    if (opts.site) job.site = opts.site;
    if (bytes) job.bytes = bytes;
    if (bytes && digestOfBytes !== undefined) job.sha256 = digestOfBytes;
    else job.path = item.ref.path;
    if (item.target) job.target = item.target;
    const result: JobResult = jobs > 1 ? ((await (await workers()).run(job)) as JobResult) : await runHere(job);
    let status: Outcome['status'] = result.ok ? 'ok' : 'failed';
    let reason = result.reason;
    if (result.ok && result.empty && opts.failOn === 'empty') {
      status = 'failed';
      reason = 'no article body found (--fail-on empty)';
    }
    if (manifest && item.target) {
      if (result.ok && result.sha256) manifest.set(item.ref.rel, { sha256: result.sha256, key: optionsKey, output: item.outRel as string });
      else manifest.delete(item.ref.rel);
    }
    const outcome: Outcome = { item, status, result };
    if (reason && status === 'failed') outcome.reason = reason;
    settle(index, outcome);
  };

  // Keep a window of inputs in flight; start the next one as each finishes.
  const window = jobs * 2;
  let next = 0;
  const running = new Set<Promise<void>>();
  while (next < items.length || running.size > 0) {
    while (next < items.length && running.size < window && !stop.stopped && !(opts.maxFailures !== undefined && counts.failed >= opts.maxFailures)) {
      const p: Promise<void> = process1(next++).finally(() => running.delete(p));
      running.add(p);
    }
    if (running.size === 0) break;
    await Promise.race(running);
  }
  stoppedEarly = next < items.length;
  flush();
  await pool?.destroy();
  spinner?.stop();
  if (manifest) await manifest.save();
  if (opts.report && !reportToStdout) await writeAtomic(opts.report, reportLines.join(''));

  const secs = ((performance.now() - started) / 1000).toFixed(2);
  if (stop.stopped) message(io, `rinse: interrupted; ${items.length - next} input(s) not started`);
  else if (stoppedEarly) message(io, `rinse: stopping after ${counts.failed} failed input(s) (--max-failures ${opts.maxFailures})`);
  if (!opts.quiet && (opts.outDir || stop.stopped)) {
    const parts = [io.color.green(`${counts.ok} cleaned`)];
    if (counts.skipped > 0) parts.push(`${counts.skipped} skipped`);
    parts.push(counts.failed > 0 ? io.color.red(`${counts.failed} failed`) : '0 failed');
    if (counts.empty > 0) parts.push(io.color.yellow(`${counts.empty} empty`));
    message(io, `rinse: ${parts.join(', ')}; ${counts.removed} blocks removed; ${secs}s${opts.outDir ? ` → ${path.normalize(opts.outDir)}` : ''}`);
  }
  if (stop.stopped) return EXIT_INTERRUPTED;
  return counts.failed > 0 ? EXIT_FAILURES : EXIT_OK;
}

/**
 * The profile to apply: --profile, else one learned from the inputs themselves when a site has
 * enough documents among them (not under --shard, where each shard would learn differently).
 */
async function chooseProfile(inputs: readonly InputRef[], opts: CleanCommandOptions, io: Io, manifest: Manifest | undefined, hashed: Map<string, Digest>): Promise<Profile | undefined> {
  if (opts.profile) {
    try {
      return parseProfile(await readFile(opts.profile, 'utf8'));
    } catch (err) {
      throw new UsageError(`--profile ${opts.profile}: ${reasonOf(err)}`);
    }
  }
  if (opts.learn === false || opts.shard || inputs.some((r) => r.path === '-')) return undefined;
  const perFolder = new Map<string, number>();
  for (const r of inputs) perFolder.set(folderOf(r.rel), (perFolder.get(folderOf(r.rel)) ?? 0) + 1);
  if (opts.site ? inputs.length < AUTO_LEARN_MIN_DOCS : Math.max(0, ...perFolder.values()) < AUTO_LEARN_MIN_DOCS) return undefined;
  const learnOptions: LearnOptions = { inputFormat: opts.inputFormat, thresholds: DEFAULT_THRESHOLDS };
  if (opts.site) learnOptions.site = opts.site;
  // What the profile is learned from: the inputs' names and bytes, and the options. A re-run into
  // the same out-dir over the same inputs takes the profile it learned last time.
  const key = manifest ? await learnKey(inputs, learnOptions, hashed) : undefined;
  const known = key === undefined ? undefined : manifest?.learned(key);
  let learned: Profile | undefined;
  if (known !== undefined) learned = known === null ? undefined : parseProfile(known);
  else {
    const quietIo = { ...io, stderr: { write: () => true } as unknown as NodeJS.WritableStream };
    const { learnFrom } = await import('./learn.js');
    const { profile } = await learnFrom(inputs, learnOptions, quietIo);
    learned = finalize(merge([profile]));
    if (!Object.values(learned.sites).some((s) => s.documents >= AUTO_LEARN_MIN_DOCS && s.lines.length > 0)) learned = undefined;
    if (key !== undefined) manifest?.setLearned({ key, profile: learned ? serialize(learned) : null });
  }
  if (!learned) return undefined;
  const sites = Object.entries(learned.sites).filter(([, s]) => s.documents >= AUTO_LEARN_MIN_DOCS && s.lines.length > 0);
  // A site with no host is named after its folder; "." is the top of the inputs.
  const what = sites.map(([n, s]) => `${n === '.' ? 'the input folder' : n} (${s.documents} documents, ${s.lines.length} lines)`).join(', ');
  if (!opts.quiet) message(io, `rinse: ${known !== undefined ? `the template of ${what} as learned from these same inputs last run` : `learned the template of ${what} from the inputs`} (--no-learn to turn off, rinse learn to keep it)`);
  return learned;
}

/** An input's hash and size. */
interface Digest {
  sha256: string;
  bytes: number;
}

/**
 * A key of the inputs (names and bytes) and options a profile is learned from. The inputs'
 * digests are left in `hashed`, for the manifest's check not to read and hash them again.
 */
async function learnKey(inputs: readonly InputRef[], options: object, hashed: Map<string, Digest>): Promise<string> {
  const parts: string[] = [];
  for (const ref of inputs) {
    let sha = 'unreadable';
    try {
      const bytes = await readFile(ref.path);
      sha = sha256(bytes);
      hashed.set(ref.path, { sha256: sha, bytes: bytes.length });
    } catch {
      // learnFrom skips it too
    }
    parts.push(`${ref.rel}\u0000${sha}`);
  }
  parts.sort();
  return sha256(Buffer.from(JSON.stringify({ v: VERSION, options, inputs: parts })));
}

interface NdjsonRecord {
  id?: unknown;
  path?: unknown;
  url?: unknown;
  html?: unknown;
  text?: unknown;
  markdown?: unknown;
}

/**
 * `--from-ndjson`: records {"id"|"path"|"url", "html"|"markdown"|"text"} on stdin, one document per line on
 * stdout, in the same order — a step for Spark's RDD.pipe, Hadoop Streaming or GNU parallel.
 * A bad record gives {"error": …} on its line, so lines stay aligned with the input.
 */
let loadingJob: Promise<typeof import('../batch/job.js')> | undefined;

/** The pipeline, for jobs run in this thread (-j 1, --from-ndjson); workers load their own. */
function jobModule(): Promise<typeof import('../batch/job.js')> {
  return (loadingJob ??= import('../batch/job.js'));
}

async function runNdjson(opts: CleanCommandOptions, io: Io, stop: StopSignal): Promise<number> {
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let failed = 0;
  let n = 0;
  const jobOptions: JobOptions = { format: opts.format, inputFormat: opts.inputFormat, explain: Boolean(opts.explain), oneLine: true };
  if (opts.maxBytes !== undefined) jobOptions.maxBytes = opts.maxBytes;
  for await (const line of lines) {
    if (stop.stopped) break;
    n++;
    if (line.trim().length === 0) continue;
    let record: NdjsonRecord;
    let id: string = `line ${n}`;
    try {
      record = JSON.parse(line) as NdjsonRecord;
      if (!record || typeof record !== 'object') throw new Error('not a JSON object');
      const name = record.id ?? record.path ?? record.url;
      if (name !== undefined) id = String(name);
      // A crawler's record says what it holds: a page's HTML, its Markdown (Firecrawl, Jina), or text.
      const said: InputFormat | undefined = typeof record.html === 'string' ? 'html' : typeof record.markdown === 'string' ? 'markdown' : typeof record.text === 'string' ? 'text' : undefined;
      if (said === undefined) throw new Error('no "html", "markdown" or "text" string');
      const content = record[said] as string;
      const job: Job = { bytes: Buffer.from(content, 'utf8'), sourcePath: id, options: { ...jobOptions, inputFormat: said !== 'text' && opts.inputFormat === 'auto' ? said : opts.inputFormat } };
      const result = await (await jobModule()).runJob(job);
      if (!result.ok) throw new Error(result.reason);
      let out = result.output ?? '';
      if (typeof record.url === 'string' && opts.format === 'json') {
        const doc = JSON.parse(out) as { meta: Record<string, unknown> };
        doc.meta.url ??= record.url;
        out = `${JSON.stringify(doc)}\n`;
      }
      io.stdout.write(opts.format === 'md' ? `${JSON.stringify({ id, markdown: out })}\n` : out);
    } catch (err) {
      failed++;
      const reason = err instanceof SyntaxError ? `not JSON (${err.message})` : (err as Error).message;
      message(io, `${io.color.red('rinse: error:')} stdin ${id}: ${reason}`);
      io.stdout.write(`${JSON.stringify({ id, error: reason })}\n`);
    }
  }
  if (stop.stopped) return EXIT_INTERRUPTED;
  return failed > 0 ? EXIT_FAILURES : EXIT_OK;
}
