/**
 * Phrase lists are data: one JSON file per language in ./phrases, every category a list of
 * phrases. They are merged (pages mix languages: an Arabic page still says "Facebook") and
 * matched on `matchKey` form, by set lookup or substring search — never by regex.
 */
import ar from './phrases/ar.json' with { type: 'json' };
import en from './phrases/en.json' with { type: 'json' };
import fr from './phrases/fr.json' with { type: 'json' };
import { matchKey } from '../text/normalize.js';

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
  'byline',
  'bylineLabel',
  'home',
  'captions',
  'months',
  'weekdays',
  'dateWords',
] as const;

export type Category = (typeof CATEGORIES)[number];

export type PhraseFile = { lang: string } & Partial<Record<Category, string[]>>;

export const LANGUAGE_FILES: readonly PhraseFile[] = [ar, en, fr];

export class PhraseIndex {
  private readonly sets = new Map<Category, Set<string>>();
  private readonly lists = new Map<Category, string[]>();

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
  }

  /** The category's phrases in key form, longest first. */
  phrasesOf(cat: Category): readonly string[] {
    return this.lists.get(cat) ?? [];
  }

  /** The whole key is one of the category's phrases. */
  is(cat: Category, key: string): boolean {
    return this.sets.get(cat)?.has(key) ?? false;
  }

  /** A phrase of the category that the key starts with (followed by a word break), if any. */
  prefix(cat: Category, key: string): string | undefined {
    for (const p of this.lists.get(cat) ?? []) {
      if (key.length > p.length && key.startsWith(p) && key[p.length] === ' ') return p;
    }
    return undefined;
  }

  /** A phrase of the category found anywhere in the key, on word boundaries, if any. */
  contained(cat: Category, key: string): string | undefined {
    const padded = ` ${key} `;
    for (const p of this.lists.get(cat) ?? []) {
      if (padded.includes(` ${p} `)) return p;
    }
    return undefined;
  }

  /** Every word-run of the key is a phrase of one of the categories (greedy, longest first). */
  coveredBy(cats: readonly Category[], key: string, allowNumbers = false): boolean {
    const tokens = key.split(' ').filter((t) => t.length > 0);
    if (tokens.length === 0) return false;
    let i = 0;
    outer: while (i < tokens.length) {
      if (allowNumbers && NUMERIC.test(tokens[i] ?? '')) {
        i++;
        continue;
      }
      for (let len = Math.min(5, tokens.length - i); len >= 1; len--) {
        const run = tokens.slice(i, i + len).join(' ');
        if (cats.some((c) => this.is(c, run))) {
          i += len;
          continue outer;
        }
      }
      return false;
    }
    return true;
  }
}

const NUMERIC = /^[\p{Nd}]+[kmк]?$/u;

export const defaultPhrases = new PhraseIndex(LANGUAGE_FILES);
