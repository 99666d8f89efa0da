/**
 * Phrase lists are data: one JSON file per language in ./phrases, every category a list of
 * phrases. They are merged (pages mix languages: an Arabic page still says "Facebook") and
 * matched on `matchKey` form, by set lookup or substring search — never by regex.
 */
import ar from './phrases/ar.json' with { type: 'json' };
import en from './phrases/en.json' with { type: 'json' };
import fr from './phrases/fr.json' with { type: 'json' };
import es from './phrases/es.json' with { type: 'json' };
import de from './phrases/de.json' with { type: 'json' };
import pt from './phrases/pt.json' with { type: 'json' };
import it from './phrases/it.json' with { type: 'json' };
import ru from './phrases/ru.json' with { type: 'json' };
import nl from './phrases/nl.json' with { type: 'json' };
import zh from './phrases/zh.json' with { type: 'json' };
import fa from './phrases/fa.json' with { type: 'json' };
import tr from './phrases/tr.json' with { type: 'json' };
import id from './phrases/id.json' with { type: 'json' };
import ja from './phrases/ja.json' with { type: 'json' };
import ko from './phrases/ko.json' with { type: 'json' };
import ur from './phrases/ur.json' with { type: 'json' };
import hi from './phrases/hi.json' with { type: 'json' };
import el from './phrases/el.json' with { type: 'json' };
import he from './phrases/he.json' with { type: 'json' };
import pl from './phrases/pl.json' with { type: 'json' };
import uk from './phrases/uk.json' with { type: 'json' };
import vi from './phrases/vi.json' with { type: 'json' };
import bn from './phrases/bn.json' with { type: 'json' };
import sv from './phrases/sv.json' with { type: 'json' };
import th from './phrases/th.json' with { type: 'json' };
import sw from './phrases/sw.json' with { type: 'json' };
import cs from './phrases/cs.json' with { type: 'json' };
import ro from './phrases/ro.json' with { type: 'json' };
import hu from './phrases/hu.json' with { type: 'json' };
import da from './phrases/da.json' with { type: 'json' };
import no from './phrases/no.json' with { type: 'json' };
import fi from './phrases/fi.json' with { type: 'json' };
import { matchKey, UNSPACED_CHAR } from '../text/normalize.js';

export const CATEGORIES = [
  'adLabels',
  'related',
  'mostRead',
  'ticker',
  'tags',
  'prevNext',
  'authorBox',
  'commentMarkers',
  'commentLines',
  'share',
  'widgets',
  'nav',
  'masthead',
  'copyright',
  'credits',
  'newsletter',
  'followVerbs',
  'byline',
  'bylineLabel',
  'home',
  'captions',
  'captionLabels',
  'captionOpeners',
  'creditLines',
  'months',
  'weekdays',
  'dateWords',
  'stopwords',
  'cookies',
  'legalNotices',
  'relativeMarkers',
  'counterLabels',
  'dateLabels',
  'paywall',
  'agencyCredits',
  'reviewerLabels',
  'skipLinks',
  'creditSuffixes',
  'countConnectors',
  'toc',
  'bylineSuffixes',
  'bylineRoles',
  'aboutAuthor',
  'sourceLabels',
  'updatedLabels',
  'linkNotices',
  'sectionLabels',
  'bylineWeak',
  'playerStart',
  'playerEnd',
  'playerLabels',
  'playerControls',
  'embeds',
] as const;

export type Category = (typeof CATEGORIES)[number];

export type PhraseFile = { lang: string } & Partial<Record<Category, string[]>>;

export const LANGUAGE_FILES: readonly PhraseFile[] = [ar, en, fr, es, de, pt, it, ru, nl, zh, fa, tr, id, ja, ko, ur, hi, el, he, pl, uk, vi, bn, sv, th, sw, cs, ro, hu, da, no, fi];

/** Characters of a line (its spaces left out) that glued() reads, at the most. */
const GLUED_CHARS = 160;

export class PhraseIndex {
  private readonly sets = new Map<Category, Set<string>>();
  private readonly lists = new Map<Category, string[]>();
  /** Phrases by their first word, longest first: substring search looks only where one can start. */
  private readonly byFirstWord = new Map<Category, Map<string, string[]>>();
  /** (first letter, length) of the first words of each category's phrases: see contained(). */
  private readonly shapesByCategory = new Map<Category, Uint32Array>();
  /**
   * Each category's phrases without their spaces (see glued()), and the lengths they come in by
   * their first two characters, longest first: a place in a line is tried only for those. Built
   * for a category when glued() first needs it.
   */
  private readonly spaceless = new Map<Category, { set: Set<string>; lengths: Map<string, number[]> }>();
  /** Words in the longest phrase: matching looks at runs of at most this many words. */
  private readonly maxWords: number;

  constructor(files: readonly PhraseFile[]) {
    for (const cat of CATEGORIES) {
      const set = new Set<string>();
      for (const file of files) for (const phrase of file[cat] ?? []) {
        const key = matchKey(phrase);
        if (key.length > 0) set.add(key);
      }
      this.sets.set(cat, set);
      // Longest first, so prefix matches report the most specific phrase.
      this.lists.set(cat, [...set].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)));
    }
    for (const [cat, list] of this.lists) {
      const index = new Map<string, string[]>();
      for (const p of list) {
        const first = p.split(' ')[0] ?? p;
        const bucket = index.get(first);
        if (bucket) bucket.push(p);
        else index.set(first, [p]);
      }
      this.byFirstWord.set(cat, index);
      const shapes = new Uint32Array(SHAPES / 32);
      for (const first of index.keys()) {
        const shape = shapeOf(first.charCodeAt(0), first.length);
        shapes[shape >>> 5] = (shapes[shape >>> 5] as number) | (1 << (shape & 31));
      }
      this.shapesByCategory.set(cat, shapes);
    }
    let max = 1;
    for (const set of this.sets.values()) for (const p of set) max = Math.max(max, p.split(' ').length);
    this.maxWords = max;
  }

  private spacelessOf(cat: Category): { set: Set<string>; lengths: Map<string, number[]> } {
    let tables = this.spaceless.get(cat);
    if (tables) return tables;
    tables = { set: new Set<string>(), lengths: new Map<string, number[]>() };
    for (const p of this.sets.get(cat) ?? []) {
      const g = p.replaceAll(' ', '');
      tables.set.add(g);
      const start = g.slice(0, 2);
      const known = tables.lengths.get(start);
      if (!known) tables.lengths.set(start, [g.length]);
      else if (!known.includes(g.length)) known.push(g.length);
    }
    for (const list of tables.lengths.values()) list.sort((a, b) => b - a);
    this.spaceless.set(cat, tables);
    return tables;
  }

  /** The category's phrases that begin with the key's first word, longest first. */
  startingWith(cat: Category, key: string): readonly string[] {
    const sp = key.indexOf(' ');
    return this.byFirstWord.get(cat)?.get(sp === -1 ? key : key.slice(0, sp)) ?? [];
  }

  /** Does any phrase of the category begin with the key's first word? (A map lookup: the fast refusal.) */
  startsAny(cat: Category, key: string): boolean {
    const sp = key.indexOf(' ');
    return this.byFirstWord.get(cat)?.has(sp === -1 ? key : key.slice(0, sp)) ?? false;
  }

  /**
   * Words of the longest phrase of the categories (three words at the most) that the words open
   * from `start` on, or 0. The words are raw text, matched on their key, or keys already (`keyed`).
   */
  phraseFrom(cats: readonly Category[], words: readonly string[], start: number, keyed = false): number {
    for (let n = Math.min(MAX_RUN, words.length - start); n >= 1; n--) {
      const run = words.slice(start, start + n).join(' ');
      const key = keyed ? run : matchKey(run);
      if (cats.some((c) => this.is(c, key))) return n;
    }
    return 0;
  }

  /**
   * Words of the longest phrase of the category (three words at the most) that ends the words
   * before `end`, leaving one word before it at the least, or 0. Raw words or keys, as phraseFrom.
   */
  phraseBefore(cat: Category, words: readonly string[], end: number, keyed = false): number {
    for (let n = Math.min(MAX_RUN, end - 1); n >= 1; n--) {
      const run = words.slice(end - n, end).join(' ');
      if (this.is(cat, keyed ? run : matchKey(run))) return n;
    }
    return 0;
  }

  /**
   * Characters of the longest phrase of the categories that ends the word glued to what stands
   * before it ("成都日报作者" → 2, "山田太郎記者" → 2), `most` at the most and `least` at the least,
   * leaving a character before it; `fits` may refuse a length before it is looked up. 0 for none.
   */
  gluedSuffix(cats: readonly Category[], word: string, most: number, least = 1, fits?: (chars: number) => boolean): number {
    for (let k = Math.min(most, word.length - 1); k >= least; k--) {
      if (fits && !fits(k)) continue;
      const key = matchKey(word.slice(-k));
      if (cats.some((c) => this.is(c, key))) return k;
    }
    return 0;
  }

  /** The whole key is one of the category's phrases. */
  is(cat: Category, key: string): boolean {
    return this.sets.get(cat)?.has(key) ?? false;
  }

  /** A phrase of the category that the key starts with (followed by a word break), if any. */
  prefix(cat: Category, key: string): string | undefined {
    const set = this.sets.get(cat);
    if (!set || !this.startsAny(cat, key)) return undefined;
    // The runs of the first 1..maxWords words that leave at least one word after them; the
    // key is not split whole (a paragraph's key has thousands of words).
    let best: string | undefined;
    let end = key.indexOf(' ');
    for (let n = 0; n < this.maxWords && end !== -1; n++) {
      const run = key.slice(0, end);
      if (set.has(run)) best = run;
      end = key.indexOf(' ', end + 1);
    }
    return best;
  }

  /**
   * The longest phrase of the category found anywhere in the key, on word boundaries, if any
   * (of two as long, the first). One pass over the key's words; a word is cut out and looked up
   * only when a phrase of the category begins with a word of its first letter and length.
   */
  contained(cat: Category, key: string): string | undefined {
    const shapes = this.shapesByCategory.get(cat);
    const index = this.byFirstWord.get(cat);
    if (!shapes || !index) return undefined;
    let best: string | undefined;
    let start = 0;
    while (start < key.length) {
      let end = key.indexOf(' ', start);
      if (end === -1) end = key.length;
      const shape = shapeOf(key.charCodeAt(start), end - start);
      if (((shapes[shape >>> 5] as number) & (1 << (shape & 31))) !== 0) {
        const candidates = index.get(key.slice(start, end));
        if (candidates) {
          for (const p of candidates) {
            if (best !== undefined && p.length <= best.length) continue;
            const after = start + p.length;
            if (key.startsWith(p, start) && (after === key.length || key.charCodeAt(after) === 32)) best = p;
          }
        }
      }
      start = end + 1;
    }
    return best;
  }

  /** Every word-run of the key is a phrase of one of the categories (greedy, longest first). */
  coveredBy(cats: readonly Category[], key: string, allowNumbers = false): boolean {
    // Fast refusal: no phrase of these categories starts with the key's first word.
    const sp = key.indexOf(' ');
    const first = sp === -1 ? key : key.slice(0, sp);
    if (first.length === 0) return false;
    if (!(allowNumbers && NUMERIC.test(first)) && !cats.some((c) => this.byFirstWord.get(c)?.has(first)) && !UNSPACED_CHAR.test(first)) return false;
    const tokens = key.split(' ').filter((t) => t.length > 0);
    // Numbers alone are covered by no phrase ("1.2K", a count, is no "12 comments").
    if (tokens.length === 0 || (allowNumbers && tokens.every((t) => NUMERIC.test(t)))) return false;
    const sets = cats.map((c) => this.sets.get(c)).filter((x): x is Set<string> => x !== undefined);
    let i = 0;
    outer: while (i < tokens.length) {
      if (allowNumbers && NUMERIC.test(tokens[i] ?? '')) {
        i++;
        continue;
      }
      const runs: string[] = [];
      let run = '';
      for (let n = 0; n < this.maxWords && i + n < tokens.length; n++) {
        run = n === 0 ? (tokens[i] ?? '') : `${run} ${tokens[i + n]}`;
        runs.push(run);
      }
      for (let len = runs.length; len >= 1; len--) {
        const r = runs[len - 1] as string;
        if (sets.some((set) => set.has(r))) {
          i += len;
          continue outer;
        }
      }
      return this.glued(cats, tokens, allowNumbers);
    }
    return true;
  }

  /**
   * Buttons printed without a space between them: Chinese and Japanese ones ("ツイートシェアはてブ"),
   * and links that a text browser glued because the page put nothing between them ("Email
   * ThisBlogThis!Share to XShare to Facebook"). The line is covered when the categories' phrases,
   * their spaces and the line's left out, laid end to end make up all its letters.
   */
  private glued(cats: readonly Category[], tokens: readonly string[], allowNumbers: boolean): boolean {
    const line = (allowNumbers ? tokens.filter((t) => !NUMERIC.test(t)) : tokens).join('');
    if (line.length === 0 || line.length > GLUED_CHARS) return false;
    const reach = new Uint8Array(line.length + 1);
    reach[0] = 1;
    let furthest = 0;
    const sets: Set<string>[] = [];
    const lengths: Map<string, number[]>[] = [];
    for (const cat of cats) {
      const tables = this.spacelessOf(cat);
      sets.push(tables.set);
      lengths.push(tables.lengths);
    }
    for (let p = 0; p < line.length; p++) {
      // Nothing reaches this far: the letters before it are no run of phrases.
      if (p > furthest) return false;
      if (reach[p] === 0) continue;
      const two = line.slice(p, p + 2);
      const one = line.charAt(p);
      for (let c = 0; c < sets.length; c++) {
        const set = sets[c] as Set<string>;
        const byStart = lengths[c] as Map<string, number[]>;
        // Phrases of two letters or more are filed under their first two, one-letter ones ("x")
        // under their letter.
        const longer = byStart.get(two);
        if (longer) {
          for (const n of longer) {
            const q = p + n;
            if (q <= line.length && reach[q] === 0 && (n === 2 || set.has(line.slice(p, q)))) {
              reach[q] = 1;
              if (q > furthest) furthest = q;
            }
          }
        }
        if (two.length === 2 && reach[p + 1] === 0 && set.has(one)) {
          reach[p + 1] = 1;
          if (p + 1 > furthest) furthest = p + 1;
        }
      }
    }
    return reach[line.length] === 1;
  }
}

const NUMERIC = /^[\p{Nd}]+[kmк]?$/u;

/** Words of a label, a unit or a credit that the rules look for beside a count, a date or a caption, at the most. */
const MAX_RUN = 3;

/** A word's (first letter, length) class, an index into a category's table of first-word shapes. */
const SHAPES = 1024 * 32;
function shapeOf(firstChar: number, length: number): number {
  return ((firstChar & 0x3ff) << 5) | Math.min(length, 31);
}

export const defaultPhrases = new PhraseIndex(LANGUAGE_FILES);
