/**
 * Language and direction from the text itself: the dominant script decides (Arabic, Hebrew,
 * Cyrillic, Greek, CJK…); Latin-script text is told apart by its commonest short words.
 */

const RTL = new Set(['ar', 'fa', 'ur', 'he', 'yi', 'ps', 'ckb', 'dv']);

const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'was', 'on', 'as', 'are', 'this', 'by', 'be', 'have', 'from', 'at'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'une', 'un', 'du', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec', 'ce', 'sont'],
  es: ['el', 'la', 'los', 'las', 'de', 'y', 'que', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'del', 'se', 'al', 'como', 'más', 'pero'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'mit', 'von', 'sich', 'des', 'auf', 'für', 'im', 'dem', 'auch', 'es'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'una', 'non', 'sono', 'del', 'della', 'con', 'gli', 'nel', 'alla', 'anche', 'come', 'più', 'dei'],
  pt: ['o', 'a', 'os', 'as', 'de', 'e', 'que', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'no', 'na', 'por', 'mais', 'dos'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'çok', 'daha', 'olan', 'gibi', 'ama', 'kadar', 'sonra', 'ise', 'değil', 'göre', 'ki', 'da', 'de', 'her'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'ke', 'adalah', 'ada', 'oleh', 'telah', 'karena', 'atau'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'te', 'zijn', 'met', 'voor', 'die', 'ook', 'als', 'aan', 'er', 'maar', 'om'],
  // Single letters that English writes too ("a", "i", "o") are left out of the lists below.
  pl: ['w', 'nie', 'na', 'się', 'z', 'do', 'to', 'że', 'jest', 'jak', 'po', 'co', 'tak', 'za', 'od', 'ale', 'przez', 'dla', 'oraz', 'jego'],
  cs: ['v', 'se', 'na', 'je', 'že', 'to', 'do', 'jako', 'pro', 'ale', 'by', 'jsou', 'tak', 'od', 'po', 'který', 'také', 'podle', 'jeho', 'bylo'],
  ro: ['și', 'de', 'în', 'la', 'cu', 'care', 'pe', 'să', 'nu', 'din', 'un', 'mai', 'este', 'pentru', 'ce', 'au', 'fost', 'sunt', 'sau', 'lui'],
  // Hungarian's article "a" too: Portuguese counts it, and without it Hungarian reads as Portuguese.
  hu: ['a', 'az', 'és', 'hogy', 'nem', 'is', 'egy', 'meg', 'van', 'de', 'ez', 'már', 'csak', 'mint', 'volt', 'még', 'azt', 'kell', 'ami', 'pedig', 'után'],
  sv: ['och', 'att', 'det', 'som', 'en', 'på', 'är', 'för', 'med', 'till', 'av', 'den', 'har', 'inte', 'om', 'ett', 'de', 'var', 'men', 'efter'],
  da: ['og', 'at', 'det', 'er', 'en', 'til', 'på', 'de', 'af', 'med', 'som', 'for', 'den', 'har', 'ikke', 'et', 'fra', 'blev', 'efter', 'nu'],
  no: ['og', 'at', 'det', 'er', 'som', 'en', 'på', 'til', 'å', 'for', 'av', 'med', 'har', 'ikke', 'de', 'den', 'et', 'fra', 'ble', 'etter', 'nå'],
  fi: ['ja', 'on', 'ei', 'että', 'se', 'oli', 'hän', 'ovat', 'mutta', 'myös', 'kun', 'tai', 'niin', 'kuin', 'ole', 'joka', 'sen', 'vain', 'jo', 'mukaan'],
  sw: ['ya', 'wa', 'kwa', 'za', 'katika', 'ni', 'kuwa', 'hiyo', 'kama', 'lakini', 'pia', 'cha', 'vya', 'yake', 'wake', 'hadi', 'kwamba', 'ambayo', 'zaidi', 'kila'],
  vi: ['của', 'và', 'các', 'có', 'được', 'trong', 'là', 'cho', 'những', 'với', 'không', 'này', 'người', 'đã', 'một', 'để', 'từ', 'khi', 'đến', 'theo'],
};

const PERSIAN_LETTERS = new Set(['پ', 'چ', 'ژ', 'گ', 'ی', 'ک']);
const URDU_LETTERS = new Set(['ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ھ']);
/** Cyrillic letters that Russian does not use, by the language they tell (a share of them decides). */
const CYRILLIC_LETTERS: readonly [string, ReadonlySet<string>][] = [
  ['uk', new Set(['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ'])],
  ['sr', new Set(['ђ', 'ј', 'љ', 'њ', 'ћ', 'џ', 'Ђ', 'Ј', 'Љ', 'Њ', 'Ћ', 'Џ'])],
  ['kk', new Set(['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ'])],
];

/**
 * Writing systems by Unicode block: [first, last code point, script]. A script that one
 * language writes names that language; 'arabic', 'cyrillic', 'cjk' and 'latin' are told apart
 * further (detectLanguage).
 */
const SCRIPTS: readonly [number, number, string][] = [
  [0x0041, 0x005a, 'latin'],
  [0x0061, 0x007a, 'latin'],
  [0x00c0, 0x024f, 'latin'],
  [0x0370, 0x03ff, 'el'],
  [0x0400, 0x04ff, 'cyrillic'],
  [0x0530, 0x058f, 'hy'],
  [0x0590, 0x05ff, 'he'],
  [0x0600, 0x06ff, 'arabic'],
  [0x0900, 0x097f, 'hi'],
  [0x0980, 0x09ff, 'bn'],
  [0x0a00, 0x0a7f, 'pa'],
  [0x0a80, 0x0aff, 'gu'],
  [0x0b00, 0x0b7f, 'or'],
  [0x0b80, 0x0bff, 'ta'],
  [0x0c00, 0x0c7f, 'te'],
  [0x0c80, 0x0cff, 'kn'],
  [0x0d00, 0x0d7f, 'ml'],
  [0x0d80, 0x0dff, 'si'],
  [0x0e00, 0x0e7f, 'th'],
  [0x0e80, 0x0eff, 'lo'],
  [0x0f00, 0x0fff, 'bo'],
  [0x1000, 0x109f, 'my'],
  [0x10a0, 0x10ff, 'ka'],
  [0x1200, 0x137f, 'am'],
  [0x1780, 0x17ff, 'km'],
  [0x1e00, 0x1eff, 'latin'],
  [0x3040, 0x30ff, 'kana'],
  [0x4e00, 0x9fff, 'cjk'],
  [0xac00, 0xd7a3, 'ko'],
];

/** The script of each code point up to U+FFFF, as an index into SCRIPT_NAMES (0: none). */
const SCRIPT_NAMES = ['', ...new Set(SCRIPTS.map(([, , name]) => name))];
const SCRIPT_OF = new Uint8Array(0x10000);
for (const [first, last, name] of SCRIPTS) SCRIPT_OF.fill(SCRIPT_NAMES.indexOf(name), first, last + 1);
const KANA = SCRIPT_NAMES.indexOf('kana');
const CJK = SCRIPT_NAMES.indexOf('cjk');

export interface LangGuess {
  lang: string;
  dir: 'ltr' | 'rtl';
}

export function directionOf(lang: string): 'ltr' | 'rtl' {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  return RTL.has(base) ? 'rtl' : 'ltr';
}

/** Guess the language of a text; 'und' when there is no letter to go by. */
export function detectLanguage(text: string): LangGuess {
  const sample = text.length > 6000 ? text.slice(0, 6000) : text;
  const counts = new Uint32Array(SCRIPT_NAMES.length);
  let persian = 0;
  let urdu = 0;
  const cyrillicOf = new Map<string, number>();
  for (let i = 0; i < sample.length; i++) {
    const script = SCRIPT_OF[sample.charCodeAt(i)] as number;
    if (script === 0) continue;
    counts[script] = (counts[script] as number) + 1;
    const name = SCRIPT_NAMES[script];
    if (name === 'arabic') {
      const ch = sample.charAt(i);
      if (PERSIAN_LETTERS.has(ch)) persian++;
      if (URDU_LETTERS.has(ch)) urdu++;
    } else if (name === 'cyrillic') {
      const ch = sample.charAt(i);
      for (const [lang, letters] of CYRILLIC_LETTERS) if (letters.has(ch)) cyrillicOf.set(lang, (cyrillicOf.get(lang) ?? 0) + 1);
    }
  }
  // Japanese writes kanji and kana: the two count together, the kana's share tells it from Chinese.
  const kana = counts[KANA] as number;
  const han = counts[CJK] as number;
  counts[CJK] = han + kana;
  counts[KANA] = 0;
  let top = 0;
  for (let k = 1; k < counts.length; k++) if ((counts[k] as number) > (counts[top] as number)) top = k;
  const count = counts[top] as number;
  if (count === 0) return { lang: 'und', dir: 'ltr' };
  const name = SCRIPT_NAMES[top] as string;
  let lang: string;
  if (name === 'arabic') {
    // Persian and Urdu letters are rare in Arabic; a share of them tells the language.
    if (urdu > count * 0.02) lang = 'ur';
    else if (persian > count * 0.03) lang = 'fa';
    else lang = 'ar';
  } else if (name === 'cyrillic') {
    lang = 'ru';
    let most = count * 0.01;
    for (const [other, n] of cyrillicOf) if (n > most) [lang, most] = [other, n];
  } else if (name === 'cjk') lang = kana > han * 0.1 ? 'ja' : 'zh';
  else if (name === 'latin') lang = latinLanguage(sample);
  else lang = name;
  return { lang, dir: directionOf(lang) };
}

/** Each stop word → the languages it belongs to (built once). */
const STOPWORD_LANGS = new Map<string, string[]>();
for (const [lang, list] of Object.entries(STOPWORDS)) for (const w of list) STOPWORD_LANGS.set(w, [...(STOPWORD_LANGS.get(w) ?? []), lang]);

/** A letter alone before a full stop: a name's initial ("J. Smith", "Z. Nielsen"), not a word. */
const INITIAL = /(?<!\p{L})\p{L}\.(?!\p{L})/gu;
/** Stop words a language needs to be named over English, the default: one is chance. */
const LEAST_STOPWORDS = 2;

/** Latin letters that only one of the languages above writes: ő ű Hungarian, ș ț Romanian, ř ů ě Czech, ł ą ę ż Polish, ı ğ Turkish, ß German. */
const LATIN_LETTERS = new Map<number, string>(
  (
    [
      ['hu', 'őű'],
      ['ro', 'șț'],
      ['cs', 'řůě'],
      ['pl', 'łąęż'],
      ['tr', 'ığ'],
      ['de', 'ß'],
    ] as const
  ).flatMap(([lang, letters]) => [...letters].map((ch) => [ch.charCodeAt(0), lang] as [number, string])),
);
const LATIN_LETTER = new RegExp(`[${[...LATIN_LETTERS.keys()].map((c) => String.fromCharCode(c)).join('')}]`, 'g');

function latinLanguage(text: string): string {
  const counts = new Map<string, number>();
  const lower = text.replace(INITIAL, ' ').toLowerCase();
  const tokens = lower.split(/[^\p{L}]+/u);
  for (const tok of tokens) {
    if (tok.length === 0 || tok.length > 6) continue;
    const langs = STOPWORD_LANGS.get(tok);
    if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  // Letters that one language alone of these writes count for it too (a native regex finds them:
  // most text has none).
  for (const m of lower.matchAll(LATIN_LETTER)) {
    const lang = LATIN_LETTERS.get(m[0].charCodeAt(0)) as string;
    counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best = 'en';
  let bestCount = LEAST_STOPWORDS - 1;
  for (const [lang, n] of counts) {
    if (n > bestCount || (n === bestCount && lang === 'en')) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}
