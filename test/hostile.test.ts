/**
 * Hostile and broken input, through the CLI: every bad input gets one clear line naming the
 * file and the reason, the right exit code, no stack trace, nothing half-written, and the
 * inputs are byte-identical afterwards. The vitest timeout is the (loose) time bound.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { execa } from 'execa';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { outputPaths } from '../src/output/paths.js';
import { renderMarkdown, rinse } from '../src/index.js';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/rinse.js');
const seed = readFileSync(path.join(root, 'samples/ar-seed-tagdiv.txt'), 'utf8');
const P = 'The council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate. ';

let dir: string;
let out: string;
const hashes = new Map<string, string>();
const sha = (f: string): string => createHash('sha256').update(readFileSync(f)).digest('hex');

function run(args: string[]) {
  return execa('node', [bin, ...args], { reject: false, env: { FORCE_COLOR: '0', NO_COLOR: '1' }, input: '' });
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rinse-hostile-'));
  // A fresh out-dir (not yet created) every run: an old one's manifest would make rinse skip
  // the inputs as unchanged (a process id comes round again).
  out = path.join(mkdtempSync(path.join(tmpdir(), 'rinse-hostile-out-')), 'out');
  const w = (name: string, data: string | Buffer): void => writeFileSync(path.join(dir, name), data);
  w('binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00, 0x01, 0x02, 0x00]));
  w('bomb.html.gz', gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)));
  w('corrupt.html.gz', Buffer.concat([gzipSync(Buffer.from('<p>hello</p>')).subarray(0, 12), Buffer.from('garbage')]));
  w('deep.html', `<html><body>${'<div>'.repeat(200_000)}<p>${P}</p>${'</div>'.repeat(200_000)}</body></html>`);
  w('huge-line.txt', P.repeat(Math.ceil(10_000_000 / P.length)));
  w('glued.txt', `${'spot_img'.repeat(100_000)}\n\n${P.repeat(4)}`);
  w('repeated.txt', 'ذات صلة '.repeat(200_000));
  w('cp1256.txt', iconv.encode(seed, 'windows-1256'));
  w('iso-8859-6.txt', iconv.encode(seed.replace(/[^\u0600-\u06ff\s.:،-]/g, ''), 'iso-8859-6'));
  w('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(seed, 'utf-16le')]));
  w('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(seed, 'utf-16be')]));
  w('mojibake-1256.txt', iconv.decode(Buffer.from(seed, 'utf8'), 'windows-1256'));
  w('mojibake-1252.txt', iconv.decode(Buffer.from(`Le vélo électrique séduit les Lyonnais\n\n${'Les ventes de vélos à assistance électrique ont progressé de 23 % en un an, selon les chiffres publiés ce lundi. '.repeat(3)}`, 'utf8'), 'windows-1252'));
  // Hundreds of thousands of table rows; tens of thousands of two-column lines.
  w('huge-table.txt', Array.from({ length: 300_000 }, (_, k) => `${String(k).padEnd(8)}name ${String(k % 97).padEnd(4)}   ${String(k % 1000).padStart(5)}   ${k % 5}`).join('\n'));
  w('columns.txt', Array.from({ length: 50_000 }, (_, k) => `left side words here ${k}`.padEnd(45) + `right ${k}`).join('\n'));
  // Markdown with a megabyte of marks that nothing closes, and nested brackets.
  w('marks.md', `# A headline about marks\n\n## Part\n\n${'**a ~~b __c [d]( ![e]( `f '.repeat(40_000)}\n\n[a](/a) [b](/b)\n`);
  // Fences that nothing closes, tens of thousands of them.
  w('fences.md', `# A headline about code\n\n## Part\n\n${'```js\ncode\n'.repeat(60_000)}\n[a](/a) [b](/b)\n`);
  w('empty.txt', '');
  w('noise-only.txt', 'spot_img\n\nذات صلة\n\nشارك فيسبوك تويتر واتساب\n\n© 2026 جميع الحقوق محفوظة\n');
  w('script.txt', `A headline about scripts in pages\n\n<script>alert(1)</script> <img src=x onerror=alert(1)> ${P.repeat(3)}`);
  w('odd name ; $(rm -rf) `x`.txt', seed);
  mkdirSync(path.join(dir, 'loop'));
  symlinkSync('..', path.join(dir, 'loop', 'back'));
  for (const f of readdirSync(dir)) if (statSync(path.join(dir, f)).isFile()) hashes.set(f, sha(path.join(dir, f)));
});

describe('a folder of hostile inputs', () => {
  it('fails only the bad files, one line each, and writes all the others', async () => {
    const r = await run([dir, '-o', out, '--max-bytes', String(32 * 1024 * 1024)]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    const errors = r.stderr.split('\n').filter((l) => l.includes('error:'));
    expect(errors.map((l) => path.basename(l.split(': ')[2] ?? ''))).toEqual(['binary.txt', 'bomb.html.gz', 'corrupt.html.gz']);
    expect(r.stderr).toMatch(/binary\.txt: binary data/);
    expect(r.stderr).toMatch(/bomb\.html\.gz: gzip content inflates past the 33554432-byte limit/);
    expect(r.stderr).toMatch(/corrupt\.html\.gz: corrupt gzip data/);
    expect(r.stderr).toMatch(/empty\.txt: no article body found/);
    expect(r.stderr).toMatch(/mojibake-1256\.txt: repaired mojibake/);
    const written = readdirSync(out).filter((f) => !f.startsWith('.')).sort();
    expect(written).toContain('deep.json');
    expect(written).toContain('odd name ; $(rm -rf) `x`.json');
    expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(written).not.toContain('binary.json');
    expect(written).toHaveLength(hashes.size - 3);
  });

  it('leaves every input byte-identical', () => {
    for (const [f, h] of hashes) expect(sha(path.join(dir, f)), f).toBe(h);
  });

  it('decodes legacy encodings and repairs mojibake', () => {
    const doc = (f: string) => JSON.parse(readFileSync(path.join(out, f.replace(/\.txt$/, '.json')), 'utf8'));
    const headline = 'السعودية وباكستان.. تعزيز التعاون الأمني لمواجهة التحديات';
    for (const f of ['cp1256.txt', 'utf16le.txt', 'utf16be.txt', 'mojibake-1256.txt']) expect(doc(f).headline, f).toBe(headline);
    expect(doc('cp1256.txt').source.encoding).toBe('windows-1256');
    expect(doc('iso-8859-6.txt').source.encoding).toBe('iso-8859-6');
    expect(doc('utf16be.txt').source.encoding).toBe('utf-16be');
    expect(doc('mojibake-1256.txt').source.repaired).toMatch(/windows-1256/);
    expect(doc('mojibake-1252.txt').headline).toBe('Le vélo électrique séduit les Lyonnais');
    expect(doc('noise-only.txt').body).toBe('');
  });

  it('keeps raw HTML out of Markdown', async () => {
    const r = await run([path.join(dir, 'script.txt'), '-f', 'md']);
    expect(r.stdout).not.toContain('<script>');
    expect(r.stdout).not.toContain('<img');
    expect(r.stdout).toContain('&lt;script&gt;');
  });

  it('refuses an input over --max-bytes with exit 1', async () => {
    const r = await run([path.join(dir, 'huge-line.txt'), '--max-bytes', '1000']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr.trim()).toMatch(/^rinse: error: .*huge-line\.txt: input is \d+ bytes, over the 1000-byte limit/);
  });

  it('--fail-on empty turns an empty body into a failure', async () => {
    expect((await run([path.join(dir, 'empty.txt')])).exitCode).toBe(0);
    const r = await run([path.join(dir, 'empty.txt'), '--fail-on', 'empty']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: no article body found \(--fail-on empty\)/);
  });
});

describe('huge tables', () => {
  it('a table of 300,000 rows is read and rendered (no call with that many arguments)', () => {
    const article = rinse(readFileSync(path.join(dir, 'huge-table.txt')));
    const table = article.sections.flatMap((sec) => sec.blocks).find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.length).toBe(300_000);
    expect(renderMarkdown(article).split('\n').length).toBeGreaterThan(300_000);
  });
});

describe('output paths', () => {
  it('never escape the out-dir', () => {
    const outDir = path.join(tmpdir(), 'o');
    const paths = outputPaths(['../../etc/passwd.txt', '/abs/x.txt', 'a\u0001b.txt', 'sub/../../y.html', '..', ''], outDir, 'json');
    for (const p of paths) expect(p.startsWith(outDir + path.sep), p).toBe(true);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('front matter', () => {
  it('round-trips any headline through YAML', () => {
    for (const h of ['---', 'key: value', '"quoted" and \'single\'', '# not a comment', '[a, b]', 'null', '&amp; <b>', 'عنوان: بالعربية']) {
      const md = renderMarkdown(rinse(`${h} in a headline here\n\n${P.repeat(3)}`));
      const front = md.split('\n---\n')[0] ?? '';
      expect(front, h).toContain('title:');
      expect(rinse(md).headline).toBe(`${h} in a headline here`);
    }
  });
});
