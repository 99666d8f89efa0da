/** Batch runs through the built binary: workers, reports, exit codes, re-runs, pipes, Ctrl-C. */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/rinse.js');
const env = { FORCE_COLOR: '0', NO_COLOR: '1' };
const rinse = (args: string[], input = '') => execa('node', [bin, ...args], { reject: false, env, input });

let tmp: string;
let mixed: string;

/** 60 mixed dumps: the text samples, the HTML pages, gzip copies, in nested folders. */
function makeMixed(dir: string, count: number): void {
  const sources = [
    ...readdirSync(path.join(root, 'samples')).map((f) => path.join(root, 'samples', f)),
    ...readdirSync(path.join(root, 'test/corpus/pages')).map((f) => path.join(root, 'test/corpus/pages', f)),
  ];
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length] as string;
    const sub = path.join(dir, `part${i % 3}`);
    mkdirSync(sub, { recursive: true });
    const base = `${String(i).padStart(3, '0')}-${path.basename(src)}`;
    if (i % 7 === 3 && src.endsWith('.html')) writeFileSync(path.join(sub, `${base}.gz`), gzipSync(readFileSync(src)));
    else cpSync(src, path.join(sub, base));
  }
}

function listJson(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, rel: string): void => {
    for (const f of readdirSync(d, { withFileTypes: true })) {
      if (f.isDirectory()) walk(path.join(d, f.name), path.join(rel, f.name));
      else if (!f.name.startsWith('.')) out.set(path.join(rel, f.name), readFileSync(path.join(d, f.name), 'utf8'));
    }
  };
  walk(dir, '');
  return out;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'rinse-batch-'));
  mixed = path.join(tmp, 'mixed');
  makeMixed(mixed, 60);
});

describe('a folder of 60 mixed dumps', () => {
  it('gives identical outputs with -j 1 and -j 2', async () => {
    const a = await rinse([mixed, '-o', path.join(tmp, 'j1'), '-j', '1', '-q']);
    const b = await rinse([mixed, '-o', path.join(tmp, 'j2'), '-j', '2', '-q']);
    expect(a.exitCode).toBe(0);
    expect(b.exitCode).toBe(0);
    const one = listJson(path.join(tmp, 'j1'));
    const two = listJson(path.join(tmp, 'j2'));
    expect(one.size).toBe(60);
    expect(two).toEqual(one);
  });

  it('records each input file\'s sha256, whether the job hashed it or the manifest check did', async () => {
    // With auto-learn the inputs are hashed for its key and each job reads and hashes its file;
    // without it the manifest check reads and hashes the bytes and hands the digest on.
    for (const args of [[], ['--no-learn']]) {
      const out = path.join(tmp, `sha${args.length}`);
      const r = await rinse([mixed, '-o', out, '-j', '2', '-q', ...args]);
      expect(r.exitCode).toBe(0);
      const docs = listJson(out);
      expect(docs.size).toBe(60);
      for (const text of docs.values()) {
        const doc = JSON.parse(text) as { source: { path: string; sha256: string } };
        expect(doc.source.sha256).toBe(createHash('sha256').update(readFileSync(path.join(mixed, doc.source.path))).digest('hex'));
      }
    }
  });

  it('writes one report line per input, in input order', async () => {
    const report = path.join(tmp, 'report.jsonl');
    const r = await rinse([mixed, '-o', path.join(tmp, 'rep'), '-j', '2', '--report', report, '-q']);
    expect(r.exitCode).toBe(0);
    const lines = readFileSync(report, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(60);
    expect(lines.map((l) => l.path)).toEqual([...lines.map((l) => l.path)].sort());
    for (const l of lines) {
      expect(l.status).toBe('ok');
      expect(l.bytesIn).toBeGreaterThan(0);
      expect(l.bytesOut).toBeGreaterThan(0);
      expect(existsSync(l.output)).toBe(true);
      expect(typeof l.removed).toBe('number');
      expect(typeof l.ms).toBe('number');
    }
  });

  it('fails one broken file (named, exit 1) and writes all the others', async () => {
    const dir = path.join(tmp, 'broken');
    cpSync(mixed, dir, { recursive: true });
    writeFileSync(path.join(dir, 'part1', 'zz-broken.html.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
    const out = path.join(tmp, 'broken-out');
    const r = await rinse([dir, '-o', out, '-j', '2', '--report', '-']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/zz-broken\.html\.gz: corrupt gzip data/);
    const report = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(report.filter((l) => l.status === 'failed').map((l) => path.basename(l.path))).toEqual(['zz-broken.html.gz']);
    expect(listJson(out).size).toBe(60);
  });

  it('skips unchanged inputs on a re-run, and --force cleans them again', async () => {
    const out = path.join(tmp, 'rerun');
    await rinse([mixed, '-o', out, '-q']);
    const again = await rinse([mixed, '-o', out, '--report', '-']);
    const statuses = again.stdout.trim().split('\n').map((l) => JSON.parse(l).status);
    expect(statuses.every((s) => s === 'skipped')).toBe(true);
    expect(again.stderr).toMatch(/0 cleaned, 60 skipped, 0 failed/);
    // A changed input and a changed option are not skipped.
    const first = readdirSync(path.join(mixed, 'part0')).sort().find((f) => f.endsWith('.txt')) as string;
    const changed = path.join(mixed, 'part0', first);
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nOne more line at the end of the dump, long enough to be read as a sentence.\n`);
    const third = await rinse([mixed, '-o', out, '--report', '-']);
    expect(third.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.status === 'ok').map((l) => path.basename(l.path))).toEqual([first]);
    const explain = await rinse([mixed, '-o', out, '--explain', '--report', '-']);
    expect(explain.stdout.trim().split('\n').every((l) => JSON.parse(l).status === 'ok')).toBe(true);
    const forced = await rinse([mixed, '-o', out, '--explain', '--force', '--report', '-']);
    expect(forced.stdout.trim().split('\n').every((l) => JSON.parse(l).status === 'ok')).toBe(true);
  });

  it('stops cleanly on SIGINT: exit 130, a summary, no partial file', async () => {
    const big = path.join(tmp, 'big');
    makeMixed(big, 400);
    const out = path.join(tmp, 'big-out');
    const child = execa('node', [bin, big, '-o', out, '-j', '1'], { reject: false, env });
    // Interrupt once the run has written something.
    for (let i = 0; i < 200 && !(existsSync(out) && readdirSync(out).length > 0); i++) await new Promise((r) => setTimeout(r, 25));
    child.kill('SIGINT');
    const r = await child;
    expect(r.exitCode).toBe(130);
    expect(r.stderr).toMatch(/interrupted/);
    expect(r.stderr).toMatch(/cleaned/);
    const files = listJson(out);
    expect(files.size).toBeLessThan(400);
    for (const [name, text] of files) {
      expect(name.endsWith('.tmp'), name).toBe(false);
      expect(() => JSON.parse(text), name).not.toThrow();
    }
  });
});

describe('pipelines', () => {
  it('--from-ndjson: one document per input line, in order, errors on their own line', async () => {
    const page = readFileSync(path.join(root, 'test/corpus/pages/en-news.html'), 'utf8');
    const text = readFileSync(path.join(root, 'samples/ar-seed-tagdiv.txt'), 'utf8');
    const input = [
      JSON.stringify({ id: 'a', html: page }),
      JSON.stringify({ url: 'https://example.com/b', text }),
      'not json',
      JSON.stringify({ path: 'c.txt' }),
    ].join('\n');
    const r = await rinse(['--from-ndjson'], input);
    expect(r.exitCode).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].headline).toBe('City council approves plan to turn old rail yard into park');
    expect(lines[0].source.path).toBe('a');
    expect(lines[1].headline).toBe('السعودية وباكستان.. تعزيز التعاون الأمني لمواجهة التحديات');
    expect(lines[1].meta.url).toBe('https://example.com/b');
    expect(lines[2]).toEqual({ id: 'line 3', error: expect.stringMatching(/^not JSON/) });
    expect(lines[3]).toEqual({ id: 'c.txt', error: 'no "html", "markdown" or "text" string' });
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('--from-ndjson: a crawler\'s record with the page\'s Markdown is read as Markdown, even without a heading', async () => {
    const markdown = '[Home](/) [News](/news)\n\n**City council approves plan for a new park**\n\nThe city council voted on Tuesday night to convert the abandoned rail yard into a [public park](/parks), ending a decade-long debate over the future of the site.\n\nThe plan includes walking trails, a playground, community gardens and a restored section of the creek, officials said on Wednesday.';
    const r = await rinse(['--from-ndjson'], JSON.stringify({ url: 'https://example.com/park', markdown, metadata: { title: 'x' } }));
    expect(r.exitCode).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source.format).toBe('markdown');
    expect(doc.body).toContain('into a public park, ending');
    expect(doc.body).not.toMatch(/\]\(|\*\*/);
  });

  it('--report - without --out-dir is a usage error (stdout carries the documents)', async () => {
    const r = await rinse([path.join(root, 'samples/en-news.txt'), '--report', '-']);
    expect(r.exitCode).toBe(2);
  });

  it('-j must be a whole number above 0', async () => {
    const r = await rinse([mixed, '-j', '0']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--jobs/);
  });
});
