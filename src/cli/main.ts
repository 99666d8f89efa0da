/**
 * The CLI: a thin commander shell over the library. Commands load what they need when they run:
 * `rinse --version` or a re-run that skips every input does not load the pipeline.
 */
import { Command, CommanderError, InvalidArgumentError, Option, type OutputConfiguration } from 'commander';
import { runClean, type CleanCommandOptions, type StopSignal } from './clean.js';
import type { EvalCommandOptions } from './eval.js';
import type { LearnCommandOptions } from './learn.js';
import { parseShard, type Shard } from '../input/shard.js';
import { DEFAULT_THRESHOLDS } from '../learn/profile.js';
import { UsageError } from '../input/find.js';
import { EXIT_FAILURES, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from './exit.js';
import { message, processIo, type Io } from './io.js';

import { VERSION as version } from './version.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a whole number above 0');
  return n;
}

function shardArg(value: string): Shard {
  try {
    return parseShard(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

function fraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

/** Help to stdout; errors as one line on stderr, with a hint. */
function outputTo(io: Io, name: string): OutputConfiguration {
  return {
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    outputError: (s, write) => write(`${name}: ${s.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()} (see '${name} --help')\n`),
  };
}

const EXAMPLES = `
Examples:
  $ rinse samples -o out                  clean every dump in samples/ into out/*.json
  $ rinse page.txt                        one document as JSON on stdout
  $ rinse page.txt -f md                  as Markdown with YAML front matter
  $ rinse 'dumps/**/*.txt' -o clean -f md mirror a glob's layout into clean/
  $ w3m -dump URL | rinse                 read a dump from a pipe
  $ rinse a.txt b.html | jq .headline     several documents are NDJSON, one per line
  $ rinse page.txt --explain              include what was removed and by which rule
  $ rinse dumps/ -o clean -j 4 --report r.jsonl   4 workers, a JSON line per input
  $ rinse dumps/ -o clean                 a re-run skips inputs unchanged since the last one
  $ cat pages.ndjson | rinse --from-ndjson  {"id","html"|"markdown"|"text"} records in, documents out
  $ rinse learn dumps/site -o site.json   learn a site's template; then --profile site.json
  $ rinse eval dumps/ --gold gold.json    score bodies against gold articles

Exit codes: 0 all inputs cleaned, 1 some inputs failed (each named on stderr), 2 usage error,
130 interrupted (Ctrl-C: inputs under way finish, nothing is half-written).`;

export function buildProgram(io: Io, result: { code: number }, stop: StopSignal = { stopped: false }): Command {
  const program = new Command();
  program
    .name('rinse')
    .description('Turn raw scraped article dumps (w3m/lynx text dumps, HTML) into clean, structured articles.')
    .version(version, '-V, --version')
    .argument('[inputs...]', 'files, folders (recursive), globs, or "-" for stdin')
    .option('-o, --out-dir <dir>', 'write one output per input, mirroring relative paths ("-": stdout, as without -o)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'md']).default('json'))
    .addOption(new Option('--input-format <format>', 'input format').choices(['auto', 'text', 'html', 'markdown']).default('auto'))
    .option('--explain', 'include what was removed and by which rule')
    .option('--max-bytes <n>', 'refuse inputs (and gzip contents) larger than this many bytes (default 64 MiB)', positiveInt)
    .addOption(new Option('--fail-on <what>', 'count a document with no article body as a failure').choices(['empty']))
    .option('--max-failures <n>', 'stop after this many failed inputs (exit 1)', positiveInt)
    .option('-j, --jobs <n>', 'worker threads (default: available cores)', positiveInt)
    .option('--report <file>', 'one JSON line per input (path, status, reason, output, bytes, removed, ms); "-" for stdout with --out-dir')
    .option('--force', 'clean again inputs that are unchanged since the last run into this --out-dir')
    .option('--from-ndjson', 'read {"id"|"path"|"url", "html"|"markdown"|"text"} records from stdin, write one document per line')
    .option('--profile <file>', 'remove the template lines of a profile learned by `rinse learn`')
    .option('--no-learn', 'do not learn a profile from the input folder when none is given')
    .option('--site <name>', 'the site of every input (default: the page URL\'s host, else the folder)')
    .option('--shard <i/N>', 'clean only the i-th of N stable, hash-based shares of the inputs', shardArg)
    .option('--no-progress', 'no progress line on stderr')
    .option('-q, --quiet', 'no warnings or summary on stderr')
    .option('--no-color', 'no colour on stderr')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError(false)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput(outputTo(io, 'rinse'))
    .action(async (inputs: string[], opts: CleanCommandOptions) => {
      result.code = await runClean(inputs, opts, io, stop);
    });

  program
    .command('learn')
    .description("learn sites' template lines (menus, footers, widgets) from their dumps into a profile")
    .argument('<inputs...>', 'dumps (files, folders, globs); with --merge, shard profiles to merge')
    .requiredOption('-o, --out <file>', 'the profile to write')
    .option('--shard <i/N>', 'learn from the i-th of N shares of the inputs (writes a partial profile)', shardArg)
    .option('--merge', 'merge partial profiles from shards into one')
    .option('--site <name>', 'the site of every input (default: the page URL\'s host, else the folder)')
    .option('--min-docs <n>', `a template line is in at least this many documents (default ${DEFAULT_THRESHOLDS.minDocs})`, positiveInt)
    .option('--ratio <r>', `… and in at least this share of the site's documents (default ${DEFAULT_THRESHOLDS.ratio})`, fraction)
    .addOption(new Option('--input-format <format>', 'input format').choices(['auto', 'text', 'html', 'markdown']).default('auto'))
    .option('-q, --quiet', 'no summary on stderr')
    .addHelpText('after', `
Examples:
  $ rinse learn dumps/site-a -o site-a.json            learn, then: rinse dumps/site-a --profile site-a.json
  $ rinse learn dumps --shard 2/4 -o part2.json        one CI job of four
  $ rinse learn --merge part*.json -o profile.json     the merge job`)
    .exitOverride()
    .configureOutput(outputTo(io, 'rinse learn'))
    .action(async (inputs: string[], opts: LearnCommandOptions) => {
      const { runLearn } = await import('./learn.js');
      result.code = await runLearn(inputs, opts, io);
    });

  program
    .command('eval')
    .description('score article bodies against a gold file (the article-extraction benchmark metric)')
    .argument('<inputs...>', 'dumps named by their gold id (ID.txt, ID.html.gz …), folders or globs')
    .requiredOption('--gold <file>', 'gold file: {"ID": {"articleBody": "…"}}')
    .option('--min-f1 <f1>', 'exit 1 when F1 is under this', fraction)
    .option('--worst <n>', 'how many of the worst pages to list', positiveInt, 10)
    .option('--json', 'print the summary as one JSON line')
    .addOption(new Option('--input-format <format>', 'input format').choices(['auto', 'text', 'html', 'markdown']).default('auto'))
    .addHelpText('after', `\nExample:\n  $ rinse eval ../shared/bench/aeb/html --gold ../shared/bench/aeb/ground-truth.json --min-f1 0.9`)
    .exitOverride()
    .configureOutput(outputTo(io, 'rinse eval'))
    .action(async (inputs: string[], opts: EvalCommandOptions) => {
      const { runEval } = await import('./eval.js');
      result.code = await runEval(inputs, opts, io);
    });
  return program;
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const result = { code: EXIT_OK };
  // Ctrl-C: start no new input, let the ones under way finish (their writes are atomic), print
  // the summary and exit 130. A second Ctrl-C ends at once.
  const stop: StopSignal = { stopped: false };
  const onSigint = (): void => {
    if (stop.stopped) process.exit(EXIT_INTERRUPTED);
    stop.stopped = true;
  };
  process.on('SIGINT', onSigint);
  const program = buildProgram(io, result, stop);
  try {
    await program.parseAsync([...argv]);
    return result.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      message(io, `rinse: ${err.message} (see 'rinse --help')`);
      return EXIT_USAGE;
    }
    message(io, `rinse: internal error: ${(err as Error)?.message ?? String(err)}`);
    return EXIT_FAILURES;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
