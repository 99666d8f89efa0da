/**
 * Property tests: never throws (except the InputError that refuses binary input, with its
 * reason), always valid output, same input → same bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, parseText, renderJson, renderMarkdown, rinse as rinseRaw, type RinseOptions } from '../src/index.js';
import { validateArticle } from './helpers/schema.js';
import { isInvisible, isSpaceLike, matchKey, tidy, UNSPACED_CHAR } from '../src/text/normalize.js';
import { LANGUAGE_FILES, PhraseIndex } from '../src/clean/phrases.js';

// The same cases in every run, so that a red CI run can be run again and looked into; to look
// for new counterexamples, FC_SEED=random (or another number) runs other cases.
const FC_SEED = process.env.FC_SEED;
if (FC_SEED !== 'random') fc.configureGlobal({ seed: FC_SEED ? Number(FC_SEED) : 20261130 });

const NOISE = ['spot_img', 'spot_imgspot_img', 'ذات صلة', 'شارك فيسبوك تويتر', 'اترك تعليقاً', '© 2026 جميع الحقوق محفوظة', '  • الرئيسية', 'Related', 'Share', '[          ]', 'By Jane Doe', '12', 'Home > News'];
const WORDS = ['السعودية', 'وزارة', 'الصحة', 'في', 'من', 'على', 'the', 'city', 'council', 'park', 'voted', 'and', 'to', 'of', 'le', 'vélo', 'ville'];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' ') + fc.sample(fc.constantFrom('.', '', ':', '؟'), 1)[0]);
const line = fc.oneof(sentence, fc.constantFrom(...NOISE), fc.string({ maxLength: 60 }), fc.string({ maxLength: 40, unit: 'binary' }));
const dump = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\r\n', '\n  • ')), { maxLength: 40 }).map((parts) => parts.map(([l, s]) => l + s).join(''));
const html = fc
  .array(fc.tuple(fc.constantFrom('p', 'div', 'h2', 'li', 'ul', 'blockquote', 'span', 'script', 'nav'), line), { maxLength: 30 })
  .map((parts) => `<html><body>${parts.map(([t, l]) => `<${t}>${l.replace(/[<>&]/g, ' ')}`).join('')}</body></html>`);

/** Markdown as crawlers write it: marked headings, links, images, emphasis, lists, quotes, tables, fences, hard breaks. */
const mdLine = fc.oneof(
  line,
  line.map((l) => `# ${l}`),
  line.map((l) => `### ${l}`),
  fc.tuple(line, line).map(([t, u]) => `[${t}](/${u.length}) and [![${u}](/i.png)](/x)`),
  line.map((l) => `**${l}** _${l}_ \`${l}\``),
  line.map((l) => `  * ${l}`),
  line.map((l) => `1. ${l}`),
  line.map((l) => `> ${l}`),
  fc.constantFrom('| a | b |\n|---|---|\n| 1 | 2 |', '```\ncode\n```', '```', '* * *', '=====', '-----', '>', '[1]: https://x.example/', 'Markdown Content:', 'Title: x'),
);
const markdown = fc.array(fc.tuple(mdLine, fc.constantFrom('\n', '\n\n', '  \n', '\\\n')), { maxLength: 40 }).map((parts) => parts.map(([l, sep]) => l + sep).join(''));

/** rinse, where refusing the input with an InputError counts as an answer (undefined). */
function rinse(input: string | Uint8Array, options?: RinseOptions) {
  try {
    return rinseRaw(input, options);
  } catch (err) {
    if (err instanceof InputError && err.message.length > 0) return undefined;
    throw err;
  }
}

describe('properties', () => {
  it('text dumps: never throws, valid JSON, deterministic', () => {
    fc.assert(
      fc.property(dump, (text) => {
        const article = rinse(text, { explain: true });
        if (!article) return;
        const a = renderJson(article);
        expect(validateArticle(JSON.parse(a)), JSON.stringify(validateArticle.errors)).toBe(true);
        expect(renderJson(rinse(text, { explain: true }) ?? article)).toBe(a);
        renderMarkdown(article);
      }),
      { numRuns: 300 },
    );
  });

  it('Markdown dumps: never throws, valid JSON, deterministic, read as Markdown when said to be', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        for (const options of [{ explain: true }, { explain: true, inputFormat: 'markdown' as const }]) {
          const article = rinse(text, options);
          if (!article) continue;
          const a = renderJson(article);
          expect(validateArticle(JSON.parse(a)), JSON.stringify(validateArticle.errors)).toBe(true);
          expect(renderJson(rinse(text, options) ?? article)).toBe(a);
          // Read as Markdown, an image gives nothing; said to be Markdown, it is read as such.
          if (article.source.format === 'markdown') expect(JSON.stringify(article.sections.map((sec) => sec.blocks.filter((b) => b.kind !== 'code')))).not.toMatch(/!\[[^\]]*\]\(/);
          if (options.inputFormat) expect(['markdown', 'text']).toContain(article.source.format);
          renderMarkdown(article);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('HTML dumps: never throws, valid JSON, deterministic', () => {
    fc.assert(
      fc.property(html, (page) => {
        const article = rinse(page);
        if (!article) return;
        const a = renderJson(article);
        expect(validateArticle(JSON.parse(a))).toBe(true);
        expect(renderJson(rinse(page) ?? article)).toBe(a);
      }),
      { numRuns: 150 },
    );
  });

  it('a string and its UTF-8 bytes give the same article (or the same refusal)', () => {
    const input = fc.oneof(dump, html, dump.map((d) => `\ufeff${d}\ud800 tail`));
    fc.assert(
      fc.property(input, (text) => {
        const fromString = rinse(text);
        const fromBytes = rinse(Buffer.from(text, 'utf8'));
        expect(fromString === undefined ? undefined : renderJson(fromString)).toBe(fromBytes === undefined ? undefined : renderJson(fromBytes));
      }),
      { numRuns: 200 },
    );
  });

  it("cleaning rinse's own Markdown again keeps the same headline and body", () => {
    fc.assert(
      fc.property(dump, (text) => {
        const article = rinse(text);
        if (!article) return;
        const again = rinse(renderMarkdown(article));
        expect(again?.headline).toBe(article.headline);
        expect(again?.body).toBe(article.body);
      }),
      { numRuns: 300 },
    );
  });

  it('Markdown never carries raw HTML from the dump', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const text = `Headline of the story here\n\n<script>alert(1)</script> ${s} and a long enough sentence for the article body to be found, with words.`;
        const article = rinse(text);
        if (!article) return;
        const md = renderMarkdown(article);
        expect(md).not.toContain('<script>');
      }),
      { numRuns: 100 },
    );
  });
});

/** matchKey as first written (a regex per character): the oracle for the table-driven one. */
function referenceKey(text: string): string {
  const fold: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ک': 'ك', 'ی': 'ي' };
  const arabicMark = (cp: number) => cp === 0x0640 || (cp >= 0x0610 && cp <= 0x061a) || (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 || (cp >= 0x06d6 && cp <= 0x06ed);
  const kept = new Set(['©', '&', '+', '@', '#']);
  let out = '';
  let pending = false;
  for (const ch of text.normalize('NFKD').toLowerCase()) {
    const cp = ch.codePointAt(0) ?? 0;
    let wordish: boolean;
    if (cp < 0x80) wordish = (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39);
    else {
      const vowelSign = /\p{M}/u.test(ch) && ((cp >= 0x0900 && cp <= 0x0dff) || (cp >= 0x0e00 && cp <= 0x0fff) || (cp >= 0x1000 && cp <= 0x109f) || (cp >= 0x1780 && cp <= 0x17ff)) && ![0x093c, 0x09bc, 0x0a3c, 0x0abc, 0x0b3c, 0x0c3c, 0x0cbc].includes(cp);
      if (!vowelSign && (arabicMark(cp) || isInvisible(cp) || /\p{M}/u.test(ch))) continue;
      wordish = vowelSign || /[\p{L}\p{N}]/u.test(fold[ch] ?? ch) || kept.has(ch);
    }
    if (wordish || kept.has(ch)) {
      if (pending && out.length > 0) out += ' ';
      pending = false;
      out += fold[ch] ?? ch;
    } else pending = true;
  }
  return out.normalize('NFC');
}

/** fn gives what ref gives on any text: random Unicode, the alphabet's characters, dump lines. */
function agrees(fn: (t: string) => string, ref: (t: string) => string, alphabet: string): void {
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 }), line);
  fc.assert(
    fc.property(text, (t) => {
      expect(fn(t)).toBe(ref(t));
    }),
    { numRuns: 2000 },
  );
}

describe('matchKey', () => {
  it('gives what the per-character regex version gave, on any text', () => {
    agrees(matchKey, referenceKey, 'أإآٱىةؤئکیاَُِّـ ﻻ٫،©&+@#AbÉé\u200b\u00ad ́x1٣');
    // Indic and Thai: vowel signs and viramas kept, the nukta (़) dropped, the danda (।) separates.
    agrees(matchKey, referenceKey, 'कखज़जािीुेैोौंँ़्।॥१ ংবাোসกาิ่ ');
  });

  it('the same on plain ASCII', () => {
    agrees(matchKey, referenceKey, 'AbZz09&+@#-_. ,!');
  });
});

describe('phrase search', () => {
  it('contained() finds the longest phrase on word boundaries (of two as long, the first)', () => {
    const phrases = new PhraseIndex(LANGUAGE_FILES);
    const cats = ['cookies', 'copyright', 'newsletter', 'credits', 'share', 'related'] as const;
    const keys = [...new Set(cats.flatMap((c) => LANGUAGE_FILES.flatMap((f) => f[c] ?? [])).map((p) => matchKey(p)))];
    const words = [...new Set(keys.flatMap((k) => k.split(' ')))];
    // Whole phrases, phrases glued to a letter ("accept cookiesx": no match, a word boundary is
    // missing), their single words, and other words.
    const piece = fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...keys).map((k) => `${k}x`), fc.constantFrom(...words), fc.constantFrom('x', 'the', 'في', '2026'));
    const key = fc.array(piece, { maxLength: 12 }).map((ps) => ps.join(' '));
    fc.assert(
      fc.property(key, fc.constantFrom(...cats), (k, cat) => {
        let best: { p: string; at: number } | undefined;
        for (const file of LANGUAGE_FILES)
          for (const raw of file[cat] ?? []) {
            const p = matchKey(raw);
            for (let at = k.indexOf(p); at !== -1; at = k.indexOf(p, at + 1)) {
              const bounded = (at === 0 || k[at - 1] === ' ') && (at + p.length === k.length || k[at + p.length] === ' ');
              if (bounded && (!best || p.length > best.p.length || (p.length === best.p.length && at < best.at))) best = { p, at };
            }
          }
        expect(phrases.contained(cat, k)).toBe(best?.p);
      }),
      { numRuns: 1500 },
    );
  });

  it('coveredBy() takes a line whose first word opens a phrase (or is Chinese or Japanese) and whose letters are phrases end to end, spaces left out (glued buttons)', () => {
    const phrases = new PhraseIndex(LANGUAGE_FILES);
    const cats = ['share', 'widgets'] as const;
    const keys = [...new Set(cats.flatMap((c) => LANGUAGE_FILES.flatMap((f) => f[c] ?? [])).map((p) => matchKey(p)))].filter((k) => k.length > 0);
    const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // The oracle: a backtracking regex over the phrases without their spaces.
    const glued = new RegExp(`^(?:${keys.map((k) => escape(k.replaceAll(' ', ''))).sort((a, b) => b.length - a.length).join('|')})+$`, 'u');
    const opens = new Set(keys.map((k) => k.split(' ')[0]));
    // Phrases, glued to each other or not, cut in two, with a stray letter or word.
    const piece = fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...keys).map((k) => k.slice(0, Math.ceil(k.length / 2))), fc.constantFrom('x', 'the', 'في', 'e', 'report'));
    const line = fc.array(fc.tuple(piece, fc.constantFrom(' ', '')), { minLength: 1, maxLength: 8 }).map((ps) => matchKey(ps.map(([p, sep]) => p + sep).join('')));
    fc.assert(
      fc.property(line, (k) => {
        const spaceless = k.replaceAll(' ', '');
        if (k.length === 0 || spaceless.length > 160) return;
        const first = k.split(' ')[0] as string;
        // A Chinese or Japanese first word may itself be glued phrases ("ツイートシェア").
        expect(phrases.coveredBy([...cats], k)).toBe((opens.has(first) || UNSPACED_CHAR.test(first)) && glued.test(spaceless));
      }),
      { numRuns: 3000 },
    );
  });
});

/** tidy as first written (a character at a time): the oracle for the run-slicing one. */
function referenceTidy(text: string): string {
  let out = '';
  let space = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isInvisible(cp)) continue;
    if (ch === ' ' || ch === '\n' || ch === '\r' || isSpaceLike(cp)) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += ch;
  }
  return out.normalize('NFC');
}

describe('tidy', () => {
  it('gives what the character-at-a-time version gave, on any text', () => {
    agrees(tidy, referenceTidy, 'ab ابت\u00a0\u200b\u00ad\t\n\r\u3000\u2009 ');
    // Composed and decomposed letters: é / e + ◌́, ड़ (U+095C) / ड + ़, 가 / ᄀ + ᅡ.
    agrees(tidy, referenceTidy, 'ée\u0301\u095c\u0921\u093c\uac00\u1100\u1161 \u200b');
  });
});

describe('tables and two-column layouts in text dumps', () => {
  const cell = fc.oneof(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 99999 }).map(String), fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 3 }).map((ws) => ws.join(' ')));
  /** Rows of cells padded into columns (left- or right-aligned), one or two spaces apart or more, rows maybe a blank line apart. */
  const grid = fc
    .tuple(fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.boolean())
    .map(([rows, gap, right, spaced]) => {
      const cols = Math.max(...rows.map((r) => r.length));
      const widths = Array.from({ length: cols }, (_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
      const lines = rows.map((r) => r.map((x, c) => (right ? x.padStart(widths[c] ?? 0) : x.padEnd(widths[c] ?? 0))).join(' '.repeat(gap)).trimEnd());
      return lines.join(spaced ? '\n\n' : '\n');
    });
  /** Two columns of words side by side, at a random gutter. */
  const columns = fc
    .tuple(fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 20 }), fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 4 }), { maxLength: 20 }), fc.integer({ min: 20, max: 70 }))
    .map(([left, right, gutter]) => left.map((l, k) => `${l.join(' ').slice(0, gutter - 2).padEnd(gutter)}${(right[k] ?? []).join(' ')}`.trimEnd()).join('\n'));
  const words = (t: string): string[] => t.split(/\s+/).filter(Boolean).sort();

  it('no word is lost or invented, whatever the parser makes of the layout (tables, columns, lines)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(grid, columns, sentence), { minLength: 1, maxLength: 4 }), (parts) => {
        const dump = parts.join('\n\n');
        const blocks = parseText(dump);
        const out = blocks.flatMap((b) => (b.kind === 'table' ? (b.rows ?? []).flat() : b.kind === 'list' ? (b.items ?? []) : [b.text]));
        // List bullets ('•', '*', '-', '1.') are markup, not words.
        const strip = (ws: string[]): string[] => ws.filter((w) => !/^([•*\-+·▪]|\d{1,3}[.)\-–])$/.test(w));
        expect(strip(words(out.join(' ')))).toEqual(strip(words(dump)));
        for (const b of blocks) if (b.kind === 'table') expect(new Set((b.rows ?? []).map((r) => r.length)).size).toBe(1);
      }),
      { numRuns: 400 },
    );
  });
});

describe('repeated text', () => {
  // Paragraphs of distinct words (no run of four words occurs twice by chance).
  const paragraph = fc.uniqueArray(fc.integer({ min: 0, max: 100_000 }), { minLength: 12, maxLength: 40 }).map((ns) => ns.map((n) => `w${n}`).join(' '));
  const block = (text: string) => ({ kind: 'paragraph' as const, text, origin: {} });

  it('a page printed twice: every paragraph of the second copy is a repeat, none of the first', async () => {
    const { repeatedBlocks } = await import('../src/structure/repeats.js');
    fc.assert(
      fc.property(fc.uniqueArray(paragraph, { minLength: 1, maxLength: 8 }), (paras) => {
        const flags = repeatedBlocks([...paras, ...paras].map(block));
        expect(flags.slice(0, paras.length).every((f) => !f)).toBe(true);
        expect(flags.slice(paras.length).every((f) => f)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('a paragraph with a new word at its start or end is never a repeat', async () => {
    const { repeatedBlocks } = await import('../src/structure/repeats.js');
    fc.assert(
      fc.property(paragraph, fc.boolean(), (p, atStart) => {
        const edited = atStart ? `fresh ${p}` : `${p} fresh`;
        expect(repeatedBlocks([block(p), block(edited)])[1]).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
