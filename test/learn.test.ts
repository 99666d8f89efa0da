/** Learning a site's template from its dumps; sharded runs that give the same result. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { accumulate, documentLines, evaluate, finalize, learnLines, merge, rinse, scoreBody, serialize, templateKeys } from '../src/index.js';
import { generateSite, loadArticles, scoreSite, type CorpusPage } from './corpus/site.mjs';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/rinse.js');
const cli = (args: string[]) => execa('node', [bin, ...args], { reject: false, env: { FORCE_COLOR: '0', NO_COLOR: '1' } });

const pages: CorpusPage[] = generateSite(loadArticles(), 40);
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'rinse-learn-'));
  for (const variant of ['wide', 'narrow'] as const) {
    const dir = path.join(tmp, variant, 'harbour');
    mkdirSync(dir, { recursive: true });
    for (const p of pages) writeFileSync(path.join(dir, `${p.name}.txt`), p[variant]);
  }
});

describe('a 40-page site corpus with a learned profile', () => {
  for (const variant of ['wide', 'narrow'] as const) {
    it(`${variant} dumps: body F1 ≥ 0.97, headline ≥ 0.95, template lines left ≤ 1%`, () => {
      const profile = finalize(merge([accumulate(pages.map((p) => learnLines(p[variant], { folder: 'harbour' })))]));
      const cleaned = pages.map((p) => rinse(p[variant], { folder: 'harbour', profile }));
      const score = scoreSite(pages, cleaned, scoreBody, evaluate as never);
      expect(score.f1).toBeGreaterThanOrEqual(0.97);
      expect(score.headline).toBeGreaterThanOrEqual(0.95);
      expect(score.templateLeft).toBeLessThanOrEqual(0.01);
      // Without the profile the same pages keep template lines: the profile is what removes them.
      const plain = scoreSite(pages, pages.map((p) => rinse(p[variant])), scoreBody, evaluate as never);
      expect(plain.templateLeft).toBeGreaterThan(score.templateLeft);
    });
  }

  it("keeps a page's own headline though other pages list it (most read, related)", () => {
    const profile = finalize(merge([accumulate(pages.map((p) => learnLines(p.wide, { folder: 'harbour' })))]));
    const keys = templateKeys(profile, 'harbour');
    // The first five headlines are in every page's most-read box: template everywhere else.
    for (const p of pages.slice(0, 5)) {
      expect(keys.size).toBeGreaterThan(0);
      const a = rinse(p.wide, { folder: 'harbour', profile });
      expect(a.headline).toBe(p.article.headline);
      const other = rinse((pages[10] as CorpusPage).wide, { folder: 'harbour', profile });
      expect(other.body).not.toContain(p.article.headline);
    }
  });
});

describe('thresholds', () => {
  it('do not take a line that repeats inside one document for template', () => {
    const docs = Array.from({ length: 20 }, (_, i) => documentLines('s', [`Page ${i} text`, 'Site footer line', ...(i === 3 ? Array(10).fill('A refrain the song repeats') : [])]));
    const keys = templateKeys(finalize(accumulate(docs)), 's');
    expect(keys.has('site footer line')).toBe(true);
    expect(keys.has('a refrain the song repeats')).toBe(false);
  });

  it('hold for 20 pages and for 20,000: a sentence quoted in two articles is not template', () => {
    for (const n of [20, 20_000]) {
      const docs = Array.from({ length: n }, (_, i) => documentLines('s', [`Article ${i}`, 'Menu Home News', ...(i < 2 ? ['“We will build the park,” the mayor said.'] : [])]));
      const keys = templateKeys(finalize(accumulate(docs)), 's');
      expect(keys.has('menu home news'), String(n)).toBe(true);
      expect(keys.has('we will build the park the mayor said'), String(n)).toBe(false);
    }
  });

  it('keep the profile small: rare lines are dropped, long lines kept as hashes', () => {
    const long = 'x'.repeat(300);
    const docs = Array.from({ length: 10 }, (_, i) => documentLines('s', [`unique ${'abcdefghij'[i]}`, long, 'footer']));
    const p = finalize(accumulate(docs));
    const lines = p.sites.s?.lines ?? [];
    expect(lines.map((l) => l.key).sort()).toEqual([lines.find((l) => l.key.startsWith('#'))?.key, 'footer'].sort());
    expect(serialize(p).length).toBeLessThan(1000);
  });
});

describe('rinse learn and --profile (CLI)', () => {
  it('learns a profile, applies it, and says when it learns one by itself', async () => {
    const dir = path.join(tmp, 'wide', 'harbour');
    const profile = path.join(tmp, 'profile.json');
    const r = await cli(['learn', dir, '-o', profile]);
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(readFileSync(profile, 'utf8'));
    expect(json.partial).toBe(false);
    expect(json.sites['.'].documents).toBe(40);
    expect(json.sites['.'].lines.some((l: { sample: string }) => l.sample === 'Skip to content')).toBe(true);
    const withProfile = await cli([dir, '-o', path.join(tmp, 'out-p'), '--profile', profile, '--explain', '-q']);
    expect(withProfile.exitCode).toBe(0);
    const doc = JSON.parse(readFileSync(path.join(tmp, 'out-p', 'page-07.json'), 'utf8'));
    expect(doc.removed.some((x: { rule: string }) => x.rule === 'site-template')).toBe(true);
    const auto = await cli([dir, '-o', path.join(tmp, 'out-auto')]);
    expect(auto.stderr).toMatch(/learned the template of the input folder \(40 documents/);
    expect(readFileSync(path.join(tmp, 'out-auto', 'page-07.json'), 'utf8')).toBe(readFileSync(path.join(tmp, 'out-p', 'page-07.json'), 'utf8').replace(/,\n {2}"removed": \[[\s\S]*\]\n}\n$/, '\n}\n'));
    const off = await cli([dir, '-o', path.join(tmp, 'out-off'), '--no-learn']);
    expect(off.stderr).not.toMatch(/learned/);
    // A re-run over the same inputs takes the profile remembered in the out-dir's manifest (no
    // second learning pass) and skips every input.
    const again = await cli([dir, '-o', path.join(tmp, 'out-auto')]);
    expect(again.stderr).toMatch(/the template of the input folder \(40 documents, \d+ lines\) as learned from these same inputs last run/);
    expect(again.stderr).toMatch(/0 cleaned, 40 skipped/);
    // One input changed: the inputs are not the same, the template is learned again.
    const changed = path.join(tmp, 'changed');
    cpSync(dir, changed, { recursive: true });
    await cli([changed, '-o', path.join(tmp, 'out-changed'), '-q']);
    writeFileSync(path.join(changed, 'page-07.txt'), `${readFileSync(path.join(changed, 'page-07.txt'), 'utf8')}\nOne more line of the article, added since the last run.\n`);
    const relearned = await cli([changed, '-o', path.join(tmp, 'out-changed')]);
    expect(relearned.stderr).toMatch(/learned the template of the input folder \(40 documents/);
    expect(relearned.stderr).toMatch(/1 cleaned, 39 skipped|40 cleaned/);
  });

  it('shards then merge: the same profile and the same documents as one run (N = 1, 2, 4, 7)', async () => {
    const dir = path.join(tmp, 'narrow');
    const single = path.join(tmp, 'single.json');
    await cli(['learn', dir, '-o', single]);
    const singleDocs = path.join(tmp, 'single-docs');
    await cli([dir, '-o', singleDocs, '--profile', single, '-q']);
    for (const n of [1, 2, 4, 7]) {
      const parts: string[] = [];
      for (let i = 1; i <= n; i++) {
        const part = path.join(tmp, `part-${n}-${i}.json`);
        const r = await cli(['learn', dir, '--shard', `${i}/${n}`, '-o', part, '-q']);
        expect(r.exitCode).toBe(0);
        parts.push(part);
      }
      const merged = path.join(tmp, `merged-${n}.json`);
      expect((await cli(['learn', '--merge', ...parts, '-o', merged, '-q'])).exitCode).toBe(0);
      expect(readFileSync(merged, 'utf8'), `N = ${n}`).toBe(readFileSync(single, 'utf8'));
      const shardDocs = path.join(tmp, `docs-${n}`);
      for (let i = 1; i <= n; i++) await cli([dir, '-o', shardDocs, '--profile', merged, '--shard', `${i}/${n}`, '-q']);
      const a = readdirSync(path.join(singleDocs, 'harbour')).sort();
      expect(readdirSync(path.join(shardDocs, 'harbour')).sort()).toEqual(a);
      for (const f of a) expect(readFileSync(path.join(shardDocs, 'harbour', f), 'utf8')).toBe(readFileSync(path.join(singleDocs, 'harbour', f), 'utf8'));
    }
  });

  it('refuses to merge a final profile and bad shard values', async () => {
    const single = path.join(tmp, 'single.json');
    const r = await cli(['learn', '--merge', single, '-o', path.join(tmp, 'x.json')]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/only partial profiles/);
    expect((await cli(['learn', tmp, '--shard', '5/4', '-o', path.join(tmp, 'y.json')])).exitCode).toBe(2);
  });
});

describe('sites', () => {
  it('an HTML page belongs to its URL host; a text dump to its folder; --site wins', () => {
    const page = (url: string, footer: string) => `<html><head><link rel="canonical" href="${url}"></head><body><article><h1>A headline for the page here</h1><p>${'The council voted on Tuesday night to convert the abandoned rail yard into a public park. '.repeat(3)}</p><p>${footer}</p></article></body></html>`;
    expect(learnLines(page('https://www.harbour.example/a', 'x')).site).toBe('harbour.example');
    expect(learnLines('Some text dump line here\n', { folder: 'dumps/site-a' }).site).toBe('dumps/site-a');
    expect(learnLines(page('https://www.harbour.example/a', 'x'), { site: 'forced' }).site).toBe('forced');
    // Learned from HTML pages, applied to HTML pages by host.
    const footer = 'Harbour Times members read every story without limits for five pounds a month';
    const docs = Array.from({ length: 10 }, (_, i) => learnLines(page(`https://harbour.example/${i}`, footer)));
    const profile = finalize(merge([accumulate(docs)]));
    expect(templateKeys(profile, 'harbour.example').size).toBeGreaterThan(0);
    const a = rinse(page('https://harbour.example/new', footer), { profile, explain: true });
    expect(a.body).not.toContain('Harbour Times members');
    expect(a.removed?.some((r) => r.rule === 'site-template')).toBe(true);
  });
});
