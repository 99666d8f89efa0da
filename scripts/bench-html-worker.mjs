// One process of the HTML benchmark: read every page of a folder (gunzip), run one tool on it,
// print {pages, bodies} as JSON on stdout. The parent times the whole process.
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';

const [tool, dir] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.html') || f.endsWith('.html.gz')).sort();
const read = (f) => {
  const raw = readFileSync(path.join(dir, f));
  return (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
};
const id = (f) => f.replace(/\.html(\.gz)?$/, '');

let run;
if (tool === 'htmlparser2') {
  const { parseDocument } = await import('htmlparser2');
  run = (html) => (parseDocument(html), '');
} else if (tool === 'readability-jsdom') {
  const { Readability } = await import('@mozilla/readability');
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const virtualConsole = new VirtualConsole();
  run = (html) => new Readability(new JSDOM(html, { virtualConsole }).window.document).parse()?.textContent ?? '';
} else if (tool === 'readability-linkedom') {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  run = (html) => new Readability(parseHTML(html).document).parse()?.textContent ?? '';
} else if (tool === 'rinse') {
  const { rinse } = await import('../dist/index.js');
  run = (html) => rinse(html, { inputFormat: 'html' }).body;
} else {
  throw new Error(`unknown tool ${tool}`);
}
const bodies = {};
for (const f of files) {
  try {
    bodies[id(f)] = run(read(f));
  } catch {
    bodies[id(f)] = '';
  }
}
process.stdout.write(JSON.stringify({ pages: files.length, bodies }));
