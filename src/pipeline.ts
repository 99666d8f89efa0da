/**
 * The pipeline for one document: decode → parse → clean → structure → Article.
 * No I/O here: reading files is input/, writing is output/.
 */
import { createHash } from 'node:crypto';
import type { Article, Block, InputFormat, Meta, Removal } from './model.js';
import { decode, decodeString, type DecodeOptions } from './input/decode.js';
import { parseTextDocument, type ParsedText } from './parse/text.js';
import { parseHtml, type ParsedHtml } from './parse/html.js';
import { clean, defaultPhrases, withoutBylineMarker } from './clean/index.js';
import { structure } from './structure/index.js';
import { detectLanguage, directionOf } from './text/lang.js';
import { documentLines, templateKeys, type DocumentLines, type Profile } from './learn/profile.js';
import { resolveSite } from './learn/site.js';

export interface RinseOptions {
  /** Path recorded in `source.path` (default "-"). */
  path?: string;
  /** Force the input format; by default it is sniffed from the content. */
  inputFormat?: InputFormat | 'auto';
  /** Keep the list of removals (`removed`) in the article. */
  explain?: boolean;
  /** Refuse inputs (or gzip inflations) larger than this. */
  maxBytes?: number;
  /** A learned site-template profile (rinse learn); its lines are removed by rule site-template. */
  profile?: Profile;
  /** The document's site: forced (--site), else the page URL's host, else `folder`. */
  site?: string;
  /** The input's folder, the site when nothing else tells. */
  folder?: string;
  /**
   * The input's sha256 (hex) when the caller has already computed it, as a batch run does for
   * its re-run manifest: `source.sha256` takes it and the input is not hashed a second time.
   */
  sha256?: string;
  /** Filled in with how many blocks and elements were removed (cheaper than `explain`). */
  stats?: { removed: number };
}

interface ParsedDocument {
  /** The input's UTF-8 length and, when asked for, its sha256 (a string's as its UTF-8 encoding). */
  byteLength: number;
  sha256?: string;
  decoded: ReturnType<typeof decode>;
  blocks: Block[];
  hints?: ParsedHtml['hints'];
  metaAfter?: number[];
  parseRemoved: Removal[];
  parseRemovedCount: number;
  markdown?: ParsedText['markdown'];
  /** The headline a crawler's Markdown declares, and the meta its header tells. */
  declaredHeadline?: string;
  declaredMeta?: Meta;
  site: string;
}

/** Scratch space for encoding string inputs (kept up to SCRATCH_MAX bytes between calls). */
let scratch = new Uint8Array(0);
const SCRATCH_MAX = 4 << 20;
const utf8 = new TextEncoder();

/**
 * The UTF-8 length of the input and, for a string of a few MB at the most, its sha256 (`hash`):
 * such a string is encoded once for both (counting its bytes and hashing it apart encodes it
 * twice). A digest the caller has is taken as it is.
 */
function measureInput(input: string | Uint8Array, known: string | undefined, hash: boolean): { byteLength: number; sha256?: string } {
  if (typeof input !== 'string') return { byteLength: input.length, sha256: known };
  // At most three bytes per UTF-16 unit. A long string is counted without a copy (parseDocument
  // hashes it once it has passed the size limit).
  const most = input.length * 3;
  if (known !== undefined || !hash || most > SCRATCH_MAX) return { byteLength: Buffer.byteLength(input, 'utf8'), sha256: known };
  if (scratch.length < most) scratch = new Uint8Array(Math.min(SCRATCH_MAX, Math.max(most, 2 * scratch.length, 64 << 10)));
  const { written } = utf8.encodeInto(input, scratch);
  return { byteLength: written, sha256: createHash('sha256').update(scratch.subarray(0, written)).digest('hex') };
}

/** Decode and parse; `hash`: the input's sha256 is wanted (an Article's source carries it). */
function parseDocument(input: string | Uint8Array, options: RinseOptions, hash: boolean): ParsedDocument {
  const decodeOptions: DecodeOptions = { format: options.inputFormat ?? 'auto' };
  if (options.maxBytes !== undefined) decodeOptions.maxBytes = options.maxBytes;
  const measured = measureInput(input, options.sha256, hash);
  const byteLength = measured.byteLength;
  const decoded = typeof input === 'string' ? decodeString(input, byteLength, decodeOptions) : decode(input, decodeOptions);
  // Bytes, and a long string, are hashed once they have passed the size limit.
  const sha256 = measured.sha256 ?? (hash ? (typeof input === 'string' ? createHash('sha256').update(input, 'utf8') : createHash('sha256').update(input)).digest('hex') : undefined);
  if (decoded.format === 'html') {
    const parsed = parseHtml(decoded.text, { explain: options.explain ?? false });
    return { byteLength, sha256, decoded, blocks: parsed.blocks, hints: parsed.hints, metaAfter: parsed.metaAfter, parseRemoved: parsed.removed, parseRemovedCount: parsed.prunedCount, site: resolveSite(options.site, parsed.hints.meta.url, options.folder) };
  }
  const parsed = parseTextDocument(decoded.text, decoded.format === 'markdown');
  // A crawler's Markdown, found or said, is read as such.
  if (parsed.crawled) decoded.format = 'markdown';
  else if (decoded.format === 'markdown') decoded.format = 'text';
  const doc: ParsedDocument = { byteLength, sha256, decoded, blocks: parsed.blocks, parseRemoved: [], parseRemovedCount: 0, site: resolveSite(options.site, undefined, options.folder) };
  if (parsed.markdown) doc.markdown = parsed.markdown;
  if (parsed.headline !== undefined) doc.declaredHeadline = parsed.headline;
  if (parsed.meta !== undefined) doc.declaredMeta = parsed.meta;
  return doc;
}

/** A document's lines for learning its site's template (rinse learn). */
export function learnLines(input: string | Uint8Array, options: RinseOptions = {}): DocumentLines {
  const doc = parseDocument(input, options, false);
  const texts: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'list') texts.push(...(b.items ?? []));
    else texts.push(b.text);
  }
  return documentLines(doc.site, texts);
}

/**
 * An HTML page's meta, with what its meta lines shown under the headline tell when it declared no
 * date or author and its blocks gave none (and the date it was updated, printed beside them): the lines are read as a text dump's (date lines,
 * bylines, "Publié le … par …"), by the same rules.
 */
function withVisibleMeta(meta: Meta, lines: readonly string[] | undefined): Meta {
  if (!lines || (meta.published && meta.author)) return meta;
  // Each line a group of its own.
  const { removed } = clean(lines.map((text, i) => ({ kind: 'line', text, origin: { line: 2 * i + 1 } })));
  const out = { ...meta };
  for (const r of removed) {
    if (r.meta?.published) out.published ??= r.meta.published;
    if (r.meta?.modified) out.modified ??= r.meta.modified;
    if (r.meta?.author) out.author ??= r.meta.author;
  }
  return out;
}

export function rinse(input: string | Uint8Array, options: RinseOptions = {}): Article {
  const { byteLength, sha256, decoded, blocks, hints, metaAfter, parseRemoved, parseRemovedCount, markdown, declaredHeadline, declaredMeta, site } = parseDocument(input, options, true);
  // rinse's own Markdown is a finished article: cleaning it again must not change it.
  const template = options.profile ? templateKeys(options.profile, site) : undefined;
  const cleaned = markdown?.rinse ? { blocks, removed: [] } : clean(blocks, template ? { template } : {});
  const structureOptions: Parameters<typeof structure>[2] = { findStretch: decoded.format !== 'html' && !markdown };
  if (markdown) {
    // rinse's own Markdown: the "# " line is the headline, or there is none.
    structureOptions.declaredHeadline = true;
    if (markdown.headline) structureOptions.headlineHint = markdown.headline;
  }
  if (declaredHeadline !== undefined) {
    // A crawler's Markdown marks its headline, as a page does with its <h1>.
    structureOptions.headlineHint = declaredHeadline;
    structureOptions.declaredHeadline = true;
    structureOptions.markedHeadline = true;
  }
  if (declaredMeta) structureOptions.meta = declaredMeta;
  if (hints?.headline) {
    structureOptions.headlineHint = hints.headline;
    // The page declares its headline: no other block is taken for it.
    structureOptions.declaredHeadline = true;
  }
  // A byline element's text may still hold its marker in any language ("מאת נועה לוי").
  if (hints?.meta) structureOptions.meta = hints.meta.author ? { ...hints.meta, author: withoutBylineMarker(hints.meta.author, defaultPhrases) } : hints.meta;
  if (metaAfter && metaAfter.length > 0) structureOptions.metaAfter = metaAfter;
  const s = structure(cleaned.blocks, cleaned.removed, structureOptions);

  // A page that declares its language is taken at its word; otherwise the text tells.
  const guess = hints?.lang ? { lang: hints.lang, dir: directionOf(hints.lang) } : detectLanguage(`${s.headline ?? ''}\n${s.body}`);
  const lang = guess.lang;
  const article: Article = {
    headline: s.headline,
    lang,
    dir: guess.dir,
    meta: withVisibleMeta(s.meta, hints?.metaLines),
    sections: s.sections,
    body: s.body,
    source: {
      path: options.path ?? '-',
      format: decoded.format,
      encoding: decoded.encoding,
      bytes: byteLength,
      sha256: sha256 as string,
    },
  };
  if (decoded.repaired) article.source.repaired = `mojibake: ${decoded.repaired.lines} line(s) read again as UTF-8 (had been decoded as ${decoded.repaired.from})`;
  if (options.stats) options.stats.removed = parseRemovedCount + cleaned.removed.length + s.removed.length;
  if (options.explain) {
    article.removed = [...parseRemoved, ...cleaned.removed, ...s.removed]
      .map(({ rule, reason, text, origin, detail }) => (detail === undefined ? { rule, reason, text, origin } : { rule, reason, text, origin, detail }))
      .sort((a, b) => (a.origin.line ?? 0) - (b.origin.line ?? 0));
  }
  return article;
}
