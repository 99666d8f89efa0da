/**
 * Text normalisation shared by every stage.
 *
 * `matchKey` is the form phrase lists are matched on: Unicode NFKC, lower case, letter variants
 * folded (Arabic أ إ آ ٱ → ا, ى → ي, ة → ه; Turkish ı → i), tatweel and diacritics dropped, punctuation at the
 * edges dropped, whitespace collapsed. It never uses a backtracking regex: only character classes
 * applied once per character.
 */

/**
 * Letters that are one letter for matching. Arabic spelling varies in its hamza, alif maqsura
 * and ta marbuta (and Persian keyboards give their kaf and yeh). Turkish dotless ı is what the
 * upper case I of "KASIM" lowers to without the Turkish locale, so "Kasım" and "KASIM" meet at
 * "kasim" (the dotted İ loses its dot as a mark).
 */
const LETTER_FOLD: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ئ': 'ي',
  'ک': 'ك',
  'ی': 'ي',
  'ı': 'i',
};

/**
 * A combining mark of the Indic scripts (Devanagari to Sinhala), Thai, Lao, Tibetan, Myanmar or
 * Khmer: their vowel signs and viramas are letters of the word, not accents ("का", "की", "के"
 * and "को" are four words, "जून" is not "जन"), so keys keep them. The nukta is dropped like an
 * accent: "ज़्यादा" and "ज्यादा" are spellings of one word.
 */
function isVowelSign(cp: number): boolean {
  if (cp < 0x0900 || cp > 0x17ff || NUKTAS.has(cp)) return false;
  const script = cp <= 0x0dff || (cp >= 0x0e00 && cp <= 0x0fff) || (cp >= 0x1000 && cp <= 0x109f) || cp >= 0x1780;
  return script && isCombining(cp);
}
const NUKTAS = new Set([0x093c, 0x09bc, 0x0a3c, 0x0abc, 0x0b3c, 0x0c3c, 0x0cbc]);

function isArabicMark(cp: number): boolean {
  return (
    cp === 0x0640 || // tatweel
    (cp >= 0x0610 && cp <= 0x061a) ||
    (cp >= 0x064b && cp <= 0x065f) ||
    cp === 0x0670 ||
    (cp >= 0x06d6 && cp <= 0x06ed)
  );
}

/** Invisible characters that scrapes carry and that never mean anything in a dump. */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0x200b || // zero width space
    cp === 0x200e || // LRM
    cp === 0x200f || // RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    cp === 0x2060 || // word joiner
    cp === 0xfeff || // BOM / ZWNBSP
    cp === 0x00ad // soft hyphen
  );
}

/** Space-like characters folded to a plain space: no-break and typographic spaces, tabs and other C0 controls. */
export function isSpaceLike(cp: number): boolean {
  return cp === 0x00a0 || cp === 0x202f || cp === 0x2007 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x3000 || (cp < 0x20 && cp !== 0x0a) || cp === 0x7f || (cp >= 0x80 && cp < 0xa0);
}

/**
 * A code point's test by a regex of one character class, without running the regex for every
 * character: its answers for the BMP are remembered in a table (0 unknown, 1 yes, 2 no).
 */
function rememberedTest(re: RegExp): (cp: number) => boolean {
  const table = new Uint8Array(0x10000);
  return (cp) => {
    if (cp > 0xffff) return re.test(String.fromCodePoint(cp));
    let v = table[cp];
    if (v === 0) {
      v = re.test(String.fromCharCode(cp)) ? 1 : 2;
      table[cp] = v;
    }
    return v === 1;
  };
}

const letterOrDigitAbove = rememberedTest(/[\p{L}\p{N}]/u);

/** Is the code point a letter or a digit (Unicode L or N)? */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return letterOrDigitAbove(cp);
}

const upperCaseAbove = rememberedTest(/\p{Lu}/u);

/** Is the code point an upper-case letter (Unicode Lu)? */
export function isUpperCase(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return upperCaseAbove(cp);
}

/** Letters and digits (isLetterOrDigit) are word characters, marks are dropped, the rest separates. */
const MARK = /\p{M}/u;
/** Is the code point a combining mark (Unicode M)? */
const isCombining = rememberedTest(MARK);
/** Symbols that carry meaning in phrase lists (©, &, +, @, #). */
const KEPT_SYMBOL = new Set(['©', '&', '+', '@', '#']);

/** What tidy would change: C0/C1 controls, NBSP, soft hyphen, BOM, the U+2000 block, ideographic space, and a space at an end or beside another. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const NEEDS_TIDY = /[\u0000-\u001f\u007f-\u00a0\u00ad\ufeff\u2000-\u206f\u3000]|^ | $| {2}/;

/** isInvisible's characters, dropped by tidy (a regex twin of it; the property tests hold them together). */
const INVISIBLE_RUN = /[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]+/g;
/** isSpaceLike's characters with space, LF and CR: each run becomes one space. */
// eslint-disable-next-line no-control-regex -- control characters are space-like
const SPACE_RUN = /[\u0000-\u0020\u007f-\u00a0\u2000-\u200a\u202f\u3000]+/g;

/**
 * Clean one line of a dump for output: invisible characters dropped, space-like characters
 * folded, runs of spaces collapsed, ends trimmed, in Unicode's composed form (NFC): a text
 * browser may print a letter another way than the page wrote it (w3m prints ड़ as U+095C, which
 * NFC writes ड + ़, as the page does), and the same text must come out the same.
 */
export function tidy(text: string): string {
  // Fast path: nothing to fold (no runs of spaces, line breaks, tabs or invisible characters),
  // asked of a native regex rather than a character loop.
  const clean = !NEEDS_TIDY.test(text);
  if (clean) return composed(text);
  // The slow path is native regexes too: a character loop is what a cold process pays most
  // for, and the text of every HTML block comes here (source line breaks, indentation).
  const folded = text.replace(INVISIBLE_RUN, '').replace(SPACE_RUN, ' ');
  const start = folded.charCodeAt(0) === 32 ? 1 : 0;
  const end = folded.length > start && folded.charCodeAt(folded.length - 1) === 32 ? folded.length - 1 : folded.length;
  return composed(start === 0 && end === folded.length ? folded : folded.slice(start, end));
}

/** Characters below U+0300 are their own NFC form: ASCII and Latin-1 text need no call to ICU. */
const MAYBE_DECOMPOSED = /[\u0300-\uffff]/;

function composed(text: string): string {
  return MAYBE_DECOMPOSED.test(text) ? text.normalize('NFC') : text;
}

/**
 * Southeast Asian scripts written without spaces between words, a space standing between
 * clauses or sentences: Thai and Lao, Myanmar, Khmer (their blocks' first and last code points).
 */
const CLAUSE_SPACED_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0e00, 0x0eff],
  [0x1000, 0x109f],
  [0x1780, 0x17ff],
];
/** Those scripts as the inside of a regex character class. */
export const CLAUSE_SPACED_CHARS = CLAUSE_SPACED_BLOCKS.map(([first, last]) => `${String.fromCharCode(first)}-${String.fromCharCode(last)}`).join('');

/** Is the code point a letter or mark of those scripts? */
export function isClauseSpaced(cp: number): boolean {
  if (cp < 0x0e00 || cp > 0x17ff) return false;
  for (const [first, last] of CLAUSE_SPACED_BLOCKS) if (cp >= first && cp <= last) return true;
  return false;
}

/** Scripts written without spaces between words: Japanese kana, CJK ideographs (Korean spaces its words). */
export const UNSPACED_CHARS = '\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff';
/** A character of such a script. */
export const UNSPACED_CHAR = new RegExp(`[${UNSPACED_CHARS}]`);

/** Text that opens with a lower-case letter: a piece of a sentence, in the scripts with case. */
export const LOWER_START = /^\p{Ll}/u;

/** Separators left at the end of a name or a date once what followed them is taken off ("Jane Doe -", "29 نوفمبر 2026 |"). */
export const TRAILING_SEPARATOR = /\s*[-–—|·•,،]+\s*$/;

/** Where the first of the characters stands in the text, or -1. */
export function firstIndexOf(text: string, chars: readonly string[]): number {
  let best = -1;
  for (const c of chars) {
    const i = text.indexOf(c);
    if (i !== -1 && (best === -1 || i < best)) best = i;
  }
  return best;
}

const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 20_000;

/**
 * The normalised key used to match phrase lists: lower case, accents and Arabic diacritics
 * folded away, the vowel signs of the Indic and Southeast Asian scripts kept (see isVowelSign).
 */
export function matchKey(text: string): string {
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  const key = computeKey(text);
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

function computeKey(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7e) {
      ascii = false;
      break;
    }
  }
  // Plain ASCII is its own NFKD and NFC form: only lower-cased.
  const decomposed = ascii ? text.toLowerCase() : text.normalize('NFKD').toLowerCase();
  // Built from slices of runs, joined once (see tidy).
  const parts: string[] = [];
  let runStart = -1;
  let pendingSpace = false;
  let any = false;
  for (let i = 0; i < decomposed.length; i++) {
    const c = decomposed.charCodeAt(i);
    let cls: number;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < decomposed.length && (decomposed.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // Outside the BMP: asked of the regexes directly (rare).
      const ch = decomposed.slice(i, i + 2);
      cls = MARK.test(ch) ? SKIP : isLetterOrDigit(ch.codePointAt(0) ?? 0) ? KEEP : SEPARATE;
      width = 2;
    } else {
      cls = KEY_CLASS[c] as number;
      if (cls === 0) cls = classify(c);
    }
    if (cls === KEEP) {
      if (runStart === -1) {
        if (pendingSpace && any) parts.push(' ');
        pendingSpace = false;
        runStart = i;
      }
      any = true;
    } else {
      if (runStart !== -1) {
        parts.push(decomposed.slice(runStart, i));
        runStart = -1;
      }
      if (cls === FOLD) {
        if (pendingSpace && any) parts.push(' ');
        pendingSpace = false;
        parts.push(LETTER_FOLD_CP.get(c) as string);
        any = true;
      } else if (cls === SEPARATE) pendingSpace = true;
    }
    i += width - 1;
  }
  if (runStart !== -1) parts.push(decomposed.slice(runStart));
  return ascii ? parts.join('') : parts.join('').normalize('NFC');
}

/** What computeKey does with each BMP code unit, learned on first sight. */
const KEY_CLASS = new Uint8Array(0x10000);
const SKIP = 1;
const KEEP = 2;
const FOLD = 3;
const SEPARATE = 4;
const LETTER_FOLD_CP = new Map(Object.entries(LETTER_FOLD).map(([from, to]) => [from.charCodeAt(0), to]));

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  let cls: number;
  if (c < 0x80) cls = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || KEPT_SYMBOL.has(ch) ? KEEP : SEPARATE;
  else if (isVowelSign(c)) cls = KEEP;
  else if (isArabicMark(c) || isInvisible(c) || MARK.test(ch)) cls = SKIP;
  else if (LETTER_FOLD_CP.has(c)) cls = FOLD;
  else cls = isLetterOrDigit(c) || KEPT_SYMBOL.has(ch) ? KEEP : SEPARATE;
  KEY_CLASS[c] = cls;
  return cls;
}

/** Approximate display width (East Asian wide characters count twice), as w3m wraps by it. */
export function displayWidth(text: string): number {
  // Only widths up to a few hundred columns matter (wrap detection); a longer line is just long.
  if (text.length > 1000) return text.length;
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isArabicMark(cp) && cp !== 0x0640) continue;
    if ((cp >= 0x0300 && cp <= 0x036f) || isInvisible(cp)) continue;
    // Other combining marks take no column either: w3m wraps Hindi and Bengali with their vowel
    // signs (spacing or not) counted as nothing.
    if (cp >= 0x0370 && isCombining(cp)) continue;
    if (
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1faff) ||
      (cp >= 0x20000 && cp <= 0x3fffd)
    ) {
      w += 2;
    } else {
      w += 1;
    }
  }
  return w;
}

/**
 * The full stops of every script rinse reads: Latin's (and the scripts' that borrow it), Urdu's,
 * the danda and double danda of the Indic scripts (Hindi, Marathi, Nepali, Bengali, Punjabi),
 * the Armenian, Ethiopic and Burmese ones.
 */
export const FULL_STOPS = '.۔।॥։።။';
/**
 * The stops that end a sentence: the full stops, the question and exclamation marks (Arabic's
 * too). Character classes and sets built from them take a new script's stop from here.
 */
export const SENTENCE_STOPS = `${FULL_STOPS}!?؟`;
/** Those, the ellipsis and the CJK stops: what a sentence may end with. */
export const SENTENCE_ENDS = `${SENTENCE_STOPS}…。！？`;
const SENTENCE_END_CHARS = new Set(SENTENCE_ENDS);
const TERMINAL = new Set([...SENTENCE_ENDS, '"', '”', '»', '\'', '’', ')']);

/** Does the text end like a sentence (., !, ?, ؟, …, possibly inside closing quotes)? */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  for (let i = t.length - 1; i >= 0 && i >= t.length - 4; i--) {
    const ch = t[i] ?? '';
    if (SENTENCE_END_CHARS.has(ch)) return true;
    // Greek's question mark is a semicolon (U+037E, which NFC writes ';'): after a Greek letter
    // it ends a question ("Τι αλλάζει για τους επιβάτες;").
    if (ch === ';' || ch === '\u037e') return GREEK_LETTER.test(t.charAt(i - 1));
    if (!TERMINAL.has(ch)) return false;
  }
  return false;
}
/** The Greek and Coptic block and Greek Extended, as the inside of a regex character class. */
export const GREEK_LETTERS = '\u0370-\u03ff\u1f00-\u1fff';
const GREEK_LETTER = new RegExp(`[${GREEK_LETTERS}]`);

/** Commas, semicolons and stops, Latin, Arabic and CJK. */
const PROSE_MARKS = new Set([...',،;؛', ...SENTENCE_STOPS, ...'、，。；！？']);

/** Number of sentence-internal punctuation marks (Latin and Arabic), a sign of prose. */
export function proseMarks(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (PROSE_MARKS.has(ch)) n++;
  }
  return n;
}
