/**
 * Property tests: never throws (except the InputError that refuses binary input, with its
 * reason), always valid output, same input → same bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, renderJson, renderMarkdown, rinse as rinseRaw, type RinseOptions } from '../src/index.js';
import { validateArticle } from './helpers/schema.js';

const NOISE = ['spot_img', 'spot_imgspot_img', 'ذات صلة', 'شارك فيسبوك تويتر', 'اترك تعليقاً', '© 2026 جميع الحقوق محفوظة', '  • الرئيسية', 'Related', 'Share', '[          ]', 'By Jane Doe', '12', 'Home > News'];
const WORDS = ['السعودية', 'وزارة', 'الصحة', 'في', 'من', 'على', 'the', 'city', 'council', 'park', 'voted', 'and', 'to', 'of', 'le', 'vélo', 'ville'];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' ') + fc.sample(fc.constantFrom('.', '', ':', '؟'), 1)[0]);
const line = fc.oneof(sentence, fc.constantFrom(...NOISE), fc.string({ maxLength: 60 }), fc.string({ maxLength: 40, unit: 'binary' }));
const dump = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\r\n', '\n  • ')), { maxLength: 40 }).map((parts) => parts.map(([l, s]) => l + s).join(''));
const html = fc
  .array(fc.tuple(fc.constantFrom('p', 'div', 'h2', 'li', 'ul', 'blockquote', 'span', 'script', 'nav'), line), { maxLength: 30 })
  .map((parts) => `<html><body>${parts.map(([t, l]) => `<${t}>${l.replace(/[<>&]/g, ' ')}`).join('')}</body></html>`);

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
