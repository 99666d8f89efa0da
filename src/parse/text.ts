/**
 * Text dump → blocks.
 *
 * A text dump (w3m -dump, lynx -dump, copied page text) is split into groups of non-blank lines.
 * Hard-wrapped dumps (80 columns) are joined back into logical lines: a line continues on the next
 * one when the next line's first word would not have fitted at the wrap width. List items
 * (•, *, -, ·, ▪, numbers in Latin and Arabic-Indic digits) absorb their indented continuation lines.
 */
import type { Block } from '../model.js';
import { displayWidth, isInvisible, isSpaceLike, tidy } from '../text/normalize.js';

interface PhysLine {
  no: number; // 1-based line number
  indent: number;
  text: string; // without indentation, invisible characters removed, trailing space trimmed
}

interface Bullet {
  ordered: boolean;
  /** Width of the marker and the space after it. */
  width: number;
}

const BULLET_CHARS = new Set(['•', '*', '-', '·', '▪', '◦', '●', '■', '–', '○', '►', '▸', '✓', '✔', '+']);

function isDigit(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (ch >= '٠' && ch <= '٩') || (ch >= '۰' && ch <= '۹');
}

/** Recognise a list bullet at the start of a line, without regexes. */
export function parseBullet(text: string): Bullet | null {
  const first = text[0];
  if (first === undefined) return null;
  if (BULLET_CHARS.has(first)) {
    if (text.length === 1) return { ordered: false, width: 1 };
    if (text[1] === ' ') return { ordered: false, width: 2 };
    return null;
  }
  let i = 0;
  while (i < text.length && i < 3 && isDigit(text[i] ?? '')) i++;
  if (i === 0 || i >= text.length) return null;
  const mark = text[i];
  if (mark !== '.' && mark !== ')' && mark !== '-' && mark !== '–') return null;
  if (i + 1 === text.length) return { ordered: true, width: i + 1 };
  if (text[i + 1] !== ' ') return null;
  // "2019 - ..." is not an item; "1. text" and "١- نص" are.
  return { ordered: true, width: i + 2 };
}

/** Does the line hold tabs or invisible/space-like characters that need folding? */
function needsFolding(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0xad || c === 0xfeff || (c >= 0x2000 && c <= 0x206f) || c === 0x3000) return true;
  }
  return false;
}

function cleanLine(raw: string, no: number): PhysLine {
  if (!needsFolding(raw)) {
    const out = raw.trimEnd();
    let indent = 0;
    while (indent < out.length && out.charCodeAt(indent) === 32) indent++;
    return { no, indent, text: indent === 0 ? out : out.slice(indent) };
  }
  let out = '';
  for (const ch of raw) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isInvisible(cp)) continue;
    out += isSpaceLike(cp) ? (cp === 0x09 ? '    ' : ' ') : ch;
  }
  out = out.trimEnd();
  let indent = 0;
  while (indent < out.length && out[indent] === ' ') indent++;
  return { no, indent, text: out.slice(indent) };
}

/**
 * The wrap width of a hard-wrapped dump, or Infinity for a dump with one line per paragraph.
 * Greedy wrapping packs many lines just under the width: the width is the widest band of
 * seven columns that holds many lines (at least half as many as the fullest band), between
 * 60 and 160 columns. Wider lines (a row of a table laid out beside the text) do not move it.
 */
export function wrapWidth(lines: readonly PhysLine[]): number {
  const counts = new Map<number, number>();
  let wide = 0;
  let total = 0;
  for (const l of lines) {
    if (l.text.length === 0 || l.text.indexOf(' ') === -1) continue;
    const w = l.indent + displayWidth(l.text);
    total++;
    if (w > 160) wide++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  // One line per paragraph: long lines with spaces are common.
  if (total === 0 || wide > Math.max(2, total * 0.02)) return Infinity;
  const band = (w: number): number => {
    let n = 0;
    for (let k = w - 6; k <= w; k++) n += counts.get(k) ?? 0;
    return n;
  };
  let best = 0;
  for (let w = 60; w <= 160; w++) best = Math.max(best, band(w));
  if (best < 3) return Infinity;
  for (let w = 160; w >= 60; w--) {
    if (counts.has(w) && band(w) >= Math.max(3, best * 0.5)) return w;
  }
  return Infinity;
}

function firstWordWidth(text: string): number {
  const sp = text.indexOf(' ');
  return displayWidth(sp === -1 ? text : text.slice(0, sp));
}

interface Logical {
  text: string;
  indent: number;
  bullet: Bullet | null;
  first: number;
  last: number;
  /** Width of the last physical line (for the wrap test). */
  lastWidth: number;
  /** Column where an item's text starts. */
  textColumn: number;
}

/**
 * Chinese and Japanese characters and full-width punctuation: scripts written without spaces
 * between words, which w3m wraps between any two characters.
 */
function unspaced(c: number): boolean {
  return (c >= 0x3001 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff01 && c <= 0xffef);
}

function joinText(a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  // A line wrapped inside Chinese or Japanese text had no space at the break.
  if (unspaced(a.charCodeAt(a.length - 1)) && unspaced(b.charCodeAt(0))) return a + b;
  // A word broken with a hyphen at the wrap is not re-joined: the dumps we see break at spaces.
  return `${a} ${b}`;
}

/** Is the line a lynx reference: "  12. https://…" ? */
function referenceNumber(line: PhysLine): number | undefined {
  const t = line.text;
  const dot = t.indexOf('. ');
  if (dot <= 0 || dot > 5) return undefined;
  for (let k = 0; k < dot; k++) if (!isDigit(t[k] ?? '')) return undefined;
  const rest = t.slice(dot + 2);
  return rest.indexOf(' ') === -1 && rest.includes(':') ? Number(t.slice(0, dot)) : undefined;
}

/**
 * A lynx dump ends with "References" and its numbered URLs (and maybe "Visible links" /
 * "Hidden links:"). Returns the index of that heading line, or -1.
 */
function lynxReferences(phys: readonly PhysLine[]): { at: number; count: number } {
  for (let i = phys.length - 1; i >= 0; i--) {
    const t = (phys[i] as PhysLine).text;
    if (t !== 'References' && t !== 'Visible links' && t !== 'Visible links:') continue;
    let refs = 0;
    let other = 0;
    for (let k = i + 1; k < phys.length; k++) {
      const l = phys[k] as PhysLine;
      if (l.text.length === 0 || l.text === 'Hidden links:' || l.text === 'Visible links:') continue;
      if (referenceNumber(l) !== undefined) refs++;
      else other++;
    }
    if (refs > 0 && other <= refs * 0.1) return { at: i, count: refs };
  }
  return { at: -1, count: 0 };
}

/** Remove lynx link markers ("[12]") from a line, counting them. */
function stripMarkers(line: PhysLine, max: number): number {
  const t = line.text;
  if (t.indexOf('[') === -1) return 0;
  let out = '';
  let count = 0;
  let i = 0;
  while (i < t.length) {
    if (t[i] === '[') {
      let k = i + 1;
      while (k < t.length && k - i <= 5 && isDigit(t[k] ?? '')) k++;
      if (k > i + 1 && t[k] === ']' && Number(t.slice(i + 1, k)) <= max) {
        count++;
        i = k + 1;
        continue;
      }
    }
    out += t[i];
    i++;
  }
  line.text = out;
  return count;
}

/**
 * rinse's own Markdown (and Markdown like it): YAML front matter, "# headline", "## heading",
 * "> quote", "- item", with backslash escapes and &lt; &gt; &amp;. Read back into blocks so that
 * cleaning an output again gives the same article.
 */
function isMarkdownArticle(phys: readonly PhysLine[]): number {
  if (phys[0]?.text !== '---' || phys[0]?.indent !== 0) return -1;
  for (let i = 1; i < Math.min(phys.length, 200); i++) {
    const l = phys[i] as PhysLine;
    if (l.text === '---' && l.indent === 0) return i > 1 ? i + 1 : -1;
    // YAML front matter: "key: value", "key:", indented items and continuations.
    if (l.indent === 0 && l.text.length > 0 && !isYamlKeyLine(l.text)) return -1;
  }
  return -1;
}

function isYamlKeyLine(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon <= 0) return false;
  for (let k = 0; k < colon; k++) {
    const c = text.charCodeAt(k);
    const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
    if (!ok) return false;
  }
  return colon === text.length - 1 || text[colon + 1] === ' ';
}

export function unescapeMarkdown(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      out += text[i + 1];
      i++;
    } else if (c === '&') {
      if (text.startsWith('&lt;', i)) {
        out += '<';
        i += 3;
      } else if (text.startsWith('&gt;', i)) {
        out += '>';
        i += 3;
      } else if (text.startsWith('&amp;', i)) {
        out += '&';
        i += 4;
      } else out += c;
    } else out += c;
  }
  return out;
}

function markdownBlocks(phys: readonly PhysLine[], from: number): Block[] {
  const blocks: Block[] = [];
  let group = 0;
  for (const b of groupsToBlocks(phys.slice(from))) {
    const origin = { ...b.origin, group: group++ };
    if (b.kind === 'list') {
      const items = (b.items ?? []).map(unescapeMarkdown);
      blocks.push({ ...b, items, text: items.join('\n'), origin });
      continue;
    }
    const t = b.text;
    let level = 0;
    while (level < t.length && level < 6 && t[level] === '#') level++;
    if (level > 0 && t[level] === ' ') {
      blocks.push({ kind: 'heading', text: unescapeMarkdown(t.slice(level + 1)), level, origin });
    } else if (t.startsWith('> ')) {
      blocks.push({ kind: 'quote', text: unescapeMarkdown(t.slice(2)), origin });
    } else {
      blocks.push({ ...b, kind: 'paragraph', text: unescapeMarkdown(t), origin });
    }
  }
  return blocks;
}

/** Side-by-side lines that make a page laid out in two columns, at the least. */
const COLUMNS_MIN_LINES = 6;
const COLUMNS_MAX_LINES = 400;

/**
 * A page laid out in two columns side by side (table layouts: the article beside a sidebar),
 * which w3m draws line by line across both: the runs of lines, [start, end), with the gutter
 * column where the right column begins. A run grows from a line with a wide gap in it while the
 * lines taken together (their characters' columns) keep a white band from top to bottom; the
 * gutter is the band's right edge. Not columns: a table (taken before), or words that happen to
 * line up: the lines with text on both sides must make most of the run, and their left sides must
 * read like a column's text (several words, most lines near the column's widest, mostly
 * stopping short of the band).
 */
function columnRuns(lines: readonly PhysLine[], taken: readonly { start: number; end: number }[]): { start: number; end: number; gutter: number }[] {
  const runs: { start: number; end: number; gutter: number }[] = [];
  const free = (i: number): boolean => !taken.some((t) => i >= t.start && i < t.end);
  const laidAt = new Map<number, Laid>();
  const lay = (j: number): Laid | undefined => {
    const line = lines[j] as PhysLine;
    if (line.text.length === 0) return undefined;
    let l = laidAt.get(j);
    if (l === undefined) {
      l = layOut(line);
      laidAt.set(j, l);
    }
    return l;
  };
  // Runs that fail are looked at again from their next line; a budget of lines looked at keeps
  // a hostile dump (thousands of lines that could start a run) linear.
  let budget = 8 * lines.length + 1000;
  let i = 0;
  while (i < lines.length && budget > 0) {
    if (!free(i) || !mayStartColumns((lines[i] as PhysLine).text)) {
      i++;
      continue;
    }
    const laid: (Laid | undefined)[] = [];
    let filled = new Uint8Array(0);
    let band: [number, number] | undefined;
    let j = i;
    // A run is looked at for so many lines at most: the work stays linear in the dump.
    for (; j < lines.length && j - i < COLUMNS_MAX_LINES && free(j); j++) {
      budget--;
      const l = lay(j);
      const wider = new Uint8Array(Math.max(filled.length, l?.width ?? 0));
      wider.set(filled);
      if (l) fill(wider, l);
      const b = whiteBand(wider);
      if (!b) break;
      filled = wider;
      band = b;
      laid.push(l);
    }
    if (band && sideBySide(laid, band[1])) {
      runs.push({ start: i, end: j, gutter: band[1] });
      i = j;
    } else i++;
  }
  return runs;
}

/** A run starts at a line with several words, then a wide gap, then more text (most lines are turned away here). */
function mayStartColumns(t: string): boolean {
  const gap = t.indexOf('   ');
  if (gap === -1) return false;
  let words = 1;
  for (let k = 0; k < gap; k++) if (t.charCodeAt(k) === 32 && t.charCodeAt(k + 1) !== 32) words++;
  return words >= 3;
}

/** The widest band of white columns from column 20 on, with filled columns on both sides. */
function whiteBand(filled: Uint8Array): [number, number] | undefined {
  let best: [number, number] | undefined;
  let start = -1;
  for (let c = 20; c < filled.length; c++) {
    if (filled[c] === 0) {
      if (start === -1) start = c;
    } else if (start !== -1) {
      if (!best || c - start > best[1] - best[0]) best = [start, c];
      start = -1;
    }
  }
  return best && filled[best[0] - 1] === 1 ? best : undefined;
}

/** Do the lines read as two columns side by side at the gutter (see columnRuns)? */
function sideBySide(laid: readonly (Laid | undefined)[], gutter: number): boolean {
  let both = 0;
  let leftWidth = 0;
  let widest = 0;
  let padded = 0;
  let first = -1;
  let last = -1;
  laid.forEach((l, k) => {
    const two = twoSided(l, gutter);
    if (!two) return;
    both++;
    leftWidth += two.leftWidth;
    widest = Math.max(widest, two.leftWidth);
    if (two.leftWidth <= gutter - 2) padded++;
    if (first === -1) first = k;
    last = k;
  });
  if (both < COLUMNS_MIN_LINES) return false;
  let spanned = 0;
  for (let k = first; k <= last; k++) if (laid[k] !== undefined) spanned++;
  // The left column's width is its widest line (a wide dump pads a cell far past its text).
  return leftWidth / both >= widest * 0.6 && padded * 2 >= both && both * 5 >= spanned * 2;
}

/** The line's text on both sides of the gutter, with several words on the left: its left width. */
function twoSided(l: Laid | undefined, gutter: number): { leftWidth: number } | undefined {
  if (!l) return undefined;
  let leftEnd = -1;
  let leftWords = 0;
  let right = false;
  for (let k = 0; k < l.chars.length; k++) {
    const c = l.cols[k] as number;
    if (l.chars[k] === ' ') continue;
    if (c >= gutter) {
      right = true;
      break;
    }
    if (k === 0 || l.chars[k - 1] === ' ') leftWords++;
    leftEnd = c + 1;
  }
  return right && leftWords >= 3 ? { leftWidth: leftEnd } : undefined;
}

/** A run of two-column lines → the left column's lines, then the right column's, each as lines of their own. */
function splitColumns(lines: readonly PhysLine[], gutter: number): { left: PhysLine[]; right: PhysLine[] } {
  const left: PhysLine[] = [];
  const right: PhysLine[] = [];
  for (const line of lines) {
    const l = layOut(line);
    let cut = l.chars.length;
    for (let k = 0; k < l.chars.length; k++) {
      if ((l.cols[k] as number) >= gutter) {
        cut = k;
        break;
      }
    }
    const leftText = l.chars.slice(0, cut).join('').trimEnd();
    const rightRaw = l.chars.slice(cut).join('');
    const rightText = rightRaw.trimStart();
    left.push({ no: line.no, indent: leftText.length === 0 ? 0 : line.indent, text: leftText });
    const rightIndent = rightText.length === 0 ? 0 : Math.max(0, (cut < l.cols.length ? (l.cols[cut] as number) : gutter) - gutter + (rightRaw.length - rightText.length));
    right.push({ no: line.no, indent: rightIndent, text: rightText });
  }
  return { left, right };
}

/** Blocks of a dump, a page laid out in two columns read column by column (left, then right). */
function columnsToBlocks(phys: readonly PhysLine[], width: number): Block[] {
  const tables = tableRuns(phys);
  const runs = columnRuns(phys, tables);
  if (runs.length === 0) return groupsToBlocks(phys, width, tables);
  const out: Block[] = [];
  let at = 0;
  for (const run of runs) {
    out.push(...groupsToBlocks(phys.slice(at, run.start), width));
    const { left, right } = splitColumns(phys.slice(run.start, run.end), run.gutter);
    // Each column is wrapped at its own width: the left one just before the gutter, the right
    // one at its widest line.
    const rightWidth = right.reduce((w, l) => Math.max(w, l.indent + displayWidth(l.text)), 0);
    out.push(...groupsToBlocks(left, run.gutter - 1), ...groupsToBlocks(right, rightWidth));
    at = run.end;
  }
  out.push(...groupsToBlocks(phys.slice(at), width));
  return out;
}

/** Blank-line separated groups of lines → blocks, joining lines wrapped at `width`; tables apart. */
function groupsToBlocks(phys: readonly PhysLine[], width = Infinity, tables = tableRuns(phys)): Block[] {
  const out: Block[] = [];
  let group = 0;
  let i = 0;
  let t = 0;
  while (i < phys.length) {
    const table = tables[t];
    if (table && i === table.start) {
      const rows = table.rows;
      out.push({
        kind: 'table',
        text: rows.map((r) => r.join('\t')).join('\n'),
        rows,
        indent: (phys[i] as PhysLine).indent,
        origin: { line: (phys[table.start] as PhysLine).no, endLine: (phys[table.end - 1] as PhysLine).no, group: group++ },
      });
      i = table.end;
      t++;
      continue;
    }
    if ((phys[i]?.text.length ?? 0) === 0) {
      i++;
      continue;
    }
    const start = i;
    const stop = table ? table.start : phys.length;
    while (i < stop && (phys[i]?.text.length ?? 0) > 0) i++;
    emitGroup(phys.slice(start, i), width, group++, out);
  }
  return out;
}

export interface ParsedText {
  blocks: Block[];
  /**
   * The dump is Markdown with front matter: its "# " line is the headline. `rinse` marks rinse's
   * own output (front matter with title, lang, dir and source), which is already clean.
   */
  markdown?: { headline?: string; rinse: boolean };
}

/** Parse a text dump into blocks, telling Markdown articles apart. */
export function parseTextDocument(text: string): ParsedText {
  const phys = text.split('\n').map((raw, i) => cleanLine(raw, i + 1));
  const markdownAt = isMarkdownArticle(phys);
  if (markdownAt === -1) return { blocks: parseLines(phys) };
  const blocks = markdownBlocks(phys, markdownAt);
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  const keys = new Set(phys.slice(1, markdownAt - 1).filter((l) => l.indent === 0).map((l) => l.text.slice(0, l.text.indexOf(':'))));
  const own = ['title', 'lang', 'dir', 'source'].every((k) => keys.has(k));
  return { blocks, markdown: h1 ? { headline: h1.text, rinse: own } : { rinse: own } };
}

/** Parse a text dump into blocks. */
export function parseText(text: string): Block[] {
  return parseTextDocument(text).blocks;
}

function parseLines(lines: PhysLine[]): Block[] {
  let phys = lines;
  const blocks: Block[] = [];
  const refs = lynxReferences(phys);
  const links = new Map<number, number>();
  if (refs.at !== -1) {
    const tail = phys.slice(refs.at);
    const items = tail.filter((l) => referenceNumber(l) !== undefined).map((l) => l.text);
    phys = phys.slice(0, refs.at);
    for (const l of phys) {
      const n = stripMarkers(l, refs.count);
      if (n > 0) links.set(l.no, n);
    }
    blocks.push({
      kind: 'list',
      role: 'references',
      text: items.join('\n'),
      items,
      ordered: true,
      origin: { line: tail[0]?.no ?? 0, endLine: tail[tail.length - 1]?.no ?? 0 },
    });
  }
  const body = columnsToBlocks(phys, wrapWidth(phys));
  if (links.size > 0) {
    for (const b of body) {
      let n = 0;
      for (let l = b.origin.line ?? 0; l <= (b.origin.endLine ?? 0); l++) n += links.get(l) ?? 0;
      if (n > 0) b.links = n;
    }
  }
  // The references list stands last, where lynx put it.
  return [...body, ...blocks];
}

function toLogical(lines: readonly PhysLine[], width: number): Logical[] {
  const out: Logical[] = [];
  for (const line of lines) {
    const bullet = parseBullet(line.text);
    const prev = out[out.length - 1];
    const lineWidth = line.indent + displayWidth(line.text);
    if (prev && !bullet) {
      const itemContinues = prev.bullet !== null && line.indent >= prev.textColumn && line.indent > prev.indent;
      // An indented block (a quote) may have a right margin as wide as its left one (lynx).
      const wrapped =
        width !== Infinity &&
        prev.lastWidth + 1 + firstWordWidth(line.text) > width - line.indent &&
        (prev.bullet ? line.indent === prev.textColumn : line.indent === prev.indent);
      if (itemContinues || wrapped) {
        prev.text = joinText(prev.text, line.text);
        prev.last = line.no;
        prev.lastWidth = lineWidth;
        continue;
      }
    }
    const itemText = bullet ? line.text.slice(bullet.width).trimStart() : line.text;
    out.push({
      text: itemText,
      indent: line.indent,
      bullet,
      first: line.no,
      last: line.no,
      lastWidth: lineWidth,
      textColumn: bullet ? line.indent + bullet.width : line.indent,
    });
  }
  return out;
}

/** A line as a text browser laid it out: each character's display column. */
interface Laid {
  chars: string[];
  cols: number[];
  /** Display columns, indentation included. */
  width: number;
}

function layOut(line: PhysLine): Laid {
  const chars: string[] = [];
  const cols: number[] = [];
  let col = line.indent;
  for (const ch of line.text) {
    chars.push(ch);
    cols.push(col);
    col += displayWidth(ch);
  }
  return { chars, cols, width: col };
}

/**
 * The least rows and columns of a table, and the most its cells may hold. A table's cells are
 * short; a page laid out in two columns (the article beside a sidebar, both wrapped into narrow
 * lines) also lines up, but its "cells" are pieces of sentences, and there are two of them.
 */
const TABLE_MIN_ROWS = 3;
const TABLE_MIN_COLUMNS = 3;
const TABLE_CELL_WIDTH = 40;
const TABLE_CELL_WORDS = 6;
const TABLE_MEAN_WORDS = 3;

/**
 * A line that may be a row: cells padded apart (two spaces or more somewhere inside; most lines
 * are turned away here), each piece between such gaps short, and not a list item ("•  -  Baseball")
 * nor a form field. A sentence with a double space in it has a long piece.
 */
function mayBeRow(line: PhysLine): boolean {
  const t = line.text;
  const gap = t.indexOf('  ');
  if (gap === -1 || parseBullet(t) !== null) return false;
  // The white inside a form field ("Name *[          ]") is not between cells.
  if (t.lastIndexOf('[', gap) > t.lastIndexOf(']', gap)) return false;
  for (const piece of t.split(/ {2,}/)) if (wordsIn(piece) > TABLE_CELL_WORDS || displayWidth(piece) > TABLE_CELL_WIDTH) return false;
  return true;
}

function wordsIn(text: string): number {
  return text.split(' ').filter((w) => w.length > 0).length;
}

/** Mark the columns the line's characters fill (spaces fill none). */
function fill(filled: Uint8Array, laid: Laid): void {
  for (let k = 0; k < laid.chars.length; k++) {
    if (laid.chars[k] === ' ') continue;
    const col = laid.cols[k] as number;
    const next = k + 1 < laid.cols.length ? (laid.cols[k + 1] as number) : laid.width;
    for (let c = col; c < Math.max(next, col + 1) && c < filled.length; c++) filled[c] = 1;
  }
}

/** The columns of a table: runs of filled display columns, [start, end). */
function columnsOf(filled: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let c = 0; c <= filled.length; c++) {
    const on = c < filled.length && filled[c] === 1;
    if (on && start === -1) start = c;
    else if (!on && start !== -1) {
      out.push([start, c]);
      start = -1;
    }
  }
  return out;
}

/** A row's text in each column. */
function cellsIn(laid: Laid, columns: readonly [number, number][]): string[] {
  const cells = columns.map(() => '');
  let k = 0;
  for (let i = 0; i < laid.chars.length; i++) {
    const col = laid.cols[i] as number;
    while (k < columns.length - 1 && col >= (columns[k] as [number, number])[1]) k++;
    cells[k] += laid.chars[i] as string;
  }
  return cells.map((c) => tidy(c));
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * A column that only one row fills is a piece of a wider cell: a header "Top 10" over figures
 * right-aligned under its "10". It joins the nearer column beside it.
 */
function joinSparse(table: string[][], columns: [number, number][]): string[][] {
  let rows = table;
  let cols = columns;
  for (;;) {
    const c = cols.findIndex((_, k) => rows.filter((r) => (r[k] ?? '').length > 0).length <= 1);
    if (c === -1 || cols.length < 2) return rows;
    const gapLeft = c > 0 ? (cols[c] as [number, number])[0] - (cols[c - 1] as [number, number])[1] : Infinity;
    const gapRight = c < cols.length - 1 ? (cols[c + 1] as [number, number])[0] - (cols[c] as [number, number])[1] : Infinity;
    const into = gapLeft < gapRight ? c - 1 : c + 1;
    const [a, b] = into < c ? [into, c] : [c, into];
    cols = [...cols.slice(0, a), [(cols[a] as [number, number])[0], (cols[b] as [number, number])[1]], ...cols.slice(b + 1)];
    rows = rows.map((r) => [...r.slice(0, a), [r[a], r[b]].filter((x) => (x ?? '').length > 0).join(' '), ...r.slice(b + 1)]);
  }
}

/** Cells of a few words, at least two of them with a word or figure in every row, as a table's are. */
function tableLike(rows: readonly (readonly string[])[]): boolean {
  let cells = 0;
  let words = 0;
  for (const row of rows) {
    let filled = 0;
    for (const cell of row) {
      const n = wordsIn(cell);
      if (n > TABLE_CELL_WORDS || displayWidth(cell) > TABLE_CELL_WIDTH) return false;
      if (HAS_WORD.test(cell)) filled++;
      cells++;
      words += n;
    }
    if (filled < 2) return false;
  }
  return cells > 0 && words / cells <= TABLE_MEAN_WORDS;
}

/**
 * Tables as text browsers draw them: three or more rows (lines that may be rows, one after the
 * other or one blank line apart, as w3m draws padded cells) whose characters line up in three or
 * more columns, with white space running down between the columns through every row. Cells may
 * be left- or right-aligned, and at 80 columns w3m leaves a single space between some of them:
 * the columns are where the rows' characters fall, taken together. A page laid out in two
 * columns lines up too, but into two. Returns the runs as [start, end) of `lines`, with their
 * rows of cells.
 */
function tableRuns(lines: readonly PhysLine[]): { start: number; end: number; rows: string[][] }[] {
  const runs: { start: number; end: number; rows: string[][] }[] = [];
  /** The next row after line i: the next line, or the one after a single blank line. */
  const next = (i: number): number => {
    if (i + 1 < lines.length && (lines[i + 1] as PhysLine).text.length > 0) return i + 1;
    if (i + 2 < lines.length && (lines[i + 2] as PhysLine).text.length > 0) return i + 2;
    return -1;
  };
  let i = 0;
  while (i < lines.length) {
    if (!mayBeRow(lines[i] as PhysLine)) {
      i++;
      continue;
    }
    const rows = [i];
    for (let j = next(i); j !== -1 && mayBeRow(lines[j] as PhysLine); j = next(j)) rows.push(j);
    const end = (rows[rows.length - 1] as number) + 1;
    if (rows.length >= TABLE_MIN_ROWS) {
      const laid = rows.map((r) => layOut(lines[r] as PhysLine));
      // A loop, not Math.max(...widths): a table of 300,000 rows is more arguments than a call takes.
      const filled = new Uint8Array(laid.reduce((w, l) => Math.max(w, l.width), 0));
      for (const l of laid) fill(filled, l);
      const table = joinSparse(laid.map((l) => cellsIn(l, columnsOf(filled))), columnsOf(filled));
      if ((table[0]?.length ?? 0) >= TABLE_MIN_COLUMNS && tableLike(table)) runs.push({ start: i, end, rows: table });
    }
    i = end;
  }
  return runs;
}

function emitGroup(lines: readonly PhysLine[], width: number, group: number, blocks: Block[]): void {
  const logical = toLogical(lines, width);
  const nonList = logical.filter((l) => l.bullet === null).length;
  let k = 0;
  while (k < logical.length) {
    const l = logical[k] as Logical;
    if (l.bullet) {
      const items: string[] = [];
      const ordered = l.bullet.ordered;
      const first = l.first;
      let last = l.last;
      while (k < logical.length) {
        const it = logical[k] as Logical;
        if (!it.bullet || it.bullet.ordered !== ordered || it.indent !== l.indent) break;
        items.push(tidy(it.text));
        last = it.last;
        k++;
      }
      blocks.push({
        kind: 'list',
        text: items.join('\n'),
        items,
        ordered,
        indent: l.indent,
        origin: { line: first, endLine: last, group },
      });
      continue;
    }
    blocks.push({
      kind: nonList > 1 ? 'line' : 'paragraph',
      text: tidy(l.text),
      indent: l.indent,
      origin: { line: l.first, endLine: l.last, group },
    });
    k++;
  }
}
