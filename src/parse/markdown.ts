/**
 * Markdown dump → blocks.
 *
 * Crawlers save pages as Markdown (Firecrawl, Jina Reader, crawl4ai, Python's html2text, pandoc):
 * the whole page, its menus and link lists as much as its article, with the page's structure
 * marked. Headings, lists, quotes, tables and code become blocks of their kinds; a paragraph's
 * lines (html2text wraps them) are one paragraph; links give their text and images nothing (an
 * image's alt text never enters the body); emphasis, inline code and escapes give their text.
 * The blocks then go through the same cleaning as a text dump's.
 */
import type { Block, Meta } from '../model.js';
import { tidy } from '../text/normalize.js';
import type { PhysLine } from './lines.js';

/** A link's address in its brackets, one level of brackets in it, maybe with a title: "(url "title")". */
const ADDRESS = `\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+(?:"[^"]*"|'[^']*'|\\([^)]*\\)))?\\s*\\)`;
/** A link or an image with its address: "[text](url)", "![alt](url "title")"; one level of brackets in the text. */
const INLINE_LINK = new RegExp(`(!?)\\[((?:[^[\\]]|\\[[^[\\]]*\\])*)\\]${ADDRESS}`, 'g');
/** An image, its alt text without brackets: "![alt](url)". */
const INLINE_IMAGE = new RegExp(`!\\[[^[\\]]*\\]${ADDRESS}`, 'g');
/** A reference link or image: "[text][ref]", "![alt][ref]". */
const REFERENCE_LINK = /(!?)\[((?:[^[\]]|\[[^[\]]*\])*)\]\[[^\]]*\]/g;
/** An autolink: "<https://…>". */
const AUTOLINK = /<((?:https?|ftp|mailto):[^\s<>]+)>/g;
/** A link reference's definition on its own line: "[1]: https://…". */
const DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
/**
 * Strong and struck text: "**a**", "__a__", "~~a~~". The text holds none of its marks' character,
 * so a line of unclosed marks is read once over, not once for each mark (hostile input).
 */
const STRONG = /\*\*(?=[^\s*])([^*]*?[^\s*])\*\*|__(?=[^\s_])([^_]*?[^\s_])__|~~(?=[^\s~])([^~]*?[^\s~])~~/g;
/** Emphasis: "*a*", and "_a_" not inside a word (snake_case stays). */
const EMPHASIS = /\*(?=[^\s*])([^*]*?[^\s*])\*|(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu;
const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~<"'])/g;
/** An HTML tag a crawler left in the text ("<br>", "<span class=…>"); "<저작권자 ©…>" is none. */
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&nbsp;': ' ' };
const ENTITY = /&(?:amp|lt|gt|quot|apos|nbsp|#39);/g;

/** A line's text without its Markdown: links give their text, images nothing. Counts the links in `links`. */
function inlineText(line: string, counter: { links: number }): string {
  // Images first: one inside a link ("[![logo](/logo.png)](/)") leaves the link's text empty.
  let t = line.indexOf('![') === -1 ? line : line.replace(INLINE_IMAGE, '');
  t = t.replace(INLINE_LINK, (_m, bang: string, text: string) => {
    if (bang) return '';
    counter.links++;
    return text;
  });
  t = t.replace(REFERENCE_LINK, (_m, bang: string, text: string) => {
    if (bang) return '';
    counter.links++;
    return text;
  });
  t = t.replace(AUTOLINK, '$1').replace(TAG, ' ');
  // Code spans keep their text as it is; the rest loses its emphasis marks and escapes.
  const spans: string[] = [];
  t = t.replace(CODE_SPAN, (_m, _ticks: string, code: string) => {
    spans.push(code.trim());
    return `\u0000${spans.length - 1}\u0000`;
  });
  t = t.replace(STRONG, '$1$2$3').replace(EMPHASIS, (_m, star: string | undefined, under: string | undefined) => star ?? under ?? '');
  t = t.replace(ESCAPE, '$1').replace(ENTITY, (e) => ENTITIES[e] ?? e);
  // eslint-disable-next-line no-control-regex -- the placeholders set above
  t = t.replace(/\u0000(\d+)\u0000/g, (_m, k: string) => spans[Number(k)] ?? '');
  return tidy(t);
}

const ATX_HEADING = /^(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^(=+|-+)\s*$/;
const THEMATIC_BREAK = /^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const FENCE = /^(`{3,}|~{3,})/;
const LIST_ITEM = /^([-*+]|\d{1,9}[.)])(?:\s+(.*))?$/;
const QUOTE = /^>\s?(.*)$/;
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

/** Links with their addresses that make a dump Markdown without a heading. */
const MANY_LINKS = 8;
/** Markdown link addresses: "](https://…)", "](/path)", "](#id)". */
const LINK_ADDRESS = /\]\((?:https?:\/\/|\/|#|\.{1,2}\/|mailto:)/g;

/**
 * Is the dump Markdown? Marked headings ("## Title", a blank line above and below; "Title" over
 * "=====" or "-----"), and links with their addresses, which neither w3m nor lynx prints: two "#"
 * headings, a heading and two links, or many links.
 */
function looksLikeMarkdown(phys: readonly PhysLine[]): boolean {
  let atx = 0;
  let underlined = 0;
  let links = 0;
  for (let i = 0; i < phys.length; i++) {
    const l = phys[i] as PhysLine;
    // A heading stands apart, a blank line above and below it; "# a comment" in a code sample
    // stands among the code's lines.
    if (l.indent <= 3 && l.text.charCodeAt(0) === 35 && /^#{1,6}\s+\S/.test(l.text) && !phys[i - 1]?.text.length && !phys[i + 1]?.text.length) atx++;
    else if (l.indent <= 3 && i > 0 && SETEXT_UNDERLINE.test(l.text) && (phys[i - 1] as PhysLine).text.length > 0 && !(phys[i + 1]?.text.length)) underlined++;
    if (l.text.indexOf('](') !== -1) links += l.text.match(LINK_ADDRESS)?.length ?? 0;
    if (atx >= 2 || (atx + underlined >= 1 && links >= 2) || links >= MANY_LINKS) return true;
  }
  return false;
}

/**
 * The line that closes the fence opened at `open` (the same characters, as many or more), or -1.
 * `unclosed` remembers, for each mark, the first line past which none closes it: a later fence
 * of the same marks is not looked for again (a dump of unclosed fences is read once over).
 */
function closingFence(phys: readonly PhysLine[], open: number, marks: string, unclosed: Map<string, number>): number {
  if (open >= (unclosed.get(marks) ?? Infinity)) return -1;
  for (let j = open + 1; j < phys.length; j++) {
    const c = phys[j] as PhysLine;
    if (c.indent <= 3 && c.text.startsWith(marks) && c.text.replace(/[`~]/g, '').trim().length === 0) return j;
  }
  unclosed.set(marks, open);
  return -1;
}

/**
 * Characters of a heading's line that html2text may have wrapped, at the least, and at the most:
 * it wraps at 78 columns, a link's address unbroken (a line with one is longer, or is a teaser's).
 */
const WRAPPED_HEADING = 60;
const WRAP_WIDTH = 80;

/** Does the line go on with a wrapped heading above it: text, no block of its own? */
function continuesHeading(l: PhysLine): boolean {
  const t = l.text;
  return t.length > 0 && l.indent === 0 && !t.startsWith('[') && !FENCE.test(t) && !ATX_HEADING.test(t) && !LIST_ITEM.test(t) && !QUOTE.test(t) && !THEMATIC_BREAK.test(t) && !SETEXT_UNDERLINE.test(t) && !t.startsWith('![') && !t.startsWith('|');
}

/** Cells of a table row: "| a | b |" → ["a", "b"]; a "|" escaped, or inside a link's brackets or address, parts none. */
function cells(row: string): string[] {
  let t = row.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t[k];
    if (c === '\\') k++;
    else if (c === '[' || c === '(') depth++;
    else if ((c === ']' || c === ')') && depth > 0) depth--;
    else if (c === '|' && depth === 0) {
      out.push(t.slice(from, k).trim());
      from = k + 1;
    }
  }
  out.push(t.slice(from).trim());
  return out;
}

/** Blocks after a page's title within which its text begins, and the words of a paragraph of it. */
const TITLE_REACH = 12;
const TEXT_WORDS = 12;

/**
 * A Markdown dump's blocks (see the module's comment), and its headline: its "# " heading that
 * is not a link to the site's home alone (a blog's name over every page, "# [Blog name](/)"), the
 * first that text follows within a few blocks: a site's name set in <h1> over long menus is none,
 * nor are the titles themes give their widgets in <h1>.
 */
function parseMarkdown(phys: readonly PhysLine[], hardBreaks: ReadonlySet<number> = new Set()): { blocks: Block[]; headline?: string } {
  const blocks = markdownBlocks(phys, hardBreaks);
  const titles: number[] = [];
  blocks.forEach((b, k) => {
    if (b.kind === 'heading' && b.level === 1 && !(b.links === 1 && linkAlone(phys, b))) titles.push(k);
  });
  // Text under the title, before the next one: a paragraph, or a list or table that is not one
  // of links (a menu's).
  const content = (b: Block): boolean =>
    b.kind === 'paragraph' ? b.text.split(' ').length >= TEXT_WORDS : (b.kind === 'list' || b.kind === 'table') && (b.links ?? 0) * 2 < (b.items ?? b.rows ?? []).length;
  const textAfter = (k: number, n: number): boolean => blocks.slice(k + 1, Math.min(k + 1 + TITLE_REACH, titles[n + 1] ?? Infinity)).some(content);
  const title = titles.find(textAfter);
  return title === undefined ? { blocks } : { blocks, headline: (blocks[title] as Block).text };
}

/** A site's home: "/", "#", "https://example.com/". */
const HOME_ADDRESS = /^(?:https?:\/\/[^/\s]+)?\/?(?:#.*)?$/;

/**
 * Is the heading's line one link to the site's home and nothing else (a blog's name)? A title
 * linked to its own article ("# [Amazon discounts …](https://…/2019/11/18/…)") is a title.
 */
function linkAlone(phys: readonly PhysLine[], heading: Block): boolean {
  // The lines are numbered in order from the first one's number.
  const line = phys[(heading.origin.line ?? 0) - (phys[0]?.no ?? 0)];
  const m = line ? ATX_HEADING.exec(line.text) : null;
  const inner = (m?.[2] ?? '').trim();
  const address = /\]\(\s*<?([^)\s>]*)/.exec(inner)?.[1];
  return inner.startsWith('[') && inner.endsWith(')') && inner.replace(INLINE_LINK, '').trim().length === 0 && address !== undefined && HOME_ADDRESS.test(address);
}

/** A line wrapped after a word's hyphen (html2text breaks "segunda-|feira"): joined without a space. */
const HYPHEN_END = /\p{L}-$/u;
const LETTER_START = /^\p{L}/u;

/** A paragraph's lines as one text: a space between them, none after a word's hyphen. */
function joined(lines: readonly PhysLine[]): string {
  // The hyphen test reads the last three units written (a letter outside the BMP and its
  // hyphen), kept apart: a regex anchored at the end of the text so far, or a slice of a string
  // built by concatenation, reads all of it again for every line joined.
  const parts: string[] = [];
  let length = 0;
  let tail = '';
  for (const l of lines) {
    const piece = length === 0 ? l.text : HYPHEN_END.test(tail) && LETTER_START.test(l.text) ? l.text : ` ${l.text}`;
    parts.push(piece);
    length += piece.length;
    tail = piece.length >= 3 ? piece.slice(-3) : (tail + piece).slice(-3);
  }
  return parts.join('');
}

function markdownBlocks(phys: readonly PhysLine[], hardBreaks: ReadonlySet<number>): Block[] {
  const blocks: Block[] = [];
  let group = 0;
  let para: PhysLine[] = [];
  const counter = { links: 0 };
  const unclosed = new Map<string, number>();
  const push = (b: Omit<Block, 'origin'>, first: PhysLine, last: PhysLine, links: number, inGroup = group++): void => {
    if (b.text.length === 0) return;
    const block: Block = { ...b, origin: { line: first.no, endLine: last.no, group: inGroup } };
    if (links > 0) block.links = links;
    blocks.push(block);
  };
  // A paragraph, or its lines where hard breaks ("  " or "\\" at a line's end) part them: lines
  // of one group, as a text browser prints a paragraph's <br>s.
  const flush = (): void => {
    if (para.length === 0) return;
    const parts: PhysLine[][] = [[]];
    for (const l of para) {
      (parts[parts.length - 1] as PhysLine[]).push(l);
      if (hardBreaks.has(l.no)) parts.push([]);
    }
    const lines = parts.filter((p) => p.length > 0);
    const inGroup = group++;
    for (const part of lines) {
      counter.links = 0;
      const text = inlineText(joined(part), counter);
      push({ kind: lines.length > 1 ? 'line' : 'paragraph', text }, part[0] as PhysLine, part[part.length - 1] as PhysLine, counter.links, inGroup);
    }
    para = [];
  };
  let i = 0;
  while (i < phys.length) {
    const l = phys[i] as PhysLine;
    const t = l.text;
    if (t.length === 0 || DEFINITION.test(t)) {
      flush();
      i++;
      continue;
    }
    // Code: fenced, or indented four columns outside a paragraph or list.
    const fence = l.indent <= 3 ? FENCE.exec(t) : null;
    const close = fence ? closingFence(phys, i, fence[1] as string, unclosed) : -1;
    // A fence that nothing closes is a stray line, not the rest of the page as code.
    if (fence && close === -1) {
      i++;
      continue;
    }
    if (fence) {
      flush();
      const code: string[] = [];
      for (let j = i + 1; j < close; j++) {
        const c = phys[j] as PhysLine;
        code.push(' '.repeat(Math.max(0, c.indent - l.indent)) + c.text);
      }
      push({ kind: 'code', text: code.join('\n') }, l, phys[close] as PhysLine, 0);
      i = close + 1;
      continue;
    }
    const heading = l.indent <= 3 && t.charCodeAt(0) === 35 ? ATX_HEADING.exec(t) : null;
    if (heading) {
      flush();
      // html2text wraps a long heading too: the line under it, with no blank line between, goes on with it.
      const parts: PhysLine[] = [{ ...l, text: heading[2] ?? '' }];
      let j = i + 1;
      // A title or a section's heading; a list of teasers set as small headings is left as it is.
      const wrapped = (heading[1] as string).length <= 3 && t.length >= WRAPPED_HEADING && t.length <= WRAP_WIDTH && t.indexOf('](') === -1;
      while (wrapped && j < phys.length && continuesHeading(phys[j] as PhysLine)) parts.push(phys[j++] as PhysLine);
      counter.links = 0;
      push({ kind: 'heading', text: inlineText(joined(parts), counter), level: (heading[1] as string).length }, l, phys[j - 1] as PhysLine, counter.links);
      i = j;
      continue;
    }
    // "Title" underlined with "===" or "---" (a one-line paragraph above it).
    if (para.length === 1 && SETEXT_UNDERLINE.test(t) && l.indent <= 3) {
      const title = para[0] as PhysLine;
      para = [];
      counter.links = 0;
      push({ kind: 'heading', text: inlineText(title.text, counter), level: t.startsWith('=') ? 1 : 2 }, title, l, counter.links);
      i++;
      continue;
    }
    if (l.indent <= 3 && THEMATIC_BREAK.test(t)) {
      flush();
      i++;
      continue;
    }
    const quote = l.indent <= 3 ? QUOTE.exec(t) : null;
    if (quote) {
      flush();
      // A quote's paragraphs, parted by its empty lines (">"), each a quote block.
      let lines: PhysLine[] = [];
      const endQuote = (): void => {
        if (lines.length === 0) return;
        counter.links = 0;
        push({ kind: 'quote', text: inlineText(joined(lines), counter) }, lines[0] as PhysLine, lines[lines.length - 1] as PhysLine, counter.links);
        lines = [];
      };
      let j = i;
      while (j < phys.length) {
        const p = phys[j] as PhysLine;
        const q = p.indent <= 3 ? QUOTE.exec(p.text) : null;
        if (!q) break;
        const inner = (q[1] as string).trim();
        if (inner.length === 0) endQuote();
        else lines.push({ no: p.no, indent: 0, text: inner });
        j++;
      }
      endQuote();
      i = j;
      continue;
    }
    const item = LIST_ITEM.exec(t);
    if (item && (para.length === 0 || l.indent > 0 || /^[-*+]$/.test(item[1] as string))) {
      flush();
      const ordered = /\d/.test(item[1] as string);
      const items: string[] = [];
      let current: string[] = [];
      let j = i;
      counter.links = 0;
      const endItem = (): void => {
        if (current.length > 0) {
          const text = inlineText(current.join(' '), counter);
          if (text.length > 0) items.push(text);
        }
        current = [];
      };
      while (j < phys.length) {
        const p = phys[j] as PhysLine;
        const m = LIST_ITEM.exec(p.text);
        if (p.text.length === 0) {
          // A blank line ends the list unless an item of the same kind follows it.
          const next = phys[j + 1];
          const nm = next ? LIST_ITEM.exec(next.text) : null;
          if (!nm || /\d/.test(nm[1] as string) !== ordered) break;
          j++;
          continue;
        }
        if (m && /\d/.test(m[1] as string) === ordered) {
          endItem();
          current.push(m[2] ?? '');
        } else if (p.indent > 0 && current.length > 0 && !FENCE.test(p.text)) current.push(p.text);
        else break;
        j++;
      }
      endItem();
      const block: Omit<Block, 'origin'> = { kind: 'list', text: items.join('\n'), items, ordered };
      if (ordered) block.start = Number.parseInt(item[1] as string, 10);
      push(block, l, phys[j - 1] as PhysLine, counter.links);
      i = j;
      continue;
    }
    // A table: its header row (html2text may wrap it over lines), then a separator row, then
    // rows as the header (its leading "|").
    if (para.length > 0 && t.includes('|') && t.includes('-') && TABLE_SEPARATOR.test(t)) {
      const header = joined(para);
      if (header.includes('|')) {
        const first = para[0] as PhysLine;
        para = [];
        const rows: string[][] = [];
        counter.links = 0;
        rows.push(cells(header).map((c) => inlineText(c, counter)));
        const piped = header.startsWith('|');
        let j = i + 1;
        while (j < phys.length && (piped ? (phys[j] as PhysLine).text.startsWith('|') : (phys[j] as PhysLine).text.includes('|'))) {
          rows.push(cells((phys[j] as PhysLine).text).map((c) => inlineText(c, counter)));
          j++;
        }
        const last = phys[j - 1] as PhysLine;
        // A table of links (teasers laid out in cells) is no table of data: its rows are lines.
        const filled = rows.flat().filter((c) => c.length > 0).length;
        if (counter.links > 0 && counter.links * 2 >= filled) {
          const inGroup = group++;
          for (const row of rows) push({ kind: 'line', text: row.filter((c) => c.length > 0).join(' ') }, first, last, 0, inGroup);
        } else push({ kind: 'table', text: rows.map((r) => r.join('\t')).join('\n'), rows }, first, last, counter.links);
        i = j;
        continue;
      }
    }
    para.push(l);
    i++;
  }
  flush();
  return blocks;
}

/** Jina Reader's header: "Title: …", "URL Source: …", "Published Time: …", then "Markdown Content:". */
const READER_FIELD = /^(Title|URL Source|Published Time|Description|Warning):\s*(.*)$/;
const READER_CONTENT = 'Markdown Content:';
/** Lines of a reader's header at the most. */
const READER_HEADER_LINES = 16;

/** What a crawler's Markdown dump gives: its blocks, the headline it declares, the meta its header tells. */
export interface MarkdownDump {
  blocks: Block[];
  headline?: string;
  meta?: Meta;
}

/**
 * A crawler's Markdown dump, or undefined for a text dump (see looksLikeMarkdown). Jina Reader's
 * header ("Title: …", "URL Source: …", "Published Time: …", "Markdown Content:") gives the
 * headline and meta and is no part of the page. `raws` are the dump's lines as they came, for
 * Markdown's hard line breaks (two spaces or a backslash at a line's end); `known`: the caller
 * says the dump is Markdown (--input-format markdown).
 */
export function readMarkdownDump(raws: readonly string[], phys: readonly PhysLine[], known = false): MarkdownDump | undefined {
  let from = 0;
  const fields = new Map<string, string>();
  for (let i = 0; i < Math.min(phys.length, READER_HEADER_LINES); i++) {
    const t = (phys[i] as PhysLine).text;
    if (t === READER_CONTENT) {
      from = i + 1;
      break;
    }
    const m = READER_FIELD.exec(t);
    if (t.length > 0 && !m) break;
    if (m) fields.set(m[1] as string, (m[2] as string).trim());
  }
  const header = from > 0 && fields.has('Title');
  const body = header ? phys.slice(from) : phys;
  if (!header && !known && !looksLikeMarkdown(body)) return undefined;
  const hardBreaks = new Set<number>();
  const lines: PhysLine[] = body.map((l) => {
    const raw = raws[l.no - 1] ?? '';
    const r = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!/(?: {2}|\\)$/.test(r) || r.trim().length === 0) return l;
    hardBreaks.add(l.no);
    return l.text.endsWith('\\') ? { ...l, text: l.text.slice(0, -1).trimEnd() } : l;
  });
  const read = parseMarkdown(lines, hardBreaks);
  if (!header) return read;
  const meta: Meta = {};
  const url = fields.get('URL Source');
  if (url) meta.url = url;
  const published = fields.get('Published Time');
  if (published) meta.published = published;
  const description = fields.get('Description');
  if (description) meta.description = description;
  const title = fields.get('Title') as string;
  return { blocks: read.blocks, headline: title.length > 0 ? title : read.headline, meta };
}
