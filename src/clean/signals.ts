/**
 * Shared tests on blocks that several rules (and the structure stage) use:
 * what looks like prose, like a headline, like a date, like a form control.
 */
import type { Block } from '../model.js';
import { CLAUSE_SPACED_CHARS, endsSentence, FULL_STOPS, isLetterOrDigit, matchKey, proseMarks, UNSPACED_CHARS } from '../text/normalize.js';
import type { PhraseIndex } from './phrases.js';

const countCache = new Map<string, number>();

/** Words of a text: space-separated runs with at least one letter or digit ("[ ]" has none). */
/**
 * Where the words after a text's last sentence start, `most` words at the most, when the text
 * ends no sentence itself: the line a text browser joined to a paragraph's end ("… يقطعها الراكب.
 * تابعوا آخر الأخبار …", "… ووسائل الإعلام. إعلان"). Undefined when there is no such tail.
 */
export function afterLastSentence(text: string, most: number): number | undefined {
  if (endsSentence(text)) return undefined;
  // Read from the end, a word at a time: a paragraph is not split whole.
  let start = text.length;
  for (let n = 1; n <= most; n++) {
    const sp = text.lastIndexOf(' ', start - 1);
    if (sp <= 0) return undefined;
    const before = text.lastIndexOf(' ', sp - 1);
    if (endsSentence(text.slice(before + 1, sp))) return sp + 1;
    start = sp;
  }
  return undefined;
}

export function wordCount(text: string): number {
  const cached = countCache.get(text);
  if (cached !== undefined) return cached;
  const n = countWords(text);
  if (countCache.size >= 20_000) countCache.clear();
  countCache.set(text, n);
  return n;
}

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9) {
      inWord = false;
      continue;
    }
    if (!inWord) counted = false;
    inWord = true;
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i) ?? c;
      if (cp > 0xffff) i++;
    }
    if (counted) continue;
    if (isLetterOrDigit(cp)) {
      n++;
      counted = true;
    }
  }
  return n;
}

/**
 * Runs of letters of the scripts written without spaces between words, and the characters they
 * count a word per: Chinese and Japanese about two (Korean spaces its words), Thai, Lao, Myanmar
 * and Khmer about four (vowel signs and tone marks among them).
 */
const UNSPACED_RUNS: readonly (readonly [RegExp, number])[] = [
  [new RegExp(`[${UNSPACED_CHARS}]+`, 'g'), 2],
  [new RegExp(`[${CLAUSE_SPACED_CHARS}]+`, 'g'), 4],
];

/**
 * Words, for telling a headline: as wordCount, but a run of letters of a script written without
 * spaces counts a word per few characters (UNSPACED_RUNS), not one in all. Only the headline
 * tests use it: what reads as prose is judged by its own signals for these scripts (stretch.ts).
 */
export function headlineWords(text: string): number {
  let rest = text;
  let unspaced = 0;
  for (const [run, perWord] of UNSPACED_RUNS) {
    run.lastIndex = 0;
    if (!run.test(rest)) continue;
    rest = rest.replace(run, (r) => {
      unspaced += Math.ceil(r.length / perWord);
      return ' ';
    });
  }
  return wordCount(rest) + unspaced;
}

/** A teaser's ending: …, ..., […]. */
export function endsWithEllipsis(text: string): boolean {
  const t = text.trimEnd();
  return t.endsWith('…') || t.endsWith('...') || t.endsWith('[…]') || t.endsWith('[...]');
}

/** Does block `b` start on the line right after block `a` ends (the same blank-line group)? */
export function startsRightAfter(a: Block | undefined, b: Block | undefined): boolean {
  if (!a || !b || a.origin.line === undefined || b.origin.line === undefined) return false;
  return b.origin.line === (a.origin.endLine ?? a.origin.line) + 1;
}

/** A bracketed token without spaces: w3m's image placeholder ("[logo]", "[]"). */
export const PLACEHOLDER = /\[[^\s\]]*\]/;

/** A digit of any script ("2026", "٢٠٢٦", "۱۴۰۵"). */
export const DIGIT = /\p{Nd}/u;

/** A count as pages print it: "0", "1,245", "1٬245", "3.2K". */
export const COUNT = /^[\p{Nd}][\p{Nd},.٬٫]*[kKmM]?$/u;

/** An e-mail address, the whole text. */
export const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

/** Article prose: a long paragraph, or a full sentence of some length. Teasers ending in … are not. */
export function isProse(block: Block | undefined): boolean {
  if (!block || (block.kind !== 'paragraph' && block.kind !== 'line' && block.kind !== 'quote')) return false;
  if (endsWithEllipsis(block.text)) return false;
  const words = wordCount(block.text);
  if (words >= 25) return true;
  // Chinese and Japanese words are counted as headlineWords counts them: a paragraph without a
  // space is not one word. Ten words need twenty characters at least.
  const n = words >= 10 || block.text.length < 20 ? words : headlineWords(block.text);
  if (n >= 25) return true;
  return n >= 10 && endsSentence(block.text) && proseMarks(block.text) >= 1;
}

/** Words of a standfirst, the summary between a headline and its byline, at the most (meta's byline check and structure's standfirst). */
export const STANDFIRST_WORDS = 60;

const FULL_STOP_CHARS = new Set(FULL_STOPS);

/** A short line that could be a headline or a teaser title: 2–30 words, no full stop at the end. */
export function isHeadlineLike(block: Block | undefined): boolean {
  if (!block || (block.kind !== 'paragraph' && block.kind !== 'line' && block.kind !== 'heading')) return false;
  const n = headlineWords(block.text);
  if (n < 2 || n > 30 || block.text.length > 250) return false;
  const t = block.text.trimEnd();
  if (t.endsWith(':') || t.endsWith('：')) return false;
  // A sentence's full stop ends no headline, but for an ellipsis (a teaser's cut headline).
  if (t.endsWith('。')) return false;
  return !FULL_STOP_CHARS.has(t.slice(-1)) || t.endsWith('..') || endsWithEllipsis(t);
}

const LOWER_WORD = /^\p{Ll}/u;
/** An item that opens with a quantity: a figure or a vulgar fraction ("½ cup milk"). */
export const QUANTITY = /^[\p{Nd}½¼¾⅓⅔⅛]/u;

/**
 * Items that read as text rather than as links: half of them or more open with a quantity ("1 cup
 * red lentils") or have a word in lower case after their first ("Community gardens"). Menus, a
 * profile's links and names are capitalised words, handles and addresses ("World News",
 * "@saraheneedleman"). Scripts without case cannot tell.
 */
export function itemsReadAsText(items: readonly string[]): boolean {
  let text = 0;
  for (const it of items) {
    const t = it.trim();
    if (QUANTITY.test(t) || t.split(/\s+/).slice(1).some((w) => LOWER_WORD.test(w))) text++;
  }
  return items.length > 0 && text * 2 >= items.length;
}

/** A list whose items are all short (menu-like, link-list-like). */
export function isShortItemList(block: Block | undefined, maxWords = 4): boolean {
  if (!block || block.kind !== 'list' || !block.items || block.items.length === 0) return false;
  return block.items.every((it) => wordCount(it) <= maxWords && !endsSentence(it));
}

const DIGITS = /^\p{Nd}+$/u;

function isYearOrDayOrTime(token: string): boolean {
  return DIGITS.test(token) && token.length <= 4;
}

/** An ISO 8601 date and time as machines print it ("2019-11-19T08:57:40+01:00"; hidden microdata that text browsers show). */
export const ISO_DATE_TIME = /^\s*(19|20)\d\d-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-][0-2]\d:?[0-5]\d)?\s*$/;

/** A CJK date token: "2026年11月28日", "11月28日", "2026년", "28일". */
const CJK_DATE = /^(\d{2,4}年)?(\d{1,2}月)?\d{1,2}[日号]$|^\d{2,4}年\d{1,2}月$|^\d{1,4}[년월일]$/;
/** A CJK time token: "10時42分", "10点42分", "10時". */
const CJK_TIME = /^\d{1,2}[時点](\d{1,2}分)?$/;

/** A figure of a rating ("4", "5", "32"): a year is no score. */
const SMALL_FIGURE = /^\p{Nd}{1,3}$/u;

/** Does the phrase stand between two small figures in the key ("4 8 out of 5", not "2026 from 10 00")? */
function between(key: string, phrase: string): boolean {
  for (let at = key.indexOf(` ${phrase} `); at !== -1; at = key.indexOf(` ${phrase} `, at + 1)) {
    const before = key.slice(0, at).split(' ').pop() ?? '';
    const after = key.slice(at + phrase.length + 2).split(' ')[0] ?? '';
    if (SMALL_FIGURE.test(before) && SMALL_FIGURE.test(after)) return true;
  }
  return false;
}

const TZ_OFFSET = /^(?:gmt|utc)[+-]\p{Nd}{1,2}$/u;

/** A word of dates ("hours", "ago", "IST") or a date's label ("Published", "अपडेटेड", "شائع"). */
function isDateWord(key: string, phrases: PhraseIndex): boolean {
  return phrases.is('dateWords', key) || phrases.is('dateLabels', key);
}

/**
 * A line that is only a date or time ("الأحد 29 نوفمبر 2026", "Nov. 19, 2019 8:03 am ET",
 * "29/11/2026", "منذ 3 ساعات"): every word is a number, a month, a weekday or a date word.
 */
export function isDateLine(text: string, phrases: PhraseIndex): boolean {
  // Many rules ask it of the same lines: the answers are remembered, per phrase index.
  let cache = dateLineCache.get(phrases);
  if (cache === undefined) {
    cache = new Map();
    dateLineCache.set(phrases, cache);
  }
  const known = cache.get(text);
  if (known !== undefined) return known;
  const answer = readsAsDateLine(text, phrases);
  if (cache.size >= DATE_LINE_CACHE_LIMIT) cache.clear();
  cache.set(text, answer);
  return answer;
}

const dateLineCache = new WeakMap<PhraseIndex, Map<string, boolean>>();
const DATE_LINE_CACHE_LIMIT = 20_000;

function readsAsDateLine(text: string, phrases: PhraseIndex): boolean {
  if (ISO_DATE_TIME.test(text)) return true;
  const key = matchKey(text);
  if (key.length === 0 || key.length > 80) return false;
  const tokens = key.split(' ');
  let numbers = 0;
  let named = 0;
  /** Numbers that are no day, month, hour, minute or year ("5829" in a phone number). */
  let odd = 0;
  /** "منذ 3 ساعات", "3 hours ago", "il y a 2 jours": a relative marker, and units of time (dateWords). */
  let relative = false;
  let units = 0;
  let i = 0;
  outer: while (i < tokens.length) {
    const t = tokens[i] ?? '';
    if (isYearOrDayOrTime(t)) {
      numbers++;
      if (!isDayMonthTimeOrYear(t)) odd++;
      i++;
      continue;
    }
    for (let len = Math.min(3, tokens.length - i); len >= 1; len--) {
      const run = tokens.slice(i, i + len).join(' ');
      if (phrases.is('months', run) || phrases.is('weekdays', run)) {
        named++;
        i += len;
        continue outer;
      }
      if (phrases.is('relativeMarkers', run)) {
        relative = true;
        i += len;
        continue outer;
      }
      if (isDateWord(run, phrases)) {
        units++;
        i += len;
        continue outer;
      }
    }
    // "2026年11月28日", "11月28日" (Chinese, Japanese), "2026년", "28일" (Korean): a date by itself.
    if (CJK_DATE.test(t)) {
      numbers++;
      named++;
      i++;
      continue;
    }
    // A time zone's offset: "GMT+7", "UTC-3", "GMT+05:30" (the key keeps the sign).
    if (TZ_OFFSET.test(t)) {
      units++;
      i++;
      continue;
    }
    // "10時42分" (Japanese), "10点42分" (Chinese): a time.
    if (CJK_TIME.test(t)) {
      numbers++;
      i++;
      continue;
    }
    // "29th", "1er", "14h30", "8am"
    if (/^\p{Nd}{1,2}(st|nd|rd|th|er|h|am|pm)(\p{Nd}{2})?$/u.test(t)) {
      numbers++;
      i++;
      continue;
    }
    return false;
  }
  // Without a month or weekday name, three numbers make a date only when they can be one
  // ("29/11/2026", "2016.12.01 14:05"), not a phone number ("03-5829-8082").
  if (relative && (numbers >= 1 || units >= 1)) return true;
  if (numbers === 0 || (named === 0 && (numbers < 3 || odd > 0))) return false;
  // A figure "out of" or "from" another is a rating or a count ("4.8 out of 5"), though "out" is
  // a month's short name (Portuguese outubro). Asked last: few lines get this far.
  const connector = phrases.contained('countConnectors', key);
  return connector === undefined || !between(key, connector);
}

/** 1–2 digits (a day, month, hour or minute) or a year from 1900 to 2099. */
function isDayMonthTimeOrYear(token: string): boolean {
  if (token.length <= 2) return true;
  if (token.length !== 4) return false;
  const year = Number(token);
  return year >= 1900 && year <= 2099;
}

/** A line made of form controls as w3m and lynx draw them: `[      ]`, `[Post Comment]`, `[ ]`, `____`. */
export function isFormControl(text: string): boolean {
  // lynx: "(BUTTON) Sign up", "(RADIO)", "(CHECKBOX)"
  if ((text.includes('(BUTTON)') || text.includes('(RADIO)') || text.includes('(CHECKBOX)') || text.includes('(submit)')) && wordCount(text) <= 8) return true;
  if (text.indexOf('[') === -1 && text.indexOf('___') === -1) return false;
  const t = text.trim();
  if (t.length === 0 || t.length > 400) return false;
  let inside = 0;
  let depth = 0;
  let emptyBox = false;
  let run = 0;
  let underscores = 0;
  for (const ch of t) {
    if (ch === '[') {
      depth++;
      run = 0;
      continue;
    }
    if (ch === ']') {
      // "[    ]" (a text field, spaces collapsed or not) and "[ ]" (a checkbox) are empty boxes.
      if (depth > 0 && run >= 1) emptyBox = true;
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth > 0) {
      inside++;
      run = ch === ' ' ? run + 1 : -1000;
    }
    if (ch === '_') underscores++;
  }
  if (underscores >= 8 && underscores >= t.length * 0.5) return true;
  // A button: "[Post Comment]", "[إرسال التعليق]" — a few words in brackets, nothing around them.
  const button = t.startsWith('[') && t.endsWith(']') && wordCount(t) <= 4 && t.indexOf('[', 1) === -1 && !endsSentence(t.slice(1, -1));
  return emptyBox || (button && inside >= t.length * 0.6);
}

/** A date line's date, without the words in front of it ("Posted on", "Publié le", "نشر في"). */
/** What separates a date from a count beside it: a dot, bar or bullet between spaces, a dash before a space. */
const DATE_PART_SEPARATOR = / [·|•] |\s?[—–] /;

export function dateText(text: string, phrases: PhraseIndex): string {
  // "7 min read · Nov 18, 2026", "Nov 29, 2026— 6 min read": a reading time or a count beside the
  // date is not part of it.
  const parts = text.trim().split(DATE_PART_SEPARATOR);
  if (parts.length > 1) {
    const dated = parts.filter((p) => !countOnly(p, phrases));
    if (dated.length > 0 && dated.length < parts.length) text = dated.join(' · ');
  }
  const raw = text.trim().split(' ');
  let i = 0;
  while (i < raw.length - 1) {
    const key = matchKey(raw[i] ?? '');
    const pair = matchKey(`${raw[i] ?? ''} ${raw[i + 1] ?? ''}`);
    // "منذ 3 ساعات", "il y a 2 jours": the relative marker is part of the date.
    if (phrases.is('relativeMarkers', key) || phrases.is('relativeMarkers', pair)) break;
    // A label of three words ("mis à jour le").
    const label = phrases.phraseFrom(['dateLabels'], raw, i);
    if (label > 2) {
      i += label;
      continue;
    }
    if (isDateWord(pair, phrases) && !DIGIT.test(pair)) {
      i += 2;
      continue;
    }
    if (key.length === 0 || (isDateWord(key, phrases) && !DIGIT.test(key))) {
      i++;
      continue;
    }
    break;
  }
  return raw.slice(i).join(' ');
}

/** A count and its label only: "7 min read", "12 comments", "1٬245 مشاهدة". */
function countOnly(text: string, phrases: PhraseIndex): boolean {
  const words = matchKey(text).split(' ');
  // "1,245" is two numbers once normalised.
  let i = 0;
  while (i < words.length && /^\p{Nd}+$/u.test(words[i] ?? '')) i++;
  return i > 0 && i < words.length && words.length - i <= 3 && phrases.is('counterLabels', words.slice(i).join(' '));
}

/** A heading's or a contents item's key without its section number ("2.1 Cool and damp" → "cool and damp"). */
export function sectionKey(text: string): string {
  const key = matchKey(text);
  let at = 0;
  while (at < key.length) {
    const sp = key.indexOf(' ', at);
    if (sp === -1 || !/^\p{Nd}{1,2}$/u.test(key.slice(at, sp))) break;
    at = sp + 1;
  }
  return key.slice(at);
}
