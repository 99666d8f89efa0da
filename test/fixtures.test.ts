/**
 * Golden fixtures. Every sample in samples/, every HTML page in test/corpus/pages/ (as
 * html-<name>) and every test/fixtures/<case>/input.* is cleaned
 * (with --explain) and compared with test/fixtures/<case>/expected.json and expected.md.
 * Regenerate with `UPDATE=1 npx vitest run test/fixtures.test.ts` and review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJson, renderMarkdown, rinse } from '../src/index.js';
import { validateArticle } from './helpers/schema.js';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'test/fixtures');
const update = process.env.UPDATE === '1';

interface Case {
  name: string;
  input: string;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const f of readdirSync(path.join(root, 'samples')).sort()) {
    out.push({ name: f.replace(/\.(txt|md|html?)(\.gz)?$/, ''), input: path.join(root, 'samples', f) });
  }
  const pages = path.join(root, 'test/corpus/pages');
  for (const f of readdirSync(pages).sort()) {
    if (f.endsWith('.html')) out.push({ name: `html-${f.replace(/\.html$/, '')}`, input: path.join(pages, f) });
  }
  for (const dir of readdirSync(fixtures).sort()) {
    const input = readdirSync(path.join(fixtures, dir)).find((f) => f.startsWith('input.'));
    if (input) out.push({ name: dir, input: path.join(fixtures, dir, input) });
  }
  return out;
}

describe('golden fixtures', () => {
  it('every case has a name of its own (a sample and a fixture folder with an input would share expected files)', () => {
    const names = cases().map((c) => c.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
  for (const c of cases()) {
    it(c.name, () => {
      const article = rinse(readFileSync(c.input), { path: path.basename(c.input), explain: true });
      const json = renderJson(article);
      const md = renderMarkdown(article);
      expect(validateArticle(JSON.parse(json)), JSON.stringify(validateArticle.errors)).toBe(true);
      const dir = path.join(fixtures, c.name);
      if (update) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, 'expected.json'), json);
        writeFileSync(path.join(dir, 'expected.md'), md);
      }
      expect(existsSync(path.join(dir, 'expected.json')), `missing ${dir}/expected.json: run with UPDATE=1`).toBe(true);
      expect(json).toBe(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
      expect(md).toBe(readFileSync(path.join(dir, 'expected.md'), 'utf8'));
    });
  }
});

/** Chinese and Japanese characters and their full-width punctuation. */
const CJK = '[\\u3001-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff01-\\uffef]';
const BETWEEN_CJK = new RegExp(`(?<=${CJK})(?:\\s|",")+(?=${CJK})`, 'gu');

/**
 * A value as a wide w3m dump can give it: w3m prints no space between two Chinese or Japanese
 * characters ("开通运营 天府机场" → "开通运营天府机场"), so words, and tags it printed side by
 * side, run together. Other text is compared as it is.
 */
function asW3mPrints(value: unknown): string {
  return JSON.stringify(value).replace(BETWEEN_CJK, '');
}

/** Hangul syllables, a space between two of them, and a figure's before one. */
const BETWEEN_HANGUL = /(?<=[\uac00-\ud7a3\d])\s(?=[\uac00-\ud7a3])/gu;

/**
 * A value as w3m's 80-column dump can give it: w3m breaks Korean between any two syllables and
 * prints no space at the break, so where a word ended at a break is lost (rinse joins such a
 * break without a space, the likelier reading). Other text is compared as it is.
 */
function asW3mWraps(value: unknown): string {
  return JSON.stringify(value).replace(BETWEEN_HANGUL, '');
}

describe('80-column, lynx and Markdown dumps give the same article as the wide w3m dump', () => {
  for (const c of cases().filter((x) => /-(80|lynx|nolist|h2t|gfm)$/.test(x.name))) {
    it(`${c.name} gives the same article as its wide dump`, () => {
      const wide = c.input.replace(/-(80|lynx|nolist|h2t|gfm)\.(txt|md)$/, '.txt');
      const a = rinse(readFileSync(wide));
      const b = rinse(readFileSync(c.input));
      // lynx, html2text and pandoc keep the spaces between CJK characters that w3m leaves out.
      const same = c.name.endsWith('-80') ? asW3mWraps : asW3mPrints;
      expect(same(b.headline)).toEqual(same(a.headline));
      expect(same(b.sections)).toEqual(same(a.sections));
      expect(same(b.meta)).toEqual(same(a.meta));
    });
  }
});

describe('HTML pages and their text dumps', () => {
  for (const c of cases().filter((x) => x.name.startsWith('html-'))) {
    const name = c.name.slice('html-'.length);
    it(`${name}.html gives the same article as samples/${name}.txt`, () => {
      const html = rinse(readFileSync(c.input));
      const text = rinse(readFileSync(path.join(root, 'samples', `${name}.txt`)));
      expect(html.source.format).toBe('html');
      expect(asW3mPrints(html.headline)).toBe(asW3mPrints(text.headline));
      expect(asW3mPrints(html.sections)).toBe(asW3mPrints(text.sections));
      expect(asW3mPrints(html.body)).toBe(asW3mPrints(text.body));
      expect(html.lang.split('-')[0]).toBe(text.lang);
      expect(html.dir).toBe(text.dir);
    });
  }
});
