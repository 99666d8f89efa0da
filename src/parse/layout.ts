/**
 * Layouts that text browsers draw with spaces: tables (cells in aligned columns) and pages laid
 * out in two columns side by side. Both are read off the display columns of the characters of a
 * run of lines, taken together.
 */
import { displayWidth, LOWER_START, tidy } from '../text/normalize.js';
import { parseBullet, type PhysLine } from './lines.js';

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
export function tableRuns(lines: readonly PhysLine[]): { start: number; end: number; rows: string[][] }[] {
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
      const columns = columnsOf(filled);
      const table = joinSparse(laid.map((l) => cellsIn(l, columns)), columns);
      if ((table[0]?.length ?? 0) >= TABLE_MIN_COLUMNS && tableLike(table)) runs.push({ start: i, end, rows: table });
    }
    i = end;
  }
  const pairs = pairRuns(lines, runs);
  return pairs.length === 0 ? runs : [...runs, ...pairs].sort((a, b) => a.start - b.start);
}

/** The most words of a key/value table's key (its value is a cell, TABLE_CELL_WORDS). */
const PAIR_KEY_WORDS = 4;

const WRAPPED_END = /[,،、-]$/;

/** A line that may be a row of two short cells: a key and its value ("Battery  40 hours (ANC on)"). */
function mayBePair(line: PhysLine): boolean {
  const t = line.text;
  // Every line of a dump is asked: the cheap refusals first, words counted without a split.
  if (t.length > 2 * TABLE_CELL_WIDTH || t.indexOf(' ') === -1 || t.indexOf('[') !== -1) return false;
  let words = 0;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) !== 32 && (i === 0 || t.charCodeAt(i - 1) === 32)) words++;
  return words >= 2 && words <= PAIR_KEY_WORDS + TABLE_CELL_WORDS && parseBullet(t) === null && displayWidth(t) <= 2 * TABLE_CELL_WIDTH;
}

/**
 * The rows split at display column `gutter` into key and value, when every row has both, each
 * short, and the values line up: all starting at one column (left-aligned, as w3m and lynx draw
 * a cell) or all ending at one (right-aligned figures). Undefined: not a key/value table there.
 */
function pairsAt(laid: readonly Laid[], gutter: number): string[][] | undefined {
  const rows: string[][] = [];
  let starts = -1;
  let ends = -1;
  let sameStart = true;
  let sameEnd = true;
  let padded = false;
  for (const l of laid) {
    let key = '';
    let value = '';
    let keyEnd = -1;
    let valueStart = -1;
    for (let k = 0; k < l.chars.length; k++) {
      const ch = l.chars[k] as string;
      const col = l.cols[k] as number;
      if (col < gutter) {
        key += ch;
        if (ch !== ' ') keyEnd = col;
      } else {
        if (valueStart === -1 && ch !== ' ') valueStart = col;
        value += ch;
      }
    }
    const k = tidy(key);
    const v = tidy(value);
    if (!HAS_WORD.test(k) || !HAS_WORD.test(v) || wordsIn(k) > PAIR_KEY_WORDS || wordsIn(v) > TABLE_CELL_WORDS || displayWidth(v) > TABLE_CELL_WIDTH) return undefined;
    // A key opens with a capital, a figure or a letter of a script without case; a piece of a
    // sentence wrapped in a narrow column opens in lower case ("and other", "sensitive") and may
    // stop at a comma.
    if (LOWER_START.test(k) || WRAPPED_END.test(v)) return undefined;
    // Two spaces or more between the cells somewhere: padded to line up, not words that happen to.
    if (valueStart - keyEnd > 2) padded = true;
    if (starts === -1) starts = valueStart;
    else if (starts !== valueStart) sameStart = false;
    if (ends === -1) ends = l.width;
    else if (ends !== l.width) sameEnd = false;
    rows.push([k, v]);
  }
  return padded && (sameStart || sameEnd) ? rows : undefined;
}

/** The rows as a key/value table's, split at the first white column where that reads as one. */
function pairsOf(laid: readonly Laid[]): string[][] | undefined {
  const filled = new Uint8Array(laid.reduce((w, l) => Math.max(w, l.width), 0));
  for (const l of laid) fill(filled, l);
  // A white column after every row's first character and before every row's last.
  const first = laid.reduce((c, l) => Math.max(c, l.cols[0] ?? 0), 0);
  for (let c = first + 1; c < filled.length; c++) {
    if (filled[c] === 1 || filled[c - 1] === 0) continue;
    if (laid.some((l) => l.width <= c + 1)) return undefined;
    const rows = pairsAt(laid, c);
    if (rows) return rows;
  }
  return undefined;
}

/**
 * Tables of two columns as text browsers draw them: three or more short rows of a key and a value
 * ("Weight    245g", "Battery   40 hours (ANC on)"), a specification or a fact box. Two columns
 * of words also line up by chance (a page laid out in two columns, lines of verse), so the values
 * must line up at one edge, some row must pad its key, and the keys are a few words. At 80 columns
 * w3m may leave a single space after the longest key ("Bluetooth 5.3, multipoint"): the gutter is
 * where no row has a character, taken together. Lines that `taken` holds are not looked at.
 */
function pairRuns(lines: readonly PhysLine[], taken: readonly { start: number; end: number }[]): { start: number; end: number; rows: string[][] }[] {
  const runs: { start: number; end: number; rows: string[][] }[] = [];
  const free = (i: number): boolean => taken.length === 0 || !taken.some((t) => i >= t.start && i < t.end);
  let i = 0;
  while (i < lines.length) {
    // Some row pads its key: a run is looked for only around a line with two spaces inside.
    let p = i;
    while (p < lines.length && ((lines[p] as PhysLine).text.indexOf('  ') === -1 || !free(p))) p++;
    if (p >= lines.length) break;
    if (!mayBePair(lines[p] as PhysLine)) {
      i = p + 1;
      continue;
    }
    let start = p;
    while (start > i && free(start - 1) && mayBePair(lines[start - 1] as PhysLine)) start--;
    let j = p + 1;
    while (j < lines.length && free(j) && mayBePair(lines[j] as PhysLine)) j++;
    i = start;
    // A caption centred over the table, or a short line under it, may run into the rows.
    for (const [s, e] of [[i, j], [i + 1, j], [i, j - 1], [i + 1, j - 1]] as const) {
      const rows = e - s >= TABLE_MIN_ROWS ? pairsOf(lines.slice(s, e).map(layOut)) : undefined;
      if (rows) {
        runs.push({ start: s, end: e, rows });
        break;
      }
    }
    i = j;
  }
  return runs;
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
export function columnRuns(lines: readonly PhysLine[], taken: readonly { start: number; end: number }[]): { start: number; end: number; gutter: number }[] {
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
export function splitColumns(lines: readonly PhysLine[], gutter: number): { left: PhysLine[]; right: PhysLine[] } {
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
