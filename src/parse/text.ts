/**
 * Text dump → blocks.
 *
 * A text dump (w3m -dump, lynx -dump, copied page text) is split into groups of non-blank lines.
 * Hard-wrapped dumps (80 columns) are joined back into logical lines: a line continues on the next
 * one when the next line's first word would not have fitted at the wrap width. List items
 * (•, *, -, ·, ▪, numbers in Latin and Arabic-Indic digits) absorb their indented continuation lines.
 * Tables and pages laid out in two columns are found first (layout.ts).
 */
import type { Block, Meta } from '../model.js';
import { displayWidth, isInvisible, isLetterOrDigit, isSpaceLike, tidy } from '../text/normalize.js';
import { isDigit, parseBullet, type Bullet, type PhysLine } from './lines.js';
import { columnRuns, splitColumns, tableRuns } from './layout.js';
import { readMarkdownDump } from './markdown.js';

export { parseBullet } from './lines.js';

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
 * 60 and 160 columns, at a column that many lines reach. Wider lines (a row of a table laid out beside the text) do not move it.
 */
export function wrapWidth(lines: readonly PhysLine[], measure: Measure = displayWidth): number {
  const counts = new Map<number, number>();
  let wide = 0;
  let wideProse = 0;
  let total = 0;
  for (const l of lines) {
    if (l.text.length === 0) continue;
    // A line without a space is one word, unless it holds wide (CJK) characters: Japanese and
    // Chinese run without spaces, and text browsers wrap them between any two characters. Only
    // widths of 60 columns and more count, which need 30 characters at least.
    const text = printed(l);
    const spaced = text.indexOf(' ') !== -1;
    if (!spaced && text.length < 30) continue;
    const dw = displayWidth(text);
    if (!spaced && dw === text.length) continue;
    const w = l.indent + (measure === displayWidth ? dw : measure(text));
    total++;
    if (w > 160) {
      wide++;
      if (wordsOver(text, WIDE_PROSE_WORDS)) wideProse++;
    }
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  // One line per paragraph: long lines with spaces are common. Two paragraphs of prose on a line
  // each are enough: no text browser wraps prose past 160 columns (a short article's dump has
  // no more, and its link markers or its menus may make a band of lines below that).
  if (total === 0 || wide > Math.max(2, total * 0.02) || wideProse >= 2) return Infinity;
  // The lines of a wrapped paragraph end within a word's length of the width: a band of seven
  // columns at 80, wider at 120 (where a short article has few such lines to go by).
  const reach = (w: number): number => Math.max(6, Math.round(w / 12));
  const band = (w: number): number => {
    let n = 0;
    for (let k = w - reach(w); k <= w; k++) n += counts.get(k) ?? 0;
    return n;
  };
  let best = 0;
  for (let w = 60; w <= 160; w++) best = Math.max(best, band(w));
  if (best < 3) return Infinity;
  // The width itself is reached by many lines, not by a stray one (a long word, a line of a
  // table): a quarter as many as the fullest column of its band at least.
  const peak = (w: number): number => {
    let n = 0;
    for (let k = w - reach(w); k <= w; k++) n = Math.max(n, counts.get(k) ?? 0);
    return n;
  };
  for (let w = 160; w >= 60; w--) {
    const n = counts.get(w) ?? 0;
    if (n > 0 && band(w) >= Math.max(3, best * 0.5) && n >= Math.min(2, peak(w)) && n >= peak(w) * 0.25) return w;
  }
  // A short dump's few wrapped lines may each end at a column of its own (lynx at 110 columns:
  // 99, 99, 100, 101, 102): the widest line of the fullest band is the width.
  if (best < SHORT_DUMP_BAND) for (let w = 160; w >= 60; w--) if ((counts.get(w) ?? 0) > 0 && band(w) === best) return w;
  return Infinity;
}

/** Lines of the fullest band of line ends under which a dump is a short one (see wrapWidth). */
const SHORT_DUMP_BAND = 10;

/** Words of a wide line that make it a paragraph of prose, at the least. */
const WIDE_PROSE_WORDS = 20;

/** Has the text more than `n` words (spaces between non-spaces), counted no further than that? */
function wordsOver(text: string, n: number): boolean {
  let words = 0;
  for (let i = 1; i < text.length; i++) if (text.charCodeAt(i) === 32 && text.charCodeAt(i - 1) !== 32 && ++words >= n) return true;
  return false;
}

/** Characters of a line that a text browser wrapped in characters, at the most. */
const MAX_CHARACTER_WRAP = 80;

/** How a text browser measured a line when it wrapped it: in display columns, or in characters (lynx with CJK). */
type Measure = (text: string) => number;

/**
 * How a dump was wrapped: the width, how lines were measured, and how a wrapped line is joined
 * to the next (`full`: the line reached the width, so the break may be inside a word).
 */
interface Wrap {
  width: number;
  measure: Measure;
  join: (a: string, b: string, full: boolean) => string;
}

/** One line per paragraph: nothing to join. */
const UNWRAPPED: Wrap = { width: Infinity, measure: displayWidth, join: joinText };
const characters: Measure = (text) => text.length;

/**
 * The wrap width and how it was measured. w3m measures lines in display columns (a CJK
 * character takes two); lynx counts characters: a dump of Chinese or Japanese whose width no
 * band of display columns gives is measured again in characters.
 */
function wrapOf(lines: readonly PhysLine[], lynx: boolean): { width: number; measure: Measure } {
  const width = wrapWidth(lines);
  if (width !== Infinity) {
    // Chinese or Japanese with figures and Latin letters in it, wrapped by lynx, spreads over a
    // band of columns too; counted in characters its wrapped lines all reach one width. The
    // measure that brings more lines to its width is the browser's.
    const inCharacters = lynx ? wrapWidth(lines, characters) : Infinity;
    if (inCharacters !== Infinity && atWidth(lines, inCharacters, characters) > atWidth(lines, width, displayWidth)) return { width: inCharacters, measure: characters };
    return { width, measure: displayWidth };
  }
  // lynx counts characters where w3m counts columns: a CJK character takes two columns, a
  // combining mark none (Hindi's and Bengali's vowel signs). A dump with such characters whose
  // width no band of columns gives is measured again in characters; only a dump with no line
  // wider than a wrapped one can be (lynx wraps at 80 characters at most, 160 columns of CJK),
  // a wide dump has long lines.
  let uneven = false;
  // Every line within the browsers' default width, and how many long enough to have been wrapped.
  let fits = true;
  let long = 0;
  for (const l of lines) {
    const dw = l.indent + displayWidth(printed(l));
    if (dw > MAX_CHARACTER_WRAP * 2) return { width, measure: displayWidth };
    if (dw !== l.indent + printed(l).length) uneven = true;
    if (dw > DUMP_WIDTH) fits = false;
    else if (dw >= BROKEN_LINE) long++;
  }
  const inCharacters = uneven ? wrapWidth(lines, characters) : Infinity;
  if (inCharacters !== Infinity) return { width: inCharacters, measure: characters };
  // A short article has too few wrapped lines for a band, but its breaks still tell the width:
  // in a lynx dump (lynx always wraps; in characters), or in a short dump whose every line fits
  // in 80 columns (w3m's default width), where a wide dump has its paragraphs' long lines.
  const measure = lynx ? characters : displayWidth;
  const short = fits && long <= SHORT_DUMP_LINES;
  const broken = lynx || short ? breakWidth(lines, measure) : Infinity;
  return broken === Infinity ? { width, measure: displayWidth } : { width: broken, measure };
}

/** Lines that reach the width, or fall one short of it (a wide character did not fit), by the measure. */
function atWidth(lines: readonly PhysLine[], width: number, measure: Measure): number {
  let n = 0;
  for (const l of lines) {
    const w = l.indent + measure(printed(l));
    if (w === width || w === width - 1) n++;
  }
  return n;
}

/** Columns of a wrapped line at the most, in a dump at lynx's and w3m's default width (80). */
const DUMP_WIDTH = 80;
/** Columns of a line that breakWidth takes for wrapped, at the least: a shorter one ends its paragraph. */
const BROKEN_LINE = 60;

/** Lines of BROKEN_LINE columns or more in a short dump (every line within DUMP_WIDTH), at the most. */
const SHORT_DUMP_LINES = 8;

/**
 * The width that every break inside a group of long lines agrees with (two breaks, or one at 80 columns):
 * a wrapped line reaches the width at most, and the next line's first word would have gone past
 * it ("… to convert the abandoned rail" at 73 columns, "yard" next: 73 to 77 columns). Lines
 * that no single width explains give none.
 */
function breakWidth(lines: readonly PhysLine[], measure: Measure): number {
  let least = 0;
  let most = DUMP_WIDTH;
  let breaks = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i] as PhysLine;
    const b = lines[i + 1] as PhysLine;
    if (a.text.length === 0 || b.text.length === 0 || b.no !== a.no + 1 || a.indent !== b.indent || parseBullet(b.text)) continue;
    const w = a.indent + measure(printed(a));
    if (w < BROKEN_LINE) continue;
    least = Math.max(least, w);
    most = Math.min(most, w + firstWordWidth(printed(b), measure));
    breaks++;
  }
  // One break is enough when the next word would have passed the default width itself.
  return (breaks >= 2 || (breaks === 1 && most >= DUMP_WIDTH)) && least <= most ? least : Infinity;
}

/** The space a break stood for: none beside a Chinese or Japanese character, else one. */
function breakGap(before: string, after: string): number {
  return unspaced(before.charCodeAt(before.length - 1)) || unspaced(after.charCodeAt(0)) ? 0 : 1;
}

function firstWordWidth(text: string, measure: Measure): number {
  // A text browser may break a line before any Chinese or Japanese character: such a character
  // ends the first word, and one that opens the line is a word of its own.
  let end = 0;
  while (end < text.length && text.charCodeAt(end) !== 32 && !(unspaced(text.charCodeAt(end)) && end > 0)) {
    if (unspaced(text.charCodeAt(end++))) break;
  }
  return measure(text.slice(0, end));
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

const COMBINING_START = /^\p{M}/u;

function joinText(a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  // A line wrapped inside Chinese or Japanese text had no space at the break, whatever stands
  // on the other side of it (w3m breaks "每小时|160公里", "，“|现在"); nor had one that starts
  // with a combining mark (lynx breaks Thai before a vowel sign: "เด|ิม").
  if (unspaced(a.charCodeAt(a.length - 1)) || unspaced(b.charCodeAt(0)) || COMBINING_START.test(b)) return a + b;
  // Nor had one right after an opening bracket ("2027.[1][" / "citation needed]").
  const last = a.charCodeAt(a.length - 1);
  if (last === 0x28 || last === 0x5b || last === 0x7b) return a + b;
  // A word broken with a hyphen at the wrap is not re-joined: the dumps we see break at spaces.
  return `${a} ${b}`;
}

/** Hangul syllables and letters: Korean. */
function hangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

/**
 * A w3m dump's join. w3m wraps Korean as it wraps Chinese, between any two syllables, inside a
 * word as readily as after one, and prints no space at the break: a full line broken between
 * two Hangul syllables is joined without a space, the likelier reading (a word of Korean runs to
 * three or four syllables, so a break falls inside one about three times in four: "…잇는 오" /
 * "륙도선 트램이…"), and so is one between a figure and the syllable after it, its counter or
 * unit. lynx breaks Korean at its spaces (joinText).
 */
function w3mJoin(a: string, b: string, full: boolean): string {
  if (!full || !hangul(b.charCodeAt(0))) return joinText(a, b);
  const last = a.charCodeAt(a.length - 1);
  // A figure and its counter are one word too ("6|분", "2026|년").
  return hangul(last) || (last >= 0x30 && last <= 0x39) ? a + b : joinText(a, b);
}

/** Characters of a line of text, at the least, for its indent to tell the browser. */
const TEXT_LINE_CHARS = 30;
/** Such lines indented as lynx indents a paragraph, at the least. */
const LYNX_INDENTED_LINES = 3;

/**
 * lynx sets a paragraph's lines three columns in; w3m sets them at the margin. A dump whose lines
 * of text are more often three columns in than at the margin is lynx's (with -nolist it has no
 * references to say so).
 */
function indentedAsLynx(phys: readonly PhysLine[]): boolean {
  let lynx = 0;
  let margin = 0;
  for (const l of phys) {
    if (l.text.length < TEXT_LINE_CHARS) continue;
    if (l.indent === 3) lynx++;
    else if (l.indent === 0) margin++;
  }
  return lynx >= LYNX_INDENTED_LINES && lynx > margin;
}

/** Is the line a reference: lynx's "  12. https://…", or w3m's "[12] https://…" (-o display_link_number=1)? */
function referenceNumber(line: PhysLine): number | undefined {
  const t = line.text;
  const w3m = t.charCodeAt(0) === 0x5b;
  const from = w3m ? 1 : 0;
  const end = t.indexOf(w3m ? '] ' : '. ');
  if (end <= from || end > from + 5) return undefined;
  for (let k = from; k < end; k++) if (!isDigit(t[k] ?? '')) return undefined;
  const rest = t.slice(end + 2);
  return rest.indexOf(' ') === -1 && rest.includes(':') ? Number(t.slice(from, end)) : undefined;
}

/**
 * A lynx dump ends with "References" and its numbered URLs (and maybe "Visible links" /
 * "Hidden links:"), and so does a w3m dump with its link numbers shown ("References:"). Returns
 * the index of that heading line, or -1, and whether w3m printed it.
 */
function lynxReferences(phys: readonly PhysLine[]): { at: number; count: number; w3m?: boolean } {
  for (let i = phys.length - 1; i >= 0; i--) {
    const t = (phys[i] as PhysLine).text;
    if (t === 'References:' && (phys[i] as PhysLine).indent === 0) {
      const refs = phys.slice(i + 1).filter((l) => l.text.length > 0);
      // w3m lists only some of its numbered links (none for a page's own anchors): the markers
      // run up to the highest number listed.
      if (refs.length > 0 && refs.every((l) => l.text.charCodeAt(0) === 0x5b && referenceNumber(l) !== undefined)) return { at: i, count: refs.reduce((most, l) => Math.max(most, referenceNumber(l) as number), 0), w3m: true };
    }
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
  // Where the last marker ended: a "[1]" right after a marker is its link's text (a footnote's
  // number, "[15][1]"), not another marker.
  let after = -1;
  while (i < t.length) {
    if (t[i] === '[' && i !== after) {
      let k = i + 1;
      while (k < t.length && k - i <= 5 && isDigit(t[k] ?? '')) k++;
      if (k > i + 1 && t[k] === ']' && Number(t.slice(i + 1, k)) <= max) {
        count++;
        i = k + 1;
        after = i;
        continue;
      }
    }
    out += t[i];
    i++;
  }
  if (count > 0) line.printed = t;
  line.text = out;
  return count;
}

/** A line's text as the browser printed it, link markers and all: what its wrap measured. */
function printed(line: PhysLine): string {
  return line.printed ?? line.text;
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
  for (const b of groupsToBlocks(phys.slice(from), UNWRAPPED, undefined, false)) {
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

/** Blocks of a dump, a page laid out in two columns read column by column (left, then right). */
function columnsToBlocks(phys: readonly PhysLine[], wrap: Wrap): Block[] {
  const tables = tableRuns(phys);
  const runs = columnRuns(phys, tables);
  if (runs.length === 0) return groupsToBlocks(phys, wrap, tables);
  const out: Block[] = [];
  // Columns are laid out in display columns.
  const inColumns = (width: number): Wrap => ({ ...wrap, width, measure: displayWidth });
  let at = 0;
  for (const run of runs) {
    out.push(...groupsToBlocks(phys.slice(at, run.start), inColumns(wrap.width)));
    const { left, right } = splitColumns(phys.slice(run.start, run.end), run.gutter);
    // Each column is wrapped at its own width: the left one just before the gutter, the right
    // one at its widest line.
    const rightWidth = right.reduce((w, l) => Math.max(w, l.indent + displayWidth(l.text)), 0);
    out.push(...groupsToBlocks(left, inColumns(run.gutter - 1)), ...groupsToBlocks(right, inColumns(rightWidth)));
    at = run.end;
  }
  out.push(...groupsToBlocks(phys.slice(at), inColumns(wrap.width)));
  return out;
}

/** Blank-line separated groups of lines → blocks, joining lines wrapped at `width`; tables apart. */
/** `browser`: the lines are a text browser's (its <sup> carets go); rinse's own Markdown is not. */
function groupsToBlocks(phys: readonly PhysLine[], wrap: Wrap, tables = tableRuns(phys), browser = true): Block[] {
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
    if (table && i === table.start && i - start === 1 && captionOver(phys[start] as PhysLine, phys.slice(table.start, table.end))) {
      const line = phys[start] as PhysLine;
      out.push({ kind: 'paragraph', text: tidy(line.text), role: 'caption', origin: { line: line.no, group: group++ } });
      continue;
    }
    emitGroup(phys.slice(start, i), wrap, group++, out, browser);
  }
  return out;
}

/** Words of a table's caption at the most. */
const TABLE_CAPTION_WORDS = 10;

/**
 * A table's caption as w3m draws it: a short line of its own right over the rows (no blank line
 * between), set in from their left edge and not past their right one (centred over the table).
 */
function captionOver(line: PhysLine, rows: readonly PhysLine[]): boolean {
  if (tidy(line.text).split(' ').length > TABLE_CAPTION_WORDS) return false;
  let left = Infinity;
  let right = 0;
  for (const r of rows) {
    if (r.text.length === 0) continue;
    left = Math.min(left, r.indent);
    right = Math.max(right, r.indent + displayWidth(r.text));
  }
  // w3m centres it over the table's full width, padding included: about, not exactly, over the rows.
  return line.indent > left + 1 && line.indent + displayWidth(line.text) <= right + 2;
}

export interface ParsedText {
  blocks: Block[];
  /**
   * The dump is Markdown with front matter: its "# " line is the headline. `rinse` marks rinse's
   * own output (front matter with title, lang, dir and source), which is already clean.
   */
  markdown?: { headline?: string; rinse: boolean };
  /** The headline a crawler's Markdown dump declares: its reader header's title, or its one "# " heading. */
  headline?: string;
  /** What a crawler's Markdown header tells (Jina Reader's URL and time). */
  meta?: Meta;
  /** The dump was read as a crawler's Markdown. */
  crawled?: boolean;
}

/**
 * Parse a text dump into blocks, telling Markdown articles and crawlers' Markdown apart
 * (`markdown`: the caller says it is a crawler's Markdown).
 */
export function parseTextDocument(text: string, markdown = false): ParsedText {
  const raws = text.split('\n');
  const phys = raws.map((raw, i) => cleanLine(raw, i + 1));
  const markdownAt = isMarkdownArticle(phys);
  if (markdownAt === -1) {
    const crawled = readMarkdownDump(raws, phys, markdown);
    if (!crawled) return { blocks: parseLines(phys) };
    const out: ParsedText = { blocks: crawled.blocks, crawled: true };
    if (crawled.headline !== undefined) out.headline = crawled.headline;
    if (crawled.meta !== undefined) out.meta = crawled.meta;
    return out;
  }
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
  // lynx says so with its references, or (-nolist) with its indent.
  const lynx = (refs.at !== -1 && !refs.w3m) || indentedAsLynx(phys);
  const wrap = wrapOf(phys, lynx);
  const body = columnsToBlocks(phys, { ...wrap, join: !lynx && wrap.measure === displayWidth ? w3mJoin : joinText });
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

/** A rule across the page: three or more characters and no letter or digit (w3m's ━━━ for <hr>, lynx's ____). */
function isRule(text: string): boolean {
  if (text.length < 3) return false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (isLetterOrDigit(cp)) return false;
    if (cp > 0xffff) i++;
  }
  return true;
}

function toLogical(lines: readonly PhysLine[], { width, measure, join }: Wrap): Logical[] {
  const out: Logical[] = [];
  let afterRule = false;
  for (const line of lines) {
    const bullet = parseBullet(line.text);
    const prev = out[out.length - 1];
    const lineWidth = line.indent + measure(printed(line));
    const rule = isRule(line.text);
    // A rule stands alone: it is not the wrapped end of the line above, nor is the line under
    // it its continuation.
    const joinable = !rule && !afterRule;
    afterRule = rule;
    if (prev && !bullet && joinable) {
      const itemContinues = prev.bullet !== null && line.indent >= prev.textColumn && line.indent > prev.indent;
      // An indented block (a quote) may have a right margin as wide as its left one (lynx).
      const wrapped =
        width !== Infinity &&
        prev.lastWidth + breakGap(prev.text, line.text) + firstWordWidth(printed(line), measure) > width - line.indent &&
        (prev.bullet ? line.indent === prev.textColumn : line.indent === prev.indent);
      if (itemContinues || wrapped) {
        prev.text = join(prev.text, line.text, prev.lastWidth >= width - 1);
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

/**
 * w3m prints a <sup> with a caret: "shift^[1]", "housing.^1", "m^2", "2027.^[citation needed]".
 * The page's text has no caret ("shift[1]", "m2"), and neither does the article: a text dump and
 * its HTML say the same.
 */
const SUP_CARET = /\^(?=\[|\d)/g;

function withoutSupCarets(text: string): string {
  return text.indexOf('^') === -1 ? text : text.replace(SUP_CARET, '');
}

/** A form control as lynx prints it, maybe with its label: "(BUTTON)", "(BUTTON) Follow", "(CHECKBOX)". */
const LYNX_CONTROL = /^\((?:BUTTON|RADIO|CHECKBOX|submit)\)(?: \S+){0,3}$/;

function emitGroup(lines: readonly PhysLine[], wrap: Wrap, group: number, blocks: Block[], browser: boolean): void {
  const sup = browser ? withoutSupCarets : (t: string): string => t;
  const logical = toLogical(lines, wrap);
  // A button lynx printed under a paragraph ("(BUTTON)", "(BUTTON) Follow") does not make it a
  // line packed with others.
  const nonList = logical.filter((l) => l.bullet === null && !LYNX_CONTROL.test(l.text)).length;
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
        if (!it.bullet || it.bullet.ordered !== ordered) break;
        // Numbers are right-aligned (" 9." above "10."): an ordered list keeps its text column.
        if (ordered ? it.indent + it.bullet.width !== l.indent + l.bullet.width : it.indent !== l.indent) break;
        items.push(tidy(sup(it.text)));
        last = it.last;
        k++;
      }
      const list: Block = { kind: 'list', text: items.join('\n'), items, ordered, indent: l.indent, origin: { line: first, endLine: last, group } };
      if (ordered && l.bullet.number !== undefined) list.start = l.bullet.number;
      blocks.push(list);
      continue;
    }
    blocks.push({
      kind: nonList > 1 ? 'line' : 'paragraph',
      text: tidy(sup(l.text)),
      indent: l.indent,
      origin: { line: l.first, endLine: l.last, group },
    });
    k++;
  }
}
