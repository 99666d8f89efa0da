/**
 * The pipeline for one document: decode → parse → clean → structure → Article.
 * No I/O here: reading files is input/, writing is output/.
 */
import { createHash } from 'node:crypto';
import type { Article, Block, InputFormat, Removal } from './model.js';
import { decode, type DecodeOptions } from './input/decode.js';
import { parseTextDocument, type ParsedText } from './parse/text.js';
import { parseHtml, type ParsedHtml } from './parse/html.js';
import { clean } from './clean/index.js';
import { structure } from './structure/index.js';
import { detectLanguage, directionOf } from './text/lang.js';

export interface RinseOptions {
  /** Path recorded in `source.path` (default "-"). */
  path?: string;
  /** Force the input format; by default it is sniffed from the content. */
  inputFormat?: InputFormat | 'auto';
  /** Keep the list of removals (`removed`) in the article. */
  explain?: boolean;
  /** Refuse inputs (or gzip inflations) larger than this. */
  maxBytes?: number;
}

export function rinse(input: string | Uint8Array, options: RinseOptions = {}): Article {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const decodeOptions: DecodeOptions = { format: options.inputFormat ?? 'auto' };
  if (options.maxBytes !== undefined) decodeOptions.maxBytes = options.maxBytes;
  const decoded = decode(bytes, decodeOptions);

  let blocks: Block[];
  let hints: ParsedHtml['hints'] | undefined;
  let parseRemoved: Removal[] = [];
  let markdown: ParsedText['markdown'];
  if (decoded.format === 'html') {
    const parsed = parseHtml(decoded.text, { explain: options.explain ?? false });
    blocks = parsed.blocks;
    hints = parsed.hints;
    parseRemoved = parsed.removed;
  } else {
    const parsed = parseTextDocument(decoded.text);
    blocks = parsed.blocks;
    markdown = parsed.markdown;
  }
  // rinse's own Markdown is a finished article: cleaning it again must not change it.
  const cleaned = markdown?.rinse ? { blocks, removed: [] } : clean(blocks);
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
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
  };
  if (decoded.repaired) article.source.repaired = `mojibake: ${decoded.repaired.lines} line(s) read again as UTF-8 (had been decoded as ${decoded.repaired.from})`;
  if (options.explain) {
    article.removed = [...parseRemoved, ...cleaned.removed, ...s.removed]
      .map(({ rule, reason, text, origin, detail }) => (detail === undefined ? { rule, reason, text, origin } : { rule, reason, text, origin, detail }))
      .sort((a, b) => (a.origin.line ?? 0) - (b.origin.line ?? 0));
  }
  return article;
}
