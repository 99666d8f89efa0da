/**
 * Finding the article in a page without the DOM: each block is judged from what its text
 * shows (length, sentence punctuation, share of stop words, link markers, runs of short items),
 * and the article is the one main stretch of prose — the contiguous run of blocks with the
 * largest balance of article text over boilerplate (a maximum-sum subarray). Boilerplate islands
 * inside the stretch are dropped; short article lines between prose paragraphs are kept.
 */
import type { Block } from '../model.js';
import type { PhraseIndex } from '../clean/phrases.js';
import { endsSentence, isClauseSpaced, isLetterOrDigit, matchKey, SENTENCE_ENDS } from '../text/normalize.js';
import { DIGIT, endsWithEllipsis, QUANTITY, wordCount } from '../clean/signals.js';

export type BlockClass = 'good' | 'near' | 'short' | 'bad';

export interface Judgement {
  cls: BlockClass;
  /** The signal that decided, for --explain. */
  signal: string;
  /** Weight in the stretch search: article text counts for, boilerplate against. */
  value: number;
  /** The block is a list. */
  list?: boolean;
  /** The block repeats text shown before it (see repeats.ts). */
  repeat?: boolean;
  /** A list of quantities (a recipe's ingredients): data of the article, not a menu. */
  data?: boolean;
  /** Numbered steps: a list of whole sentences under numbers (a recipe's method, a how-to); under a heading, article text. */
  steps?: boolean;
  /** A short line that heads data or steps ("Ingredients", "Instructions"). */
  heads?: boolean;
  /** A line printed right under the line before it, in its group: one box with it (a list without bullets). */
  joined?: boolean;
}

/** Was the block judged article prose (good or near)? */
export function judgedProse(j: Judgement | undefined): boolean {
  return j?.cls === 'good' || j?.cls === 'near';
}

const SENTENCE_MARKS = new Set([...SENTENCE_ENDS].map((c) => c.charCodeAt(0)));
const CLAUSE_MARKS = new Set([',', '،', ';', '؛', '、', '，', ':'].map((c) => c.charCodeAt(0)));

/**
 * A letter of the scripts whose prose is judged by its letters rather than its words: Chinese and
 * Japanese and Thai and its neighbours (no spaces between words), Korean Hangul (words of a
 * syllable or two).
 */
function isUnspaced(cp: number): boolean {
  return (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3) || isClauseSpaced(cp);
}


interface TextSignals {
  chars: number;
  words: number;
  stopDensity: number;
  sentences: number;
  clauses: number;
  /** Letters of the scripts whose prose is judged by its letters (isUnspaced): CJK, Thai, Lao, Myanmar, Khmer. */
  cjk: number;
  /** Link markers per word ([12] in lynx dumps). */
  linkDensity: number;
}

/** Signals are read on at most this many characters and scaled up: bounded work on huge blocks. */
const SAMPLE = 20_000;

export function textSignals(full: string, phrases: PhraseIndex, links = 0): TextSignals {
  const text = full.length > SAMPLE ? full.slice(0, SAMPLE) : full;
  const scale = full.length / Math.max(1, text.length);
  let sentences = 0;
  let clauses = 0;
  let cjk = 0;
  // Letters, digits and the spaces between words: runs of symbols (━━━, ····) are not text.
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i) ?? cp;
      if (cp > 0xffff) i++;
    }
    if (SENTENCE_MARKS.has(cp)) sentences++;
    else if (CLAUSE_MARKS.has(cp)) clauses++;
    else if (isUnspaced(cp)) cjk++;
    // Thai and its neighbours mark a clause's end with a space, not a comma.
    else if (cp === 32 && i > 0 && isClauseSpaced(text.charCodeAt(i - 1)) && isClauseSpaced(text.charCodeAt(i + 1))) clauses++;
    if (cp === 32 || isLetterOrDigit(cp)) chars++;
  }
  // Stop words are counted on a sample: a 30 MB single-line dump is not split into millions of words.
  const key = matchKey(text);
  let stops = 0;
  let tokens = 0;
  for (let start = 0; start < key.length; ) {
    let end = key.indexOf(' ', start);
    if (end === -1) end = key.length;
    tokens++;
    if (phrases.is('stopwords', key.slice(start, end))) stops++;
    start = end + 1;
  }
  const words = wordCount(text);
  return {
    chars: Math.round(chars * scale),
    words: Math.round(words * scale),
    stopDensity: tokens === 0 ? 0 : stops / tokens,
    sentences: Math.round(sentences * scale),
    clauses: Math.round(clauses * scale),
    cjk: Math.round(cjk * scale),
    linkDensity: words === 0 ? 0 : links / (words * scale),
  };
}

/** Judge one block: article text (good, near), neutral (short) or boilerplate (bad). */
export function judge(block: Block, phrases: PhraseIndex): Judgement {
  if (block.kind === 'table') return judgeTable(block, phrases);
  if (block.kind === 'list') {
    const items = block.items ?? [];
    const words = items.reduce((n, it) => n + wordCount(it), 0);
    const avg = items.length === 0 ? 0 : words / items.length;
    const s = textSignals(block.text, phrases, block.links ?? 0);
    if (s.linkDensity > 0.3) return { cls: 'bad', signal: `list of links (${Math.round(s.linkDensity * 100)}% link markers)`, value: -Math.max(50, s.chars) };
    // Numbered steps, every one a whole sentence (a recipe's method): a list of sentences, which
    // becomes article text like a paragraph under a line that heads it ("Instructions"; see
    // judgeAll). Most-read lists are numbered sentences too ("Headline Excerpt."), under a label.
    if (block.ordered && items.length >= 2 && avg >= STEP_WORDS && items.filter(wholeSentence).length * 3 >= items.length * 2) return { cls: 'near', signal: `${items.length} numbered steps`, value: s.chars / 4, list: true, steps: true };
    // Short items that open with a quantity ("4 salmon fillets, skin on", "½ cup milk"): the
    // article's data, neither text nor a menu.
    if (avg <= QUANTITY_ITEM_WORDS && items.filter((it) => QUANTITY.test(it)).length * 3 >= items.length * 2 && items.length >= 2) return { cls: 'short', signal: `list of ${items.length} quantities`, value: -10, data: true };
    // A list of sentences belongs to the article it stands in, but does not make one: lists of
    // teasers (headline and excerpt) look the same.
    if (avg >= 10 && (s.stopDensity >= 0.15 || s.clauses + s.sentences >= items.length)) return { cls: 'near', signal: `list of sentences (${avg.toFixed(0)} words an item)`, value: s.chars / 4, list: true };
    if (avg <= 4) return { cls: 'bad', signal: `run of ${items.length} short items (${avg.toFixed(1)} words each)`, value: -Math.max(40, s.chars) };
    return { cls: 'short', signal: `list of ${items.length} items`, value: -20 };
  }
  const s = textSignals(block.text, phrases, block.links ?? 0);
  if (s.linkDensity > 0.5 && s.words >= 2) return { cls: 'bad', signal: `mostly links (${Math.round(s.linkDensity * 100)}% link markers)`, value: -Math.max(50, s.chars) };
  // No spaces to count words by: sentence marks and length decide. A paragraph of one or two
  // sentences is short in characters; a whole sentence still counts.
  if (s.cjk >= 5 && s.cjk * 3 >= s.chars && wholeSentence(block.text) && s.sentences >= 1 && s.cjk < 60) return { cls: 'near', signal: `a CJK sentence (${s.cjk} characters)`, value: s.chars };
  if (s.cjk >= 20) {
    if (s.cjk >= 60 && s.sentences + s.clauses >= 1) return { cls: 'good', signal: `${s.cjk} CJK characters in sentences`, value: s.chars * 2 };
    return { cls: 'short', signal: 'short CJK line', value: -10 };
  }
  const prose = s.sentences + s.clauses >= 1;
  // Article paragraphs stand alone between blank lines; lines packed together in one group
  // (teasers with their dates, link lists, menus) weigh less.
  const packed = block.kind === 'line' ? 0.15 : 1;
  const judged = judgeProse(s, prose, wholeSentence(block.text), block.text);
  return judged.value > 0 ? { ...judged, value: judged.value * packed } : judged;
}

/**
 * A table is the article's own when it holds figures (results, standings, prices, polls): it
 * counts for the stretch it stands in like a list of sentences, without opening or closing one.
 * A table of words alone (a grid of links) counts for nothing.
 */
function judgeTable(block: Block, phrases: PhraseIndex): Judgement {
  const rows = block.rows ?? [];
  let cells = 0;
  let figures = 0;
  for (const row of rows)
    for (const cell of row) {
      cells++;
      if (DIGIT.test(cell)) figures++;
    }
  const s = textSignals(block.text, phrases, block.links ?? 0);
  if (s.linkDensity > 0.3) return { cls: 'bad', signal: `table of links (${Math.round(s.linkDensity * 100)}% link markers)`, value: -Math.max(50, s.chars) };
  // A table of two columns, keys and their values, is a fact box: the article's data where it
  // stands among the paragraphs, but beside the lead (an encyclopedia's infobox) no start of it.
  if ((rows[0]?.length ?? 0) === 2) return { cls: 'short', signal: `table of ${rows.length} keys and values`, value: 0, list: true };
  if (figures >= cells * 0.25) return { cls: 'near', signal: `table of ${rows.length} rows with figures`, value: s.chars / 3, list: true };
  return { cls: 'short', signal: `table of ${rows.length} rows of words`, value: 0, list: true };
}

/** Words of a quantity item, on average, at the most. */
const QUANTITY_ITEM_WORDS = 6;
/** Words of a numbered step, on average, at the least. */
const STEP_WORDS = 8;

/** A whole sentence: it ends with a full stop or a question or exclamation mark, not with "…" (teasers do). */
export function wholeSentence(text: string): boolean {
  return endsSentence(text) && !endsWithEllipsis(text);
}

/** Numbers in a text: runs of digits. */
function figures(text: string): number {
  return text.match(FIGURES)?.length ?? 0;
}
const FIGURES = /\p{Nd}+/gu;

/** Words of a whole sentence with a clause inside that reads as prose without stop words, at the least. */
const CLAUSED_SENTENCE_WORDS = 10;

function judgeProse(s: TextSignals, prose: boolean, sentence: boolean, text: string): Judgement {
  if (s.words >= 25 && (s.stopDensity >= 0.2 || (prose && s.stopDensity >= 0.1))) return { cls: 'good', signal: `${s.words} words, ${Math.round(s.stopDensity * 100)}% stop words`, value: s.chars };
  if (s.words >= 12 && prose && s.stopDensity >= 0.15) return { cls: 'near', signal: `${s.words} words of prose`, value: s.chars / 2 };
  if (s.words >= 25 && prose) return { cls: 'near', signal: `${s.words} words, few stop words`, value: s.chars / 3 };
  if (s.words >= 5 && s.stopDensity === 0 && !prose) return { cls: 'bad', signal: `${s.words} words without a stop word or punctuation (names, links)`, value: -Math.max(30, s.chars / 2) };
  // Wire and tabloid copy: one short sentence a paragraph ("The blaze broke out on Tuesday night.").
  // Arabic writes many function words as prefixes (و، ب، ل، ال), and Turkish as suffixes
  // ("uygulamasından", "edebileceği"), so fewer of their words are stop words: a longer whole
  // sentence needs fewer of them, and one of a dozen words or more only one.
  if (sentence && ((s.words >= 6 && s.stopDensity >= 0.2) || (s.words >= 8 && s.stopDensity >= 0.08) || (s.words >= 12 && s.stopDensity > 0))) return { cls: 'near', signal: `a short sentence (${s.words} words)`, value: s.chars / 4 };
  // Hebrew writes its little words as prefixes too, and a language without a stop-word list
  // shows none: a whole sentence of ten words or more with a clause inside reads as prose, unless
  // figures make a quarter of its words (a row of statistics: "DL Larry Ogunjobi 63 85% 1 tackle
  // (1 combined). 1 sack, 1 TFL, 2 QH.").
  if (sentence && s.words >= CLAUSED_SENTENCE_WORDS && s.clauses >= 1 && figures(text) * 4 < s.words) return { cls: 'near', signal: `a sentence with a clause (${s.words} words)`, value: s.chars / 4 };
  return { cls: 'short', signal: `short line (${s.words} words)`, value: -Math.min(40, 8 + s.chars / 8) };
}

/**
 * The main stretch: [start, end) of the maximum-sum run of judged blocks, then cut at the first
 * wide gap (three or more blocks in a row that are not prose) after which less than half as much
 * text follows: an article is continuous, teasers and comments further down are not part of it.
 */
export function mainStretch(judgements: readonly Judgement[]): { start: number; end: number } | undefined {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < judgements.length; i++) {
    const v = (judgements[i] as Judgement).value;
    if (sum <= 0) {
      sum = v;
      start = i;
    } else sum += v;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i + 1;
    }
  }
  if (bestStart === -1) return undefined;
  // Segments of the stretch, split at gaps of three or more non-prose blocks.
  const segments: { start: number; end: number; sum: number }[] = [];
  let segStart = bestStart;
  let gap = 0;
  let segSum = 0;
  for (let i = bestStart; i < bestEnd; i++) {
    const j = judgements[i] as Judgement;
    // Lists of sentences neither open nor close a gap: teaser lists look like them. Neither do
    // a list of quantities and the short line that heads it or the article's steps.
    if ((j.cls === 'near' && j.list) || j.data || j.heads) continue;
    const prose = judgedProse(j);
    // Lines one under the other in one group are one box: a list without its bullets (copied
    // page text) is one gap block, as a bulleted list is.
    if (!prose && j.joined) continue;
    if (prose) {
      if (gap >= 3 && segSum > 0) {
        segments.push({ start: segStart, end: i - gap, sum: segSum });
        segStart = i;
        segSum = 0;
      }
      gap = 0;
      segSum += Math.max(0, j.value);
    } else gap++;
  }
  segments.push({ start: segStart, end: bestEnd - gap, sum: segSum });
  const top = segments.reduce((a, b) => (b.sum > a.sum ? b : a));
  let from = segments.indexOf(top);
  let to = from;
  const sumAt = (k: number): number => segments[k]?.sum ?? 0;
  // A weaker segment is taken when a strong one follows it: a listicle's items, each a paragraph
  // between a product's name and its shop button, are parts of one article. So is a short one
  // that, with the one beyond it, weighs nearly half as much as the top: a call to action in the
  // middle of a post ("GET THE QUIZ: INSTANT DOWNLOAD!") and the headings after it cut the
  // article's second half in two.
  const joins = (k: number, beyond: number): boolean => sumAt(k) >= top.sum * 0.3 || (sumAt(k) >= top.sum * 0.15 && sumAt(beyond) >= top.sum * 0.3) || (sumAt(k) > 0 && sumAt(k) + sumAt(beyond) >= top.sum * 0.45);
  while (from > 0 && joins(from - 1, from - 2)) from--;
  while (to < segments.length - 1 && joins(to + 1, to + 2)) to++;
  let first = (segments[from] as { start: number }).start;
  let last = (segments[to] as { end: number }).end;
  // The article begins and ends with its own prose, not with a list of teasers.
  const edge = (j: Judgement | undefined): boolean => j !== undefined && (j.cls === 'good' || (j.cls === 'near' && !j.list));
  while (first < last - 1 && !edge(judgements[first])) first++;
  while (last > first + 1 && !edge(judgements[last - 1])) last--;
  return { start: first, end: last };
}
