// npm run bench:html — rinse against Readability.js (on jsdom and on linkedom) and a bare
// htmlparser2 parse, on ../shared/bench/aeb/html: F1 by the benchmark's metric and the time of
// whole processes pinned to one core (taskset -c 0 where available), best of N runs.
//   node scripts/bench-html.mjs [dir] [--gold file] [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, scoreBody } from '../dist/eval/metric.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i === -1 ? dflt : args[i + 1];
};
const dir = path.resolve(args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1]?.startsWith('--') !== true) ?? path.join(root, '../shared/bench/aeb/html'));
const goldFile = path.resolve(opt('--gold', path.join(dir, '../ground-truth.json')));
const runs = Number(opt('--runs', '3'));
if (!existsSync(dir) || !existsSync(goldFile)) {
  console.error(`bench:html: needs ${dir} and ${goldFile}`);
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
const pin = spawnSync('taskset', ['-c', '0', 'true']).status === 0 ? ['taskset', '-c', '0'] : [];

function timed(cmd, cmdArgs) {
  let best = Infinity;
  let out = '';
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    const res = spawnSync(pin[0] ?? cmd, pin.length ? [...pin.slice(1), cmd, ...cmdArgs] : cmdArgs, { maxBuffer: 1 << 30, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (res.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed: ${res.stderr}`);
    best = Math.min(best, ms);
    out = res.stdout;
  }
  return { ms: best, out };
}

function score(bodies) {
  const scores = Object.entries(gold)
    .filter(([id]) => id in bodies)
    .map(([id, g]) => scoreBody(id, bodies[id] ?? '', g.articleBody));
  return evaluate(scores);
}

const results = [];
const worker = path.join(root, 'scripts/bench-html-worker.mjs');
// Every tool in the same harness: read, gunzip, extract; no output written.
for (const tool of ['htmlparser2', 'rinse', 'readability-linkedom', 'readability-jsdom']) {
  const { ms, out } = timed(process.execPath, [worker, tool, dir]);
  const data = JSON.parse(out);
  results.push({ tool, ms, pages: data.pages, f1: tool === 'htmlparser2' ? undefined : score(data.bodies) });
}
// And the real CLI, cleaning the folder into a temp out-dir (JSON files written).
const outDir = mkdtempSync(path.join(tmpdir(), 'rinse-bench-'));
const { ms } = timed(process.execPath, [path.join(root, 'bin/rinse.js'), dir, '-o', outDir, '-q', '--no-learn', '--force']);
const bodies = {};
for (const f of readdirSync(outDir)) bodies[f.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(outDir, f), 'utf8')).body;
rmSync(outDir, { recursive: true, force: true });
results.push({ tool: 'rinse CLI (writes)', ms, pages: Object.keys(bodies).length, f1: score(bodies) });

const byTool = Object.fromEntries(results.map((r) => [r.tool, r]));
const rinseMs = byTool.rinse.ms;
console.log(`bench:html — ${dir} (${results[0].pages} pages), whole processes${pin.length ? ' on one core' : ''}, best of ${runs}`);
console.log('tool                   total s  ms/page  ratio to rinse        F1  precision  recall');
for (const r of results) {
  const ratio = r.tool.startsWith('rinse') ? '' : r.tool === 'htmlparser2' ? `rinse ${(rinseMs / r.ms).toFixed(2)}× its time` : `rinse ${(r.ms / rinseMs).toFixed(1)}× faster`;
  const f = r.f1 ? `${r.f1.f1.toFixed(4)}     ${r.f1.precision.toFixed(4)}  ${r.f1.recall.toFixed(4)}` : '     —';
  console.log(`${r.tool.padEnd(22)} ${(r.ms / 1000).toFixed(2).padStart(7)}  ${(r.ms / r.pages).toFixed(2).padStart(7)}  ${ratio.padEnd(21)} ${f}`);
}
