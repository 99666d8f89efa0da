/** The default command: clean dumps into JSON or Markdown. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { rinse, type RinseOptions } from '../pipeline.js';
import type { Article } from '../model.js';
import { renderJson, renderJsonLine } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { findInputs, UsageError, type InputRef } from '../input/find.js';
import { InputError } from '../input/decode.js';
import { outputPaths } from '../output/paths.js';
import { writeAtomic } from '../output/write.js';
import { EXIT_FAILURES, EXIT_OK } from './exit.js';
import { message, readAll, type Io } from './io.js';

export interface CleanCommandOptions {
  outDir?: string;
  format: 'json' | 'md';
  inputFormat: 'auto' | 'text' | 'html';
  explain?: boolean;
  maxBytes?: number;
  quiet?: boolean;
  failOn?: 'empty';
  maxFailures?: number;
}

export async function runClean(args: readonly string[], opts: CleanCommandOptions, io: Io): Promise<number> {
  let inputs: InputRef[];
  if (args.length === 0) {
    if (io.stdin.isTTY) throw new UsageError('no input: name files, folders or globs, or pipe a dump to stdin');
    inputs = [{ path: '-', rel: 'stdin' }];
  } else {
    const findOptions = opts.outDir ? { exclude: opts.outDir } : {};
    inputs = await findInputs(args, findOptions);
    if (inputs.length === 0) throw new UsageError(`no dumps found in ${args.join(' ')} (looked for .txt, .html, .htm, .html.gz …)`);
  }
  const ext = opts.format === 'md' ? 'md' : 'json';
  const targets = opts.outDir ? outputPaths(inputs.map((i) => i.rel), opts.outDir, ext) : [];
  const toStdout = !opts.outDir;
  const several = inputs.length > 1;
  const started = Date.now();
  let failed = 0;
  let empty = 0;
  let removedTotal = 0;
  // Read ahead a few files while the current one is cleaned, so the disk and the CPU overlap.
  const READ_AHEAD = 4;
  const reads = new Map<number, Promise<Buffer>>();
  const startRead = (k: number): void => {
    const ref = inputs[k];
    if (!ref || reads.has(k)) return;
    const p = ref.path === '-' ? readAll(io.stdin) : readFile(ref.path);
    p.catch(() => undefined); // the error is reported when the file's turn comes
    reads.set(k, p);
  };
  for (const [i, input] of inputs.entries()) {
    for (let k = i; k <= i + READ_AHEAD; k++) startRead(k);
    const shown = input.path === '-' ? '<stdin>' : input.path;
    let article: Article;
    try {
      const pending = reads.get(i) as Promise<Buffer>;
      reads.delete(i);
      const bytes = await pending;
      const rinseOptions: RinseOptions = { path: input.path === '-' ? '-' : input.rel, inputFormat: opts.inputFormat, explain: true };
      if (opts.maxBytes !== undefined) rinseOptions.maxBytes = opts.maxBytes;
      article = rinse(bytes, rinseOptions);
    } catch (err) {
      failed++;
      message(io, `${io.color.red('rinse: error:')} ${shown}: ${reasonOf(err)}`);
      if (opts.maxFailures !== undefined && failed >= opts.maxFailures) {
        message(io, `rinse: stopping after ${failed} failed input(s) (--max-failures ${opts.maxFailures})`);
        break;
      }
      continue;
    }
    removedTotal += article.removed?.length ?? 0;
    if (article.source.repaired && !opts.quiet) message(io, `${io.color.cyan('rinse: note:')} ${shown}: repaired ${article.source.repaired}`);
    if (!opts.explain) delete article.removed;
    if (article.body.length === 0) {
      empty++;
      if (opts.failOn === 'empty') {
        failed++;
        message(io, `${io.color.red('rinse: error:')} ${shown}: no article body found (--fail-on empty)`);
      } else if (!opts.quiet) message(io, `${io.color.yellow('rinse: warning:')} ${shown}: no article body found`);
    }
    const text = opts.format === 'md' ? renderMarkdown(article) : toStdout && several ? renderJsonLine(article) : renderJson(article);
    if (toStdout) {
      io.stdout.write(text);
    } else {
      try {
        await writeAtomic(targets[i] as string, text);
      } catch (err) {
        failed++;
        message(io, `${io.color.red('rinse: error:')} ${shown}: cannot write ${targets[i]}: ${reasonOf(err)}`);
      }
    }
  }
  if (!opts.quiet && opts.outDir) {
    const ok = inputs.length - failed;
    const secs = ((Date.now() - started) / 1000).toFixed(2);
    const parts = [`${io.color.green(`${ok} cleaned`)}`, failed > 0 ? io.color.red(`${failed} failed`) : '0 failed'];
    if (empty > 0) parts.push(io.color.yellow(`${empty} empty`));
    message(io, `rinse: ${parts.join(', ')}; ${removedTotal} blocks removed; ${secs}s → ${path.normalize(opts.outDir)}`);
  }
  return failed > 0 ? EXIT_FAILURES : EXIT_OK;
}

export function reasonOf(err: unknown): string {
  if (err instanceof InputError || err instanceof UsageError) return err.message;
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a folder';
  return e?.message ?? String(err);
}
