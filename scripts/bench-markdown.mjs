// npm run bench:markdown — rinse on the benchmark's pages as crawlers save them in Markdown:
// each HTML page of ../shared/bench/aeb/html converted by Python's html2text (html2markdown, as
// crawl4ai does) and by pandoc (GitHub Markdown), then F1 by the benchmark's metric and how often
// the headline is the one rinse finds in the HTML page. Needs html2markdown (python3-html2text)
// and pandoc on the PATH; a converter that is missing is skipped.
//   node scripts/bench-markdown.mjs [html-dir] [--gold file]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { rinse } from '../dist/index.js';
import { evaluate, scoreBody } from '../dist/eval/metric.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--gold') ?? path.join(root, '../shared/bench/aeb/html'));
const goldFile = path.resolve(args.includes('--gold') ? args[args.indexOf('--gold') + 1] : path.join(dir, '../ground-truth.json'));
if (!existsSync(dir) || !existsSync(goldFile)) {
  console.error(`bench:markdown: needs ${dir} and ${goldFile}`);
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
const work = path.join(root, '.bench-tmp', 'markdown');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const converters = {
  html2text: (file) => spawnSync('html2markdown', [file], { encoding: 'utf8', maxBuffer: 1 << 28 }),
  pandoc: (file) => spawnSync('pandoc', ['-f', 'html-native_divs-native_spans', '-t', 'gfm-raw_html', '--wrap=none', file], { encoding: 'utf8', maxBuffer: 1 << 28 }),
};

const pages = readdirSync(dir).filter((f) => f.endsWith('.html') || f.endsWith('.html.gz')).sort();
console.log(`bench:markdown — ${pages.length} pages of ${dir} as Markdown`);
console.log('converter    pages      F1  precision  recall  headline as HTML  ms/page');
for (const [name, convert] of Object.entries(converters)) {
  const scores = [];
  let sameHeadline = 0;
  let ms = 0;
  let converted = 0;
  for (const f of pages) {
    const id = f.replace(/\.html(\.gz)?$/, '');
    if (!gold[id]) continue;
    const raw = readFileSync(path.join(dir, f));
    const html = f.endsWith('.gz') ? gunzipSync(raw) : raw;
    const page = path.join(work, `${id}.html`);
    writeFileSync(page, html);
    const out = convert(page);
    if (out.error) break;
    if (out.status !== 0) continue;
    converted++;
    const t0 = performance.now();
    const article = rinse(out.stdout, { inputFormat: 'markdown' });
    ms += performance.now() - t0;
    scores.push(scoreBody(id, article.body, gold[id].articleBody));
    if (article.headline === rinse(html, { inputFormat: 'html' }).headline) sameHeadline++;
  }
  if (converted === 0) {
    console.log(`${name.padEnd(12)} (not installed: skipped)`);
    continue;
  }
  const e = evaluate(scores);
  console.log(`${name.padEnd(12)} ${String(converted).padStart(5)}  ${e.f1.toFixed(4)}     ${e.precision.toFixed(4)}  ${e.recall.toFixed(4)}  ${String(sameHeadline).padStart(8)} of ${converted}  ${(ms / converted).toFixed(2).padStart(7)}`);
}
rmSync(work, { recursive: true, force: true });
