/**
 * Site template profiles. Template noise is what repeats across a site's pages: the same menu,
 * footer, share bar and widgets on every page. A profile counts, per site, in how many documents
 * each normalised line appears; lines found in enough documents are template.
 *
 * Learning is split in two so that sharded runs give the very same profile as one run:
 *  - `accumulate` builds a *partial* profile: every count, nothing dropped (shards write these);
 *  - `merge` adds partials; `finalize` applies the thresholds, drops the rest and bounds the size.
 * One run is `finalize(merge([partial]))`, N shards are `finalize(merge(partials))`: the counts
 * are sums, so the two are byte-identical.
 */
import { createHash } from 'node:crypto';
import { matchKey } from '../text/normalize.js';

export const PROFILE_VERSION = 1;

/** A template line is in at least max(minDocs, ratio × documents of the site) documents. */
export interface Thresholds {
  minDocs: number;
  ratio: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { minDocs: 3, ratio: 0.2 };

/** Lines longer than this are kept as a hash (their text is not needed to match them). */
const MAX_TEXT = 160;
/** At most this many template lines per site, the most frequent first. */
const MAX_LINES_PER_SITE = 5000;

export interface ProfileLine {
  /** The normalised line, or its hash (`#` and 16 hex digits) when the line is long. */
  key: string;
  /** Documents of the site the line appears in. */
  count: number;
  /** The line as it was first seen (shortened), for a person to review. */
  sample: string;
}

export interface SiteProfile {
  documents: number;
  lines: ProfileLine[];
}

export interface Profile {
  rinseProfile: number;
  /** A partial profile (from a shard) keeps every count; a final one keeps template lines only. */
  partial: boolean;
  normalisation: string;
  thresholds: Thresholds;
  sites: Record<string, SiteProfile>;
}

const NORMALISATION = 'NFKD, lower case, accents and Arabic diacritics and tatweel dropped, أ إ آ ٱ → ا, ى → ي, ة → ه, punctuation folded to spaces, whitespace collapsed, digits folded to 0';

/** The key a line is counted under. */
export function lineKey(text: string): string {
  const key = matchKey(text);
  let out = '';
  for (const ch of key) out += isDigit(ch) ? '0' : ch;
  if (out.length <= MAX_TEXT) return out;
  return `#${createHash('sha256').update(out).digest('hex').slice(0, 16)}`;
}

function isDigit(ch: string): boolean {
  return /\p{Nd}/u.test(ch);
}

function sampleOf(text: string): string {
  const t = text.trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}

/** One document's lines: keys, each counted once per document, with a sample of each. */
export interface DocumentLines {
  site: string;
  lines: Map<string, string>;
}

export function documentLines(site: string, texts: readonly string[]): DocumentLines {
  const lines = new Map<string, string>();
  for (const t of texts) {
    const key = lineKey(t);
    if (key.length === 0 || key === '0') continue;
    if (!lines.has(key)) lines.set(key, sampleOf(t));
  }
  return { site, lines };
}

/** A partial profile of documents. */
export function accumulate(docs: Iterable<DocumentLines>, thresholds: Thresholds = DEFAULT_THRESHOLDS): Profile {
  const sites = new Map<string, { documents: number; lines: Map<string, ProfileLine> }>();
  for (const doc of docs) {
    let site = sites.get(doc.site);
    if (!site) {
      site = { documents: 0, lines: new Map() };
      sites.set(doc.site, site);
    }
    site.documents++;
    for (const [key, sample] of doc.lines) {
      const line = site.lines.get(key);
      if (line) {
        line.count++;
        if (sample < line.sample) line.sample = sample; // the same sample whatever the order
      } else site.lines.set(key, { key, count: 1, sample });
    }
  }
  const out: Record<string, SiteProfile> = {};
  for (const [name, site] of sites) out[name] = { documents: site.documents, lines: [...site.lines.values()] };
  return sortProfile({ rinseProfile: PROFILE_VERSION, partial: true, normalisation: NORMALISATION, thresholds, sites: out });
}

/** Add partial profiles (shards) together. */
export function merge(parts: readonly Profile[]): Profile {
  const thresholds = parts[0]?.thresholds ?? DEFAULT_THRESHOLDS;
  const sites = new Map<string, { documents: number; lines: Map<string, ProfileLine> }>();
  for (const p of parts) {
    if (!p.partial) throw new Error('only partial profiles (from rinse learn --shard) can be merged');
    if (p.thresholds.minDocs !== thresholds.minDocs || p.thresholds.ratio !== thresholds.ratio) throw new Error('the profiles were learned with different thresholds');
    for (const [name, s] of Object.entries(p.sites)) {
      let site = sites.get(name);
      if (!site) {
        site = { documents: 0, lines: new Map() };
        sites.set(name, site);
      }
      site.documents += s.documents;
      for (const l of s.lines) {
        const have = site.lines.get(l.key);
        if (have) {
          have.count += l.count;
          if (l.sample < have.sample) have.sample = l.sample;
        } else site.lines.set(l.key, { ...l });
      }
    }
  }
  const out: Record<string, SiteProfile> = {};
  for (const [name, site] of sites) out[name] = { documents: site.documents, lines: [...site.lines.values()] };
  return sortProfile({ rinseProfile: PROFILE_VERSION, partial: true, normalisation: NORMALISATION, thresholds, sites: out });
}

/** The count a line needs in a site of `documents` documents to be template. */
export function threshold(documents: number, t: Thresholds): number {
  return Math.max(t.minDocs, Math.ceil(t.ratio * documents));
}

/** Keep the template lines only, bounded in number: the profile people review and rinse applies. */
export function finalize(p: Profile): Profile {
  const sites: Record<string, SiteProfile> = {};
  for (const [name, s] of Object.entries(p.sites)) {
    const need = threshold(s.documents, p.thresholds);
    const lines = s.lines
      .filter((l) => l.count >= need)
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))
      .slice(0, MAX_LINES_PER_SITE);
    sites[name] = { documents: s.documents, lines };
  }
  return sortProfile({ ...p, partial: false, sites });
}

function sortProfile(p: Profile): Profile {
  const sites: Record<string, SiteProfile> = {};
  for (const name of Object.keys(p.sites).sort()) {
    const s = p.sites[name] as SiteProfile;
    sites[name] = { documents: s.documents, lines: [...s.lines].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
  }
  return { ...p, sites };
}

/** The profile as a readable, diffable file: sorted keys, one line per template line. */
export function serialize(p: Profile): string {
  const out: string[] = ['{'];
  out.push(`  "rinseProfile": ${p.rinseProfile},`);
  out.push(`  "partial": ${p.partial},`);
  out.push(`  "normalisation": ${JSON.stringify(p.normalisation)},`);
  out.push(`  "thresholds": ${JSON.stringify(p.thresholds)},`);
  out.push('  "sites": {');
  const names = Object.keys(p.sites);
  names.forEach((name, i) => {
    const s = p.sites[name] as SiteProfile;
    out.push(`    ${JSON.stringify(name)}: {`);
    out.push(`      "documents": ${s.documents},`);
    out.push('      "lines": [');
    s.lines.forEach((l, k) => out.push(`        ${JSON.stringify({ key: l.key, count: l.count, sample: l.sample })}${k < s.lines.length - 1 ? ',' : ''}`));
    out.push('      ]');
    out.push(`    }${i < names.length - 1 ? ',' : ''}`);
  });
  out.push('  }');
  out.push('}');
  return `${out.join('\n')}\n`;
}

export function parseProfile(text: string): Profile {
  const p = JSON.parse(text) as Profile;
  if (!p || p.rinseProfile !== PROFILE_VERSION || typeof p.sites !== 'object' || !p.thresholds) throw new Error('not a rinse profile (version 1)');
  for (const [name, s] of Object.entries(p.sites)) {
    if (typeof s.documents !== 'number' || !Array.isArray(s.lines)) throw new Error(`site ${name}: expected {documents, lines}`);
  }
  return p;
}

/** The template keys of a site, for the site-template rule. */
export function templateKeys(p: Profile, site: string): ReadonlySet<string> {
  const s = p.sites[site];
  if (!s) return new Set();
  if (!p.partial) return new Set(s.lines.map((l) => l.key));
  const need = threshold(s.documents, p.thresholds);
  return new Set(s.lines.filter((l) => l.count >= need).map((l) => l.key));
}
