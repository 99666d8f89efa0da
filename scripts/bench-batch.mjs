// npm run bench:batch — files/s and MB/s of `rinse <folder> -o <out>` at -j 1 and -j 2 on a
// generated folder of 10,000 distinct dumps (5,000 text, 5,000 HTML), against the floor of a plain
// read-and-write of the same files in Node. Whole processes, best of N runs.
//   node scripts/bench-batch.mjs [--files 10000] [--runs 1] [--pages ../shared/bench/aeb/html]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const total = Number(opt('--files', '10000'));
const runs = Number(opt('--runs', '1'));
const pagesDir = path.resolve(opt('--pages', path.join(root, '../shared/bench/aeb/html')));
const work = path.join(root, '.bench-tmp', 'batch');

// Sources: the bench's text dumps and HTML pages when present, else this repo's samples and pages.
const textDir = path.join(pagesDir, '../text');
const textSources = (existsSync(textDir) ? readdirSync(textDir).map((f) => path.join(textDir, f)) : readdirSync(path.join(root, 'samples')).map((f) => path.join(root, 'samples', f))).map((f) => readFileSync(f));
const htmlSources = (existsSync(pagesDir) ? readdirSync(pagesDir).map((f) => path.join(pagesDir, f)) : readdirSync(path.join(root, 'test/corpus/pages')).map((f) => path.join(root, 'test/corpus/pages', f))).map((f) => (f.endsWith('.gz') ? gunzipSync(readFileSync(f)) : readFileSync(f)));

/**
 * Every generated dump is different, like a folder of one site's articles: the template stays, the
 * article text changes. Lines of prose (over 80 characters) and HTML paragraphs get the dump's
 * number as an extra word, so no cache inside rinse sees the same paragraph twice.
 */
function vary(kind, source, i) {
  const text = source.toString('utf8');
  const tag = `n${i}`;
  if (kind === 'html') return text.replace(/<p(\s[^>]*)?>/g, (m) => `${m}${tag} `);
  return text
    .split('\n')
    .map((line) => (line.length > 80 ? line.replace(/(\S+)(\s+\S+)$/, `$1 ${tag}$2`) : line))
    .join('\n');
}

function generate(kind, count) {
  const dir = path.join(work, `in-${kind}-unique`);
  if (existsSync(dir) && readdirSync(dir).length > 0) return dir;
  const sources = kind === 'text' ? textSources : htmlSources;
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, String(Math.floor(i / 500)).padStart(3, '0'));
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `${String(i).padStart(5, '0')}.${kind === 'text' ? 'txt' : 'html'}`), vary(kind, sources[i % sources.length], i));
  }
  return dir;
}

function folderBytes(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else {
        bytes += statSync(path.join(d, e.name)).size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

function timed(argv) {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const out = path.join(work, 'out');
    rmSync(out, { recursive: true, force: true });
    const t0 = process.hrtime.bigint();
    const res = spawnSync(process.execPath, argv(out), { encoding: 'utf8', maxBuffer: 1 << 26 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (res.status !== 0) throw new Error(`${argv(out).join(' ')}: exit ${res.status}\n${res.stderr}`);
    best = Math.min(best, ms);
  }
  return best;
}

const floorScript = `
const fs=require('fs'),path=require('path');
const [src,dst]=process.argv.slice(1);
const walk=(d,rel)=>{for(const e of fs.readdirSync(d,{withFileTypes:true})){const p=path.join(d,e.name);if(e.isDirectory())walk(p,path.join(rel,e.name));else{const o=path.join(dst,rel);fs.mkdirSync(o,{recursive:true});fs.writeFileSync(path.join(o,e.name+'.out'),fs.readFileSync(p));}}};
walk(src,'');`;

const rows = [];
for (const kind of ['text', 'html']) {
  const dir = generate(kind, Math.floor(total / 2));
  const { bytes, files } = folderBytes(dir);
  const floor = timed((out) => ['-e', floorScript, dir, out]);
  rows.push({ kind, what: 'read+write floor', ms: floor, bytes, files });
  for (const j of [1, 2]) {
    const ms = timed((out) => [path.join(root, 'bin/rinse.js'), dir, '-o', out, '-q', '--no-learn', '-j', String(j)]);
    rows.push({ kind, what: `rinse -j ${j}`, ms, bytes, files, floor });
  }
}
rmSync(path.join(work, 'out'), { recursive: true, force: true });
console.log(`bench:batch — ${total} generated dumps (half text, half HTML) in ${work}, best of ${runs}`);
console.log('dumps  run                 files   MB     s      files/s   MB/s    of floor MB/s');
for (const r of rows) {
  const s = r.ms / 1000;
  const mbps = r.bytes / 1e6 / s;
  const share = r.floor ? `${((r.floor / r.ms) * 100).toFixed(1)}%` : '';
  console.log(`${r.kind.padEnd(6)} ${r.what.padEnd(18)} ${String(r.files).padStart(6)} ${(r.bytes / 1e6).toFixed(1).padStart(6)} ${s.toFixed(2).padStart(6)} ${(r.files / s).toFixed(0).padStart(9)} ${mbps.toFixed(1).padStart(7)}    ${share}`);
}
