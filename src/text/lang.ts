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
};

const PERSIAN_LETTERS = new Set(['پ', 'چ', 'ژ', 'گ', 'ی', 'ک']);
const URDU_LETTERS = new Set(['ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ھ']);

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
  let arabic = 0;
  let persian = 0;
  let urdu = 0;
  let hebrew = 0;
  let cyrillic = 0;
  let greek = 0;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let latin = 0;
  let devanagari = 0;
  let thai = 0;
  for (const ch of sample) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x0600 && cp <= 0x06ff) {
      arabic++;
      if (PERSIAN_LETTERS.has(ch)) persian++;
      if (URDU_LETTERS.has(ch)) urdu++;
    } else if (cp >= 0x0590 && cp <= 0x05ff) hebrew++;
    else if (cp >= 0x0400 && cp <= 0x04ff) cyrillic++;
    else if (cp >= 0x0370 && cp <= 0x03ff) greek++;
    else if (cp >= 0x4e00 && cp <= 0x9fff) han++;
    else if (cp >= 0x3040 && cp <= 0x30ff) kana++;
    else if (cp >= 0xac00 && cp <= 0xd7a3) hangul++;
    else if (cp >= 0x0900 && cp <= 0x097f) devanagari++;
    else if (cp >= 0x0e00 && cp <= 0x0e7f) thai++;
    else if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f)) latin++;
  }
  const scripts: [string, number][] = [
    ['arabic', arabic],
    ['he', hebrew],
    ['ru', cyrillic],
    ['el', greek],
    ['cjk', han + kana],
    ['ko', hangul],
    ['hi', devanagari],
    ['th', thai],
    ['latin', latin],
  ];
  scripts.sort((a, b) => b[1] - a[1]);
  const [top, count] = scripts[0] ?? ['latin', 0];
  if (count === 0) return { lang: 'und', dir: 'ltr' };
  let lang: string;
  if (top === 'arabic') {
    // Persian and Urdu letters are rare in Arabic; a share of them tells the language.
    if (urdu > arabic * 0.02) lang = 'ur';
    else if (persian > arabic * 0.03) lang = 'fa';
    else lang = 'ar';
  } else if (top === 'cjk') lang = kana > han * 0.1 ? 'ja' : 'zh';
  else if (top === 'latin') lang = latinLanguage(sample);
  else lang = top;
  return { lang, dir: directionOf(lang) };
}

/** Each stop word → the languages it belongs to (built once). */
const STOPWORD_LANGS = new Map<string, string[]>();
for (const [lang, list] of Object.entries(STOPWORDS)) for (const w of list) STOPWORD_LANGS.set(w, [...(STOPWORD_LANGS.get(w) ?? []), lang]);

function latinLanguage(text: string): string {
  const counts = new Map<string, number>();
  const tokens = text.toLowerCase().split(/[^\p{L}]+/u);
  for (const tok of tokens) {
    if (tok.length === 0 || tok.length > 6) continue;
    const langs = STOPWORD_LANGS.get(tok);
    if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best = 'en';
  let bestCount = 0;
  for (const [lang, n] of counts) {
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}
