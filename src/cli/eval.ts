/** `rinse eval`: score article bodies against a gold file with the benchmark's metric. */
import type { InputFormat } from '../model.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { rinse } from '../pipeline.js';
import { findInputs, UsageError } from '../input/find.js';
import { evaluate, scoreBody, type PageScore } from '../eval/metric.js';
import { EXIT_FAILURES, EXIT_OK } from './exit.js';
import { message, type Io } from './io.js';
import { reasonOf } from '../batch/common.js';
import { stripExtension } from '../output/paths.js';

export interface EvalCommandOptions {
  gold: string;
  minF1?: number;
  worst: number;
  json?: boolean;
  inputFormat: 'auto' | InputFormat;
}

/** The page id of a dump: its file name without the dump extensions. */
export function pageId(file: string): string {
  return stripExtension(path.basename(file));
}

type Gold = Record<string, { articleBody?: string }>;

export async function runEval(args: readonly string[], opts: EvalCommandOptions, io: Io): Promise<number> {
  let gold: Gold;
  try {
    gold = JSON.parse(await readFile(opts.gold, 'utf8')) as Gold;
  } catch (err) {
    throw new UsageError(`cannot read the gold file ${opts.gold}: ${reasonOf(err)}`);
  }
  if (gold === null || typeof gold !== 'object' || Array.isArray(gold)) throw new UsageError(`${opts.gold}: expected an object {id: {articleBody}}`);
  const inputs = await findInputs(args);
  const scores: PageScore[] = [];
  let failed = 0;
  let unmatched = 0;
  const started = process.hrtime.bigint();
  for (const input of inputs) {
    const id = pageId(input.path);
    const entry = gold[id];
    if (!entry || typeof entry.articleBody !== 'string') {
      unmatched++;
      continue;
    }
    try {
      const article = rinse(await readFile(input.path), { path: input.rel, inputFormat: opts.inputFormat });
      scores.push(scoreBody(id, article.body, entry.articleBody));
    } catch (err) {
      failed++;
      message(io, `rinse: error: ${input.path}: ${reasonOf(err)}`);
      scores.push(scoreBody(id, '', entry.articleBody));
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (scores.length === 0) throw new UsageError(`no input matched an id of ${opts.gold}`);
  const summary = evaluate(scores);
  const worst = [...scores].sort((a, b) => a.f1 - b.f1 || (a.id < b.id ? -1 : 1)).slice(0, opts.worst);
  if (opts.json) {
    io.stdout.write(`${JSON.stringify({ pages: summary.pages, precision: summary.precision, recall: summary.recall, f1: summary.f1, accuracy: summary.accuracy, msPerPage: ms / scores.length, worst })}\n`);
  } else {
    const f = (x: number): string => x.toFixed(4);
    io.stdout.write(
      `pages     ${summary.pages}\nprecision ${f(summary.precision)}\nrecall    ${f(summary.recall)}\nF1        ${f(summary.f1)}\naccuracy  ${f(summary.accuracy)}\nms/page   ${(ms / scores.length).toFixed(2)}\n`,
    );
    if (worst.length > 0) {
      io.stdout.write(`\nworst pages (F1  precision  recall  id)\n`);
      for (const s of worst) io.stdout.write(`  ${f(s.f1)}  ${f(s.precision)}  ${f(s.recall)}  ${s.id}\n`);
    }
  }
  if (unmatched > 0) message(io, `rinse: warning: ${unmatched} input(s) have no entry in ${opts.gold}`);
  if (opts.minF1 !== undefined && summary.f1 < opts.minF1) {
    message(io, `rinse: F1 ${summary.f1.toFixed(4)} is under --min-f1 ${opts.minF1}`);
    return EXIT_FAILURES;
  }
  return failed > 0 ? EXIT_FAILURES : EXIT_OK;
}
