/**
 * The pipeline for one document: decode → parse → clean → structure → Article.
 * No I/O here: reading files is input/, writing is output/.
 */
import { createHash } from 'node:crypto';
import type { Article, Block, InputFormat, Removal } from './model.js';
import { decode, decodeString, type DecodeOptions } from './input/decode.js';
import { parseTextDocument, type ParsedText } from './parse/text.js';
import { parseHtml, type ParsedHtml } from './parse/html.js';
import { clean } from './clean/index.js';
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
  /** The input as given: bytes, or a string (hashed and counted as its UTF-8 encoding). */
  input: string | Uint8Array;
  byteLength: number;
  decoded: ReturnType<typeof decode>;
  blocks: Block[];
  hints?: ParsedHtml['hints'];
  metaAfter?: number[];
  parseRemoved: Removal[];
  parseRemovedCount: number;
  markdown?: ParsedText['markdown'];
  site: string;
}

function parseDocument(input: string | Uint8Array, options: RinseOptions): ParsedDocument {
  const decodeOptions: DecodeOptions = { format: options.inputFormat ?? 'auto' };
  if (options.maxBytes !== undefined) decodeOptions.maxBytes = options.maxBytes;
  const byteLength = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.length;
  const decoded = typeof input === 'string' ? decodeString(input, byteLength, decodeOptions) : decode(input, decodeOptions);
  if (decoded.format === 'html') {
    const parsed = parseHtml(decoded.text, { explain: options.explain ?? false });
    return { input, byteLength, decoded, blocks: parsed.blocks, hints: parsed.hints, metaAfter: parsed.metaAfter, parseRemoved: parsed.removed, parseRemovedCount: parsed.prunedCount, site: resolveSite(options.site, parsed.hints.meta.url, options.folder) };
  }
  const parsed = parseTextDocument(decoded.text);
  const doc: ParsedDocument = { input, byteLength, decoded, blocks: parsed.blocks, parseRemoved: [], parseRemovedCount: 0, site: resolveSite(options.site, undefined, options.folder) };
  if (parsed.markdown) doc.markdown = parsed.markdown;
  return doc;
}

/** A document's lines for learning its site's template (rinse learn). */
export function learnLines(input: string | Uint8Array, options: RinseOptions = {}): DocumentLines {
  const doc = parseDocument(input, options);
  const texts: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'list') texts.push(...(b.items ?? []));
    else texts.push(b.text);
  }
  return documentLines(doc.site, texts);
}

export function rinse(input: string | Uint8Array, options: RinseOptions = {}): Article {
  const { input: given, byteLength, decoded, blocks, hints, metaAfter, parseRemoved, parseRemovedCount, markdown, site } = parseDocument(input, options);
  // rinse's own Markdown is a finished article: cleaning it again must not change it.
  const template = options.profile ? templateKeys(options.profile, site) : undefined;
  const cleaned = markdown?.rinse ? { blocks, removed: [] } : clean(blocks, template ? { template } : {});
  const structureOptions: Parameters<typeof structure>[2] = { findStretch: decoded.format === 'text' && !markdown };
  if (markdown) {
    // rinse's own Markdown: the "# " line is the headline, or there is none.
    structureOptions.declaredHeadline = true;
    if (markdown.headline) structureOptions.headlineHint = markdown.headline;
  }
  if (hints?.headline) {
    structureOptions.headlineHint = hints.headline;
    // The page declares its headline: no other block is taken for it.
    structureOptions.declaredHeadline = true;
  }
  if (hints?.meta) structureOptions.meta = hints.meta;
  if (metaAfter && metaAfter.length > 0) structureOptions.metaAfter = metaAfter;
  const s = structure(cleaned.blocks, cleaned.removed, structureOptions);

  // A page that declares its language is taken at its word; otherwise the text tells.
  const guess = hints?.lang ? { lang: hints.lang, dir: directionOf(hints.lang) } : detectLanguage(`${s.headline ?? ''}\n${s.body}`);
  const lang = guess.lang;
  const article: Article = {
    headline: s.headline,
    lang,
    dir: guess.dir,
    meta: s.meta,
    sections: s.sections,
    body: s.body,
    source: {
      path: options.path ?? '-',
      format: decoded.format,
      encoding: decoded.encoding,
      bytes: byteLength,
      sha256: options.sha256 ?? (typeof given === 'string' ? createHash('sha256').update(given, 'utf8') : createHash('sha256').update(given)).digest('hex'),
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
