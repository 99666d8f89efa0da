/** End-to-end tests of the built binary (npm test builds first). */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateArticle } from './helpers/schema.js';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/rinse.js');
const samples = path.join(root, 'samples');
const seed = path.join(samples, 'ar-seed-tagdiv.txt');

function rinse(args: string[], input?: string | Buffer, cwd?: string) {
  return execa('node', [bin, ...args], { reject: false, env: { FORCE_COLOR: '0', NO_COLOR: '1' }, input: input ?? '', cwd: cwd ?? root });
}

let tmp: string;
beforeAll(() => {
  expect(existsSync(path.join(root, 'dist/cli/main.js')), 'run `npm run build` first').toBe(true);
  tmp = mkdtempSync(path.join(tmpdir(), 'rinse-cli-'));
});

describe('rinse <file>', () => {
  it('writes one JSON document to stdout and nothing to stderr', async () => {
    const r = await rinse([seed]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(validateArticle(doc)).toBe(true);
    expect(doc.headline).toBe('السعودية وباكستان.. تعزيز التعاون الأمني لمواجهة التحديات');
    expect(doc.removed).toBeUndefined();
  });

  it('--explain adds the removals with their rules', async () => {
    const r = await rinse([seed, '--explain']);
    const doc = JSON.parse(r.stdout);
    expect(doc.removed.map((x: { rule: string }) => x.rule)).toEqual(['ad-placeholder', 'related-block', 'ad-placeholder']);
  });

  it('-f md writes Markdown with front matter', async () => {
    const r = await rinse([seed, '-f', 'md']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith('---\ntitle: السعودية')).toBe(true);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('## '))).toHaveLength(2);
  });

  it('gives the same bytes for the same input', async () => {
    const a = await rinse([seed, '--explain']);
    const b = await rinse([seed, '--explain']);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('several inputs', () => {
  it('writes NDJSON, one document per line, for a folder', async () => {
    const r = await rinse([samples]);
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(readdirSync(samples).length);
    for (const l of lines) expect(validateArticle(JSON.parse(l))).toBe(true);
  });

  it('-o mirrors relative paths and replaces extensions', async () => {
    const src = path.join(tmp, 'in');
    mkdirSync(path.join(src, 'site/ar'), { recursive: true });
    cpSync(seed, path.join(src, 'site/ar/seed.txt'));
    cpSync(path.join(samples, 'en-news.txt'), path.join(src, 'en.txt'));
    const out = path.join(tmp, 'out');
    const r = await rinse([src, '-o', out]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/2 cleaned, 0 failed/);
    expect(existsSync(path.join(out, 'site/ar/seed.json'))).toBe(true);
    expect(existsSync(path.join(out, 'en.json'))).toBe(true);
    const md = await rinse([src, '-o', path.join(tmp, 'md'), '-f', 'md', '-q']);
    expect(md.stderr).toBe('');
    expect(readFileSync(path.join(tmp, 'md/site/ar/seed.md'), 'utf8')).toContain('# السعودية وباكستان');
  });

  it('a folder\'s Markdown dumps (a crawler\'s .md files) are inputs too', async () => {
    const src = path.join(tmp, 'crawl');
    mkdirSync(src, { recursive: true });
    const page = ['[Home](/) | [News](/news) | [Sport](/sport)', '', '# City council approves plan for a new park', '', 'The city council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate over the future of the site.', '', 'The plan includes walking trails, a playground, community gardens and a restored section of the creek that once ran through the site, officials said.'].join('\n');
    writeFileSync(path.join(src, 'park.md'), page);
    const out = path.join(tmp, 'crawl-out');
    const r = await rinse([src, '-o', out]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/1 cleaned, 0 failed/);
    const doc = JSON.parse(readFileSync(path.join(out, 'park.json'), 'utf8'));
    expect(doc.headline).toBe('City council approves plan for a new park');
    expect(doc.body).not.toMatch(/\]\(|Sport/);
  });

  it('takes globs', async () => {
    const r = await rinse(['samples/en-*.txt'], undefined, root);
    expect(r.exitCode).toBe(0);
    const expected = readdirSync(samples).filter((f) => f.startsWith('en-') && f.endsWith('.txt')).length;
    expect(expected).toBeGreaterThan(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(expected);
  });
});

describe('stdin', () => {
  it('reads a piped dump', async () => {
    const r = await rinse([], readFileSync(seed));
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBe('-');
  });
  it('reads "-"', async () => {
    const r = await rinse(['-', '-f', 'md'], readFileSync(seed));
    expect(r.stdout).toContain('# السعودية وباكستان');
  });
  it('"-o -" writes to stdout, as without -o, and makes no folder called "-"', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'rinse-dash-'));
    const r = await rinse([seed, '-f', 'md', '-o', '-'], undefined, cwd);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe((await rinse([seed, '-f', 'md'])).stdout);
    expect(existsSync(path.join(cwd, '-'))).toBe(false);
  });
});

describe('errors and exit codes', () => {
  it('--help shows examples, --version the version', async () => {
    const h = await rinse(['--help']);
    expect(h.exitCode).toBe(0);
    expect(h.stdout).toContain('Examples:');
    const v = await rinse(['--version']);
    expect(v.exitCode).toBe(0);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('an unknown option is a one-line usage error, exit 2', async () => {
    const r = await rinse([seed, '--bogus']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("unknown option '--bogus'");
    expect(r.stderr).toContain('rinse --help');
  });

  it('a bad value is a usage error, exit 2', async () => {
    const r = await rinse([seed, '-f', 'xml']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a missing input is a usage error, exit 2', async () => {
    const r = await rinse(['does-not-exist.txt']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('does-not-exist.txt');
  });

  it('a broken file fails alone: named on stderr, exit 1, the others written, inputs untouched', async () => {
    const src = path.join(tmp, 'mixed');
    mkdirSync(src, { recursive: true });
    cpSync(seed, path.join(src, 'a.txt'));
    const binary = Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]);
    writeFileSync(path.join(src, 'b.txt'), binary);
    const out = path.join(tmp, 'mixed-out');
    const r = await rinse([src, '-o', out]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/b\.txt: binary data/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(existsSync(path.join(out, 'a.json'))).toBe(true);
    expect(existsSync(path.join(out, 'b.json'))).toBe(false);
    expect(readFileSync(path.join(src, 'b.txt')).equals(binary)).toBe(true);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an out-dir inside the input folder is not read back', async () => {
    const src = path.join(tmp, 'nested');
    mkdirSync(src, { recursive: true });
    cpSync(seed, path.join(src, 'a.txt'));
    await rinse([src, '-o', path.join(src, 'out'), '-f', 'md']);
    writeFileSync(path.join(src, 'out', 'stray.txt'), 'x');
    const r = await rinse([src, '-o', path.join(src, 'out')]);
    expect(r.stderr).toMatch(/1 cleaned/);
  });
});

describe('rinse eval', () => {
  it('scores a tiny gold set and gates on --min-f1', async () => {
    const dir = path.join(tmp, 'eval');
    mkdirSync(dir, { recursive: true });
    cpSync(seed, path.join(dir, 'page1.txt'));
    const article = JSON.parse((await rinse([seed])).stdout) as { body: string };
    writeFileSync(path.join(tmp, 'gold.json'), JSON.stringify({ page1: { articleBody: article.body } }));
    const ok = await rinse(['eval', dir, '--gold', path.join(tmp, 'gold.json'), '--json']);
    expect(ok.exitCode).toBe(0);
    const summary = JSON.parse(ok.stdout);
    expect(summary.f1).toBe(1);
    expect(summary.accuracy).toBe(1);
    writeFileSync(path.join(tmp, 'gold2.json'), JSON.stringify({ page1: { articleBody: 'a completely different text with nothing shared at all' } }));
    const bad = await rinse(['eval', dir, '--gold', path.join(tmp, 'gold2.json'), '--min-f1', '0.5']);
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain('F1        0.0000');
  });
});
