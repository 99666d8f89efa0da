/**
 * Clean blocks → the article: headline, sections with their sub-headings, body, meta.
 */
import type { Block, Meta, OutputBlock, Removal, RemovalWithMeta, Section } from '../model.js';
import { DIGIT, endsWithEllipsis, headlineWords, isDateLine, isHeadlineLike, isProse, ISO_DATE_TIME, itemsReadAsText, PLACEHOLDER, sectionKey, STANDFIRST_WORDS, startsRightAfter, wordCount } from '../clean/signals.js';
import type { Category, PhraseIndex } from '../clean/phrases.js';
import { defaultPhrases } from '../clean/phrases.js';
import { endsSentence, GREEK_LETTERS, isLetterOrDigit, matchKey, SENTENCE_STOPS } from '../text/normalize.js';
import { judge, judgedProse, mainStretch, wholeSentence, type Judgement } from './stretch.js';
import { repeatedBlocks } from './repeats.js';

export interface Structured {
  headline: string | null;
  sections: Section[];
  body: string;
  meta: Meta;
  /** What the structure stage itself set aside (text before the headline, repeated headlines). */
  removed: Removal[];
}

export interface StructureOptions {
  phrases?: PhraseIndex;
  /** A headline known from elsewhere (HTML <h1>, og:title): preferred when it matches a block. */
  headlineHint?: string;
  /** The hint is the page's own declaration (HTML): use it even when no block matches it. */
  declaredHeadline?: boolean;
  /** The declared headline is a heading block of its own (a Markdown dump's "# " line). */
  markedHeadline?: boolean;
  /**
   * Find the article as the main stretch of prose (text dumps, where nothing but the text tells
   * article from page). HTML has had its content container chosen already.
   */
  findStretch?: boolean;
  meta?: Meta;
  /** Where a byline or date that the parser left out stood: after the block of that line (HTML). */
  metaAfter?: readonly number[];
}

/** How many blocks before the first prose paragraph may hold the headline. */
const HEADLINE_WINDOW = 8;

function isCaption(text: string, phrases: PhraseIndex): boolean {
  const key = matchKey(text);
  return phrases.contained('captions', key) !== undefined;
}

/** Is `a` the same headline as `b`, or a truncated print of it ("… ", "...")? */
function sameHeadline(a: string, b: string): boolean {
  // A headline is short: a long paragraph is never one (and is not normalised to find out).
  if (a.length > 400 || b.length > 400) return false;
  const ka = matchKey(a);
  const kb = matchKey(b);
  if (ka.length === 0 || kb.length === 0) return false;
  if (ka === kb) return true;
  const [short, long] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  const shortRaw = ka.length < kb.length ? a.trimEnd() : b.trimEnd();
  const truncated = shortRaw.endsWith('…') || shortRaw.endsWith('...');
  return truncated && short.length >= 12 && long.startsWith(short.split(' ').slice(0, -1).join(' '));
}

function headlineScore(block: Block, all: readonly Block[], distance: number, phrases: PhraseIndex, hint?: string): number {
  if (hint && sameHeadline(block.text, hint)) return 1000;
  const n = headlineWords(block.text);
  // Longer lines, lines closer to the article's first paragraph, and lines standing on their own
  // (not packed with a label, as a ticker's or a teaser's are) make likelier headlines.
  let score = Math.min(n, 20) - 5 * distance + (block.kind === 'line' ? 0 : 3);
  if (n < 3) score -= 10;
  if (block.kind === 'heading' && (block.level ?? 2) <= 1) score += 20;
  if (isCaption(block.text, phrases)) score -= 30;
  if (isDateLine(block.text, phrases)) score -= 50;
  // A date in figures inside the line ("Carlos Nadalim 27/09/2018 Comente! …"): a post's meta line.
  else if (NUMERIC_DATE.test(block.text)) score -= 20;
  // A line that opens with a date and goes on ("सोमवार, 30 नवंबर 2026 ई-पेपर लॉग इन", "Monday,
  // 30 November 2026 E-Paper Log in"): a top bar with the day's date, or a post's meta line.
  else if (opensWithDate(block.text, phrases)) score -= 20;
  // Printed twice (title and image alt text, or a truncated copy): the headline.
  if (all.some((o) => o !== block && sameHeadline(o.text, block.text))) score += 10;
  return score;
}

/**
 * Does the article's first paragraph open with the line, words and all (an encyclopedia's lead:
 * "Eastside Rail Park is a public park …" under "Eastside Rail Park")? Two words at the least.
 */
function opensLead(line: string, lead: string | undefined): boolean {
  if (lead === undefined) return false;
  const t = line.trim();
  if (t.indexOf(' ') === -1 || t.length >= lead.length) return false;
  const after = lead.charCodeAt(t.length);
  return lead.slice(0, t.length).toLowerCase() === t.toLowerCase() && !isLetterOrDigit(after);
}

/** Words of a date that opens a line, at the most. */
const OPENING_DATE_WORDS = 6;

/** Do the line's first words (two at the least, one a figure) make a date? */
function opensWithDate(text: string, phrases: PhraseIndex): boolean {
  const words = text.trim().split(/\s+/);
  for (let p = Math.min(OPENING_DATE_WORDS, words.length - 1); p >= 2; p--) {
    const head = words.slice(0, p).join(' ');
    if (DIGIT.test(head) && isDateLine(head, phrases)) return true;
  }
  return false;
}

function findBodyStart(blocks: readonly Block[]): number {
  for (let i = 0; i < blocks.length; i++) if (isProse(blocks[i])) return i;
  return -1;
}

/**
 * A line that reads like names (people, an outlet): at most eight words, no sentence mark at
 * the end, and most words capitalised ("Kevin Johnson and Kevin McCoy USA TODAY", "PTI, Washington,").
 */
function nameLike(text: string, phrases: PhraseIndex): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 1 || words.length > 8 || NAME_END.test(t.slice(-1)) || /[[\]]|\p{Nd}/u.test(t)) return false;
  // A script without capitals (Arabic, Urdu, Persian): a name is a few words ("خالد المنصوري"),
  // which may read as little words once folded, but the first ("محمد علي", "أحمد علي الزهراني":
  // علي, Ali, folds as على, on).
  if (!CASED_LETTER.test(t)) {
    if (phrases.is('stopwords', matchKey(words[0] as string))) return false;
    return words.length >= 2 && words.length <= CASELESS_NAME_WORDS && !phrases.coveredBy(['nav', 'home'], matchKey(t), false);
  }
  // Names carry no little words but "and" ("The Impeachment Clock" is a headline).
  if (words.some((w) => w.toLowerCase() !== 'and' && phrases.is('stopwords', matchKey(w)))) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}@]/u.test(w)).length;
  return capitalised >= 2 && capitalised >= words.length * 0.6;
}

/** A dash or bar with spaces around it, between a credit's two parts. */
const CREDIT_SEPARATOR = /\s[-–—|]\s/;
/** Words of each part of a credit, at the most. */
const CREDIT_PART_WORDS = 3;

/**
 * A place and a name, or a name and a place, or a place and an agency, set apart by a dash: the
 * credit printed under a headline ("القاهرة - أ ش أ", "محمد علي - الرياض", "LONDON — Jane Doe").
 * Each part a few words, no figure, no little word but the part's last (a name may end in one
 * once folded: "محمد علي", علي as على; nameLike lets a caseless name carry them after its first).
 */
function creditPair(text: string, phrases: PhraseIndex): boolean {
  const parts = text.trim().split(CREDIT_SEPARATOR);
  if (parts.length !== 2 || DIGIT.test(text)) return false;
  return parts.every((p) => {
    const words = p.trim().split(/\s+/).filter((w) => w.length > 0);
    return words.length >= 1 && words.length <= CREDIT_PART_WORDS && !words.slice(0, -1).some((w) => phrases.is('stopwords', matchKey(w)));
  });
}

/** The middle dot or bar between a name and the page's tools. */
const TOOLS_SEPARATOR = /\s[·|•]\s/;

/** A name and the page's tools or reading time beside it: "Jane Doe · 5 min read", "Jane Doe · Follow". */
function nameWithTools(text: string, phrases: PhraseIndex): boolean {
  const parts = text.trim().split(TOOLS_SEPARATOR);
  if (parts.length < 2 || !nameLike(parts[0] as string, phrases)) return false;
  return parts.slice(1).every((p) => phrases.coveredBy(['widgets', 'share'], matchKey(p), true));
}

/** A letter with case; words of a name in a script without case, at the most. */
const CASED_LETTER = /[\p{Lu}\p{Ll}]/u;
const CASELESS_NAME_WORDS = 4;

/** A date in figures: 27/09/2018, 19.11.2019, 2019-11-19. */
const NUMERIC_DATE = /(?<![\p{Nd}])(?:\p{Nd}{1,2}[/.]\p{Nd}{1,2}[/.](?:\p{Nd}{4}|\p{Nd}{2})|\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2})(?![\p{Nd}])/u;

/** How far before the article a headline that a byline or date follows is still looked for. */
const BYLINE_WINDOW = 30;
/** Score a line anchored by its byline may lose by to an anchored line above it, and still win by being nearer the text. */
const ANCHORED_NEARER = 10;

/** Words of a headline that the article's stretch opens with, at the least, to win over a line above. */
const OPENER_WORDS = 5;
/** A sentence's inner punctuation: before a space, maybe after a closing quote (not the point in "50.000"). */
/** What a name does not end with: a sentence's stop, a colon, a bracket. */
const NAME_END = new RegExp(`[${SENTENCE_STOPS}…:[\\]]`, 'u');
const INNER_PUNCTUATION = new RegExp(`[,،;؛${SENTENCE_STOPS}]["'”’»)]*(?=\\s)`);

/** A question's end: "?", "؟", their full-width form, Greek's ";" after a Greek letter, maybe before a closing quote. */
const QUESTION_END = new RegExp(`(?:[?؟？]|(?<=[${GREEK_LETTERS}]);)["'”’»)]*\\s*$`, 'u');

/** Words of a question that heads a part, at the most. */
const QUESTION_HEADING_WORDS = 8;

/** Blocks under an opening line within which its byline or date stands, at the most. */
const OPENER_META_REACH = 4;

/** Blocks under an opening headline before its prose, at the most. */
const OPENER_REACH = 3;

/** Is one of the `reach` blocks from `from` on prose, with no list before it? */
function proseWithin(blocks: readonly Block[], from: number, reach: number): boolean {
  for (let k = from; k < Math.min(blocks.length, from + reach); k++) {
    const b = blocks[k] as Block;
    if (b.kind === 'list') return false;
    if (isProse(b)) return true;
  }
  return false;
}

/**
 * May the line the article's stretch opens with win over a line above it? Only a line that reads
 * as nothing but a headline: five words or more, none of a sentence's inner punctuation (a
 * standfirst's "…,” the chairman said"), no image placeholder, no date.
 */
function overrides(b: Block, phrases: PhraseIndex): boolean {
  return headlineWords(b.text) >= OPENER_WORDS && !INNER_PUNCTUATION.test(b.text) && !PLACEHOLDER.test(b.text) && !isDateLine(b.text, phrases);
}

function findHeadline(blocks: readonly Block[], start: number, phrases: PhraseIndex, hint: string | undefined, removed: readonly RemovalWithMeta[], contents: ReadonlySet<string>): number {
  const to = start === -1 ? Math.min(blocks.length, HEADLINE_WINDOW) : start;
  const from = Math.max(0, to - HEADLINE_WINDOW);
  const window = blocks.slice(from, to);
  // Lines where a byline or a date stood: a headline is printed right above them.
  const metaLines = removed.filter((r) => r.meta?.author !== undefined || r.meta?.published !== undefined).map((r) => r.origin.line ?? -1);
  const followedByMeta = (i: number): boolean => {
    const here = blocks[i]?.origin.endLine ?? blocks[i]?.origin.line ?? -1;
    const next = blocks[i + 1]?.origin.line ?? Infinity;
    return metaLines.some((l) => l > here && l < next);
  };
  // The items of a table of contents are the article's section headings, not its headline (a
  // live blog's "Key events" list its posts' headings).
  const listed = (b: Block): boolean => contents.size > 0 && contents.has(sectionKey(b.text));
  let best = -1;
  let bestScore = -Infinity;
  let bestAnchored = false;
  const lead = start === -1 ? undefined : blocks[start]?.text;
  for (let i = Math.max(0, to - BYLINE_WINDOW); i < to; i++) {
    const b = blocks[i] as Block;
    if (b.kind === 'list' || b.kind === 'table' || b.kind === 'code') continue;
    // A line with a text browser's image placeholder in it ("[logo]", "[]") is page furniture.
    if (!isHeadlineLike(b) || PLACEHOLDER.test(b.text) || listed(b)) continue;
    // A section's name over the date ("Business News", "World") is a label, not a headline.
    if (phrases.coveredBy(['nav', 'home'], matchKey(b.text), false)) continue;
    // A byline or date under a line anchors it, and so does the article's first paragraph
    // opening with it (an encyclopedia's lead): its distance from the text no longer counts.
    const byline = followedByMeta(i) || opensLead(b.text, lead);
    // Outside the near window, only an anchored line is a candidate.
    if (i < from && !byline) continue;
    const s = headlineScore(b, window, byline ? 0 : to - 1 - i, phrases, hint) + (byline ? 15 : 0);
    // Of two lines that a byline or date anchors, the one nearer the text is the article's: cards
    // of other stories, each with its author and date, stand above it ("Recent from …").
    if (s > bestScore || (byline && bestAnchored && s >= bestScore - ANCHORED_NEARER)) {
      best = i;
      bestScore = s;
      bestAnchored = byline;
    }
  }
  if (best !== -1 && bestScore < 0) best = -1;
  // The stretch may open with the headline itself: a headline-like line right above prose that
  // does not end like a sentence (questions open articles too). It is the headline when nothing
  // above is, and over a line above that no byline or date anchors and that the hint is not.
  const first = start === -1 ? undefined : blocks[start];
  // Prose follows it, or a short line (its tags, a section) and then prose, or its standfirst
  // and a caption before the prose (three lines at the most, none a list).
  const next = blocks[start + 1];
  const prose = isProse(next) || (next !== undefined && next.kind !== 'list' && wordCount(next.text) <= 6 && isProse(blocks[start + 2])) || proseWithin(blocks, start + 1, OPENER_REACH);
  // A question opens articles too ("Ever wondered why …?"): it is their headline only when a
  // byline or a date stood right under it.
  const asked = first !== undefined && QUESTION_END.test(first.text) && followedByMeta(start);
  const opens = first !== undefined && isHeadlineLike(first) && (!endsSentence(first.text) || asked) && !first.text.trimEnd().endsWith('…') && prose;
  if (best === -1) return opens ? headlineOverDek(blocks, start, phrases, removed) : -1;
  if (opens && !bestAnchored && overrides(first as Block, phrases) && !(hint && sameHeadline((blocks[best] as Block).text, hint))) return headlineOverDek(blocks, start, phrases, removed);
  // A byline or date a few blocks under the opening line makes it the article's head: a line far
  // above that a date anchors is the masthead's, over the page's date ("The Wall Street Journal").
  if (opens && bestAnchored && start - best > HEADLINE_WINDOW && !hint) {
    const below = (first as Block).origin.endLine ?? (first as Block).origin.line ?? 0;
    const reach = blocks[start + OPENER_META_REACH]?.origin.line ?? Infinity;
    if (metaLines.some((l) => l > below && l < reach)) return start;
  }
  // A byline without "By" ("David Ehrlich", "Tom Davies Associated Press"): the date under it
  // anchored the author's name, and the headline is the longer line just above it. Not a name
  // that the lead opens with: that is the subject's (an encyclopedia's "Eastside Rail Park").
  if (bestAnchored && nameLike((blocks[best] as Block).text, phrases) && !opensLead((blocks[best] as Block).text, lead)) {
    const n = headlineWords((blocks[best] as Block).text);
    for (let k = best - 1; k >= Math.max(0, best - 3); k--) {
      const b = blocks[k] as Block;
      const m = headlineWords(b.text);
      if (isHeadlineLike(b) && m >= 5 && m > n && !nameLike(b.text, phrases) && !b.text.includes('[') && !isDateLine(b.text, phrases)) return headlineOverDek(blocks, k, phrases, removed);
    }
  }
  // A credit right above the text that nothing anchors ("القاهرة - أ ش أ", "Jane Doe and John
  // Smith"), under a longer line: the place and the names under the headline, not the headline.
  if (best === to - 1 && !bestAnchored && best > 0 && !(hint && sameHeadline((blocks[best] as Block).text, hint))) {
    const here = blocks[best] as Block;
    const above = blocks[best - 1] as Block;
    const credit = creditPair(here.text, phrases) || nameLike(here.text, phrases) || nameWithTools(here.text, phrases);
    if (credit && above.kind !== 'list' && isHeadlineLike(above) && headlineWords(above.text) >= OPENER_WORDS && headlineWords(above.text) > headlineWords(here.text) && !nameLike(above.text, phrases) && !isDateLine(above.text, phrases) && !PLACEHOLDER.test(above.text)) {
      return headlineOverDek(blocks, best - 1, phrases, removed);
    }
  }
  // A hint that matches no block still wins over nothing; the caller uses it as is.
  return hint && sameHeadline((blocks[best] as Block).text, hint) ? best : headlineOverDek(blocks, best, phrases, removed, bestAnchored);
}

/**
 * Headline, standfirst, byline: the byline anchored the standfirst, a summary without a full stop
 * too long for a headline ("La medida beneficiará a unos 120.000 jóvenes … a partir de enero").
 * The headline is then the line of a headline's length right above it.
 */
function headlineOverDek(blocks: readonly Block[], k: number, phrases: PhraseIndex, removed: readonly RemovalWithMeta[], anchored = false): number {
  const above = blocks[k - 1];
  if (!above) return k;
  const n = headlineWords(above.text);
  const m = headlineWords((blocks[k] as Block).text);
  const headline = isHeadlineLike(above) && overrides(above, phrases) && !nameLike(above.text, phrases) && !isCaption(above.text, phrases);
  if (!headline || n < HEADLINE_WORDS) return k;
  // The page's title printed before, where the standfirst is not: a breadcrumb trail ends with it.
  if (printedBefore(blocks, k - 1, removed) && !printedBefore(blocks, k, removed)) return k - 1;
  // A standfirst too long for a headline, clearly the longer of the two.
  if (m >= DEK_WORDS && n <= m * DEK_RATIO) return k - 1;
  // A shorter one that reads as a summary, with a clause ("מועצת העיר אישרה את התוכנית, העבודות
  // יימשכו כשלוש שנים", "The plan passed seven to two, and work starts in spring"), under a line
  // longer than a section's label that is no teaser's cut title and names no button or menu item
  // (a masthead: "Diario del Sur Suscríbete Iniciar sesión").
  const clause = INNER_PUNCTUATION.test((blocks[k] as Block).text);
  // Right over its byline or date, a line of ten words or more, clearly longer than the line
  // above (by a sixth at the least), is that headline's standfirst too ("قادة المنطقة يتفقون …" over
  // "اتفاق على صندوق مشترك … المياه", then "المصدر : …" and the date): a summary runs longer
  // than its headline; another story's headline over it does not.
  const summary = clause || (anchored && m >= ANCHORED_DEK_WORDS && n <= m * ANCHORED_DEK_RATIO && !underLabel(blocks, k - 1, removed));
  return summary && n < m && !endsWithEllipsis(above.text) && !furniture(above.text, phrases) ? k - 1 : k;
}

/** Words of a label over its item ("Now:", "Breaking:"), at the most. */
const ITEM_LABEL_WORDS = 3;

/**
 * Does a label stand right above the block, kept or taken out ("Now:" over another story's
 * headline, above the page's own)? The block is then the label's item.
 */
function underLabel(blocks: readonly Block[], i: number, removed: readonly RemovalWithMeta[]): boolean {
  const b = blocks[i] as Block;
  const start = b.origin.line ?? 0;
  let above: { end: number; text: string } | undefined;
  const before = blocks[i - 1];
  if (before) above = { end: before.origin.endLine ?? before.origin.line ?? 0, text: before.text };
  for (const r of removed) {
    const end = r.origin.endLine ?? r.origin.line ?? -1;
    if (end < start && (above === undefined || end > above.end)) above = { end, text: r.text };
  }
  const t = above?.text.trim() ?? '';
  return (t.endsWith(':') || t.endsWith('：')) && wordCount(t) <= ITEM_LABEL_WORDS;
}

/**
 * Is the block's text printed earlier on the page, at the end of a line: a breadcrumb trail ends
 * with the page's own title ("HomeLocal<headline>", "Home › Local › <headline>"), a title bar
 * prints it whole. A standfirst is printed once.
 */
function printedBefore(blocks: readonly Block[], i: number, removed: readonly RemovalWithMeta[]): boolean {
  const b = blocks[i] as Block;
  const text = b.text.trim();
  const line = b.origin.line ?? 0;
  for (const r of removed) if ((r.origin.line ?? Infinity) < line && r.text.trimEnd().endsWith(text)) return true;
  for (let k = 0; k < i; k++) if ((blocks[k] as Block).text.trimEnd().endsWith(text)) return true;
  return false;
}

/** Are the two blocks lines of one group (no blank line between them)? */
function sameGroup(a: Block | undefined, b: Block | undefined): boolean {
  return a !== undefined && b !== undefined && a.origin.group !== undefined && a.origin.group === b.origin.group;
}

/** Does the line name a button, a menu item or the home page (a masthead's "Subscribe", "Sign in")? */
function furniture(text: string, phrases: PhraseIndex): boolean {
  const key = matchKey(text);
  return FURNITURE.some((cat) => phrases.contained(cat, key) !== undefined);
}
const FURNITURE: readonly Category[] = ['nav', 'home', 'widgets', 'share', 'newsletter'];

/** The keys of the items of the tables of contents that rule table-of-contents took out: the article's section headings. */
function contentsItems(removed: readonly RemovalWithMeta[]): Set<string> {
  const items = new Set<string>();
  for (const r of removed) if (r.rule === 'table-of-contents') for (const item of r.text.split('\n')) items.add(sectionKey(item));
  return items;
}

/** Words of a standfirst too long for a headline (without a clause), at the least, and of the headline above it. */
const DEK_WORDS = 16;
const HEADLINE_WORDS = 6;
/** Words of a standfirst over its byline, longer than the headline above it, at the least. */
const ANCHORED_DEK_WORDS = 10;
const ANCHORED_DEK_RATIO = 0.85;
/** A headline's words against its standfirst's, at the most: it is clearly the shorter. */
const DEK_RATIO = 0.7;

/** A form field as text browsers draw it: an empty box, a line to write on, a button. */
const FORM_FIELD = /\[ *\]|_{4,}|\(BUTTON\)/;

/**
 * A name line as the author: without a trailing separator ("Reuters, Washington,"), and after a
 * "By" that a text browser glued to the avatar's alt text ("Eric SongBy Eric Song, IGN Staff").
 */
function authorName(line: string, phrases: PhraseIndex): string {
  const glued = GLUED_BY.exec(line);
  const name = (glued ? (glued[1] as string) : line).replace(/[\s,;|·•–—-]+$/, '');
  // The follow button printed after the name ("Priya Raman · Follow").
  let end = name.length;
  for (let m = lastButtonSeparator(name, end); m > 0; m = lastButtonSeparator(name, end)) {
    if (!BUTTON_CATEGORIES.some((c) => phrases.is(c, matchKey(name.slice(m + 3, end))))) break;
    end = m;
  }
  return name.slice(0, end);
}

/** Where the last " · ", " • " or " | " before `end` starts, or -1. */
function lastButtonSeparator(text: string, end: number): number {
  return Math.max(text.lastIndexOf(' · ', end - 3), text.lastIndexOf(' • ', end - 3), text.lastIndexOf(' | ', end - 3));
}

/** What the buttons beside a name say. */
const BUTTON_CATEGORIES: readonly Category[] = ['followVerbs', 'share', 'widgets'];

const GLUED_BY = /\p{Ll}By (\p{Lu}.*)$/u;

/** Blocks of a standfirst at the most (and words of each: STANDFIRST_WORDS). */
const STANDFIRST_BLOCKS = 2;
/** Blocks under the byline in which the article's text goes on, at the most (tags, a picture between). */
const BODY_REACH = 4;
/** Words of a standfirst that summarises, at the least. */
const STANDFIRST_MIN_WORDS = 6;

/**
 * The standfirst right under the headline: the summary printed between the headline and the
 * byline or date ("Five years of moving-van data, one surprising pattern." over "Nov 24, 2026").
 * Under the byline, a summary cannot be told from the first paragraph, and stays. A name printed
 * alone right above the date ("Maya Okafor") is the author, not the summary's.
 */
/** A separator a theme prints after a section's label, before the byline's date ("NATIONAL /", "Politics |"). */
const LABEL_SEPARATOR = /\s[/|·•]$/;

function standfirstOf(blocks: readonly Block[], h: number, removed: readonly RemovalWithMeta[], phrases: PhraseIndex, metaAfter: readonly number[]): { blocks: number; author?: number; label?: number } {
  // Bylines and printed dates; a machine's timestamp (hidden microdata a text browser shows)
  // may stand anywhere.
  const metaRemovals = removed.filter((r) => r.meta?.author !== undefined || (r.meta?.published !== undefined && !ISO_DATE_TIME.test(r.text)));
  const metaLines = metaRemovals.map((r) => r.origin.line ?? -1).concat(metaAfter.map((l) => l + 0.5));
  // Lines that name the author themselves ("By Megan Hart · November 20, 2026").
  const authorLines = metaRemovals.filter((r) => r.meta?.author !== undefined).map((r) => r.origin.line ?? -1);
  const headlineEnd = h === -1 ? 0 : (blocks[h]?.origin.endLine ?? blocks[h]?.origin.line);
  if (headlineEnd === undefined) return { blocks: 0 };
  // The headline's own byline, right under it, leaves no room for a standfirst.
  const firstBelow = blocks[h + 1]?.origin.line ?? Infinity;
  if (metaLines.some((l) => l > headlineEnd && l < firstBelow)) return { blocks: 0 };
  for (let n = 1; n <= STANDFIRST_BLOCKS + 1; n++) {
    const b = blocks[h + n];
    // A page may set its standfirst as a heading (<h2> under the <h1>).
    if (!b || (b.kind !== 'paragraph' && b.kind !== 'line' && b.kind !== 'heading') || wordCount(b.text) > STANDFIRST_WORDS) return { blocks: 0 };
    const end = b.origin.endLine ?? b.origin.line ?? Infinity;
    const next = blocks[h + n + 1]?.origin.line ?? Infinity;
    if (!metaLines.some((l) => l > end && l < next)) continue;
    // The line right above the date reads as a name: the byline, without its "By". Not above a
    // byline that names the author itself: there, a line of capitalised words is no name; with
    // the separator a theme prints after it ("TRD NATIONAL /"), it is the section's label.
    if (nameLike(b.text, phrases)) {
      if (!authorLines.some((l) => l > end && l < next)) return { blocks: n - 1, author: h + n };
      return LABEL_SEPARATOR.test(b.text) ? { blocks: n - 1, label: h + n } : { blocks: 0 };
    }
    // The article goes on under the byline: a brief's one paragraph over a byline at its foot
    // is its text.
    return n <= STANDFIRST_BLOCKS && blocks.slice(h + n + 1, h + n + 1 + BODY_REACH).some((x) => isProse(x)) ? { blocks: n } : { blocks: 0 };
  }
  return { blocks: 0 };
}

/** The label of an interview's question or answer: a word (or a letter) and its colon ("س:", "Q:", "Frage:"). */
const QA_LABEL = /^\p{L}{1,8}\s?[:：]/u;

/** A clock time alone: "14:52", "2:52 pm", "14.52 GMT", "10:45 ص", "14h52". */
const CLOCK_TIME = /^(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s?(?:[ap]\.?m\.?|ص|م|[a-z]{2,4}t|utc))?$/iu;

/**
 * A sentence's stop and a footnote's number after it ("… in stages from 2027.1", "… the
 * creek.[3]": a <sup> printed inline). After a letter, a quote or a year, not a decimal ("2.1").
 */
const FOOTNOTE_AFTER_STOP = /(?:\p{L}|(?<!\p{Nd})\p{Nd}{4})[.!?]["”’»)]?\[?\p{Nd}{1,3}\]?$/u;

/** The dash that opens an attribution line. */
const ATTRIBUTION_DASH = /^[—–―]/;

/** A sub-heading: a short line without terminal punctuation, followed by text (or a table). */
function headingText(block: Block, next: Block | undefined, alone = false): string | null {
  if (block.kind === 'heading') return block.text;
  if (block.kind !== 'paragraph' && block.kind !== 'line') return null;
  if (!next || (next.kind !== 'paragraph' && next.kind !== 'line' && next.kind !== 'list' && next.kind !== 'quote' && next.kind !== 'table')) return null;
  const text = block.text.trim();
  // Chinese and Japanese words counted as a headline's are (two characters a word).
  const n = headlineWords(text);
  // A time alone ("14:52", "2:52 pm") is a live post's or an update's stamp, over its text.
  if (n === 0 || text.length > 120 || CLOCK_TIME.test(text)) return null;
  // An attribution under a quote or an embedded post opens with a dash ("— Canal Wildlife Trust
  // (@CanalWildlife) December 7, 2026"); a heading does not.
  if (ATTRIBUTION_DASH.test(text)) return null;
  const last = text[text.length - 1] ?? '';
  if (last === ':' || last === '：') {
    // "Heading:" introducing a paragraph (not the sentence that introduces a list).
    if (n <= 8 && next.kind !== 'list' && isProse(next)) return text.slice(0, -1).trim();
    return null;
  }
  // A short question heads a part too ("ما المطلوب؟", "What happens next?"); a remark set
  // apart ("Really, have you seen …?", "(… right?)") has a comma or a bracket.
  // An interview's question after its label ("س: …؟", "Q: …?") is the interview's text.
  const question = n <= QUESTION_HEADING_WORDS && QUESTION_END.test(text) && !INNER_PUNCTUATION.test(text) && !/^[(["'“«]/.test(text) && !QA_LABEL.test(text);
  if (n > 12 || ((endsSentence(text) || FOOTNOTE_AFTER_STOP.test(text)) && !question) || last === ',' || last === '،' || last === '؛' || (last === ';' && !question)) return null;
  // A sub-heading stands on its own (its own blank-line group, or a group it shared only with a
  // form's controls: "[      ][Subscribe]" printed right above it) and heads real text.
  if (block.kind === 'line' && !alone) return null;
  if (question) return isProse(next) ? text : null;
  return isProse(next) || next.kind === 'list' || next.kind === 'quote' || next.kind === 'table' || wordCount(next.text) >= 8 ? text : null;
}

function toOutput(block: Block, quoteIndent: number): OutputBlock {
  switch (block.kind) {
    case 'list':
      return { kind: 'list', ordered: block.ordered ?? false, items: block.items ?? [] };
    case 'table':
      return { kind: 'table', rows: block.rows ?? [] };
    case 'code':
      return { kind: 'code', text: block.text };
    case 'quote':
      return { kind: 'quote', text: block.text };
    default:
      if ((block.indent ?? 0) >= quoteIndent) return { kind: 'quote', text: block.text };
      return { kind: 'paragraph', text: block.text };
  }
}

/** The indentation of ordinary prose (0 for w3m, 3 for lynx); quotes are indented 2+ past it (lynx 2, w3m 4). */
function baseIndent(blocks: readonly Block[]): number {
  const counts = new Map<number, number>();
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'line') continue;
    const ind = b.indent ?? 0;
    counts.set(ind, (counts.get(ind) ?? 0) + b.text.length);
  }
  let best = 0;
  let bestN = -1;
  for (const [ind, n] of counts) if (n > bestN) [best, bestN] = [ind, n];
  return best;
}

export function blockText(b: OutputBlock): string {
  switch (b.kind) {
    case 'list':
      return b.items.join('\n');
    case 'table':
      return b.rows.map((r) => r.join('\t')).join('\n');
    default:
      return b.text;
  }
}

function pickMeta(removed: readonly RemovalWithMeta[], headlineLine: number | undefined, base: Meta): Meta {
  const meta: Meta = { ...base };
  const near = (r: RemovalWithMeta): number => Math.abs((r.origin.line ?? 0) - (headlineLine ?? 0));
  const withMeta = removed.filter((r) => r.meta);
  const closest = (key: keyof Meta): RemovalWithMeta | undefined =>
    withMeta.filter((r) => r.meta?.[key] !== undefined).sort((a, b) => near(a) - near(b))[0];
  if (!meta.author) {
    const a = closest('author');
    if (a?.meta?.author) meta.author = a.meta.author;
  }
  if (!meta.published) {
    const d = closest('published');
    if (d?.meta?.published && near(d) <= 12) meta.published = d.meta.published;
  }
  if (!meta.modified) {
    const m = closest('modified');
    if (m?.meta?.modified && near(m) <= 12) meta.modified = m.meta.modified;
  }
  if (!meta.section) {
    const s = closest('section');
    if (s?.meta?.section) meta.section = s.meta.section;
  }
  if (!meta.tags) {
    const tags = withMeta.flatMap((r) => r.meta?.tags ?? []);
    if (tags.length > 0) meta.tags = [...new Set(tags)];
  }
  return meta;
}

/**
 * Regions that close an article: once one of them follows the article's prose, what comes after
 * it is the page's (footer text, sidebars), unless the article clearly goes on after it.
 */
const ARTICLE_END_RULES = new Set(['tags', 'prev-next', 'comment-form', 'author-box', 'most-read', 'copyright']);

function proseChars(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) if (isProse(b) || b.kind === 'list') n += b.text.length;
  return n;
}

/** Index of the first block after the article's end, or blocks.length. */
function articleEnd(blocks: readonly Block[], from: number, removed: readonly RemovalWithMeta[]): { end: number; rule?: string } {
  const ends = removed.filter((r) => ARTICLE_END_RULES.has(r.rule) && r.origin.line !== undefined).sort((a, b) => (a.origin.line ?? 0) - (b.origin.line ?? 0));
  const startLine = blocks[from]?.origin.line ?? 0;
  for (const r of ends) {
    const line = r.origin.line ?? 0;
    if (line <= startLine) continue;
    const cut = blocks.findIndex((b, i) => i >= from && (b.origin.line ?? 0) > line);
    if (cut === -1) return { end: blocks.length };
    // The article goes on after an inline region when much of its prose is still to come.
    const before = proseChars(blocks.slice(from, cut));
    const after = proseChars(blocks.slice(cut));
    if (before > 0 && after < before * 0.5) return { end: cut, rule: r.rule };
  }
  return { end: blocks.length };
}

/**
 * A sub-heading between the article's paragraphs (or under a live post's time), though its words read like a name list's (no
 * stop word: Arabic writes its little words as prefixes, "انتقادات لغياب التزامات خفض الانبعاثات"):
 * a line of its own that heads prose, after prose.
 */
function subHeading(blocks: readonly Block[], judgements: readonly Judgement[], i: number): boolean {
  const b = blocks[i] as Block;
  // Under a time alone, a live post's or an update's heading over its text.
  const above = judgedProse(judgements[i - 1]) || CLOCK_TIME.test(blocks[i - 1]?.text.trim() ?? '');
  return b.kind !== 'list' && b.links === undefined && above && judgedProse(judgements[i + 1]) && headingText(b, blocks[i + 1]) !== null;
}

/**
 * A list the article owns: introduced by a sentence ("… include:"), set between its prose, or
 * going on with the numbering of an ordered list just above it ("18) Hasbro Gaming – Taboo"
 * under "17) …" and its link).
 */
function ownList(blocks: readonly Block[], judgements: readonly Judgement[], i: number): boolean {
  if (blocks[i - 1]?.text.trimEnd().endsWith(':')) return true;
  if (continuesNumbering(blocks, i)) return true;
  if (judgedProse(judgements[i - 1]) && judgedProse(judgements[i + 1])) return true;
  // Under a sub-heading of the article ("Pros", "What it includes"): prose above the heading, and
  // below the list prose or the next sub-heading and its prose.
  return itemsReadAsText(blocks[i]?.items ?? []) && subHeadingLine(blocks[i - 1], judgements[i - 1]) && judgedProse(judgements[i - 2]) && (judgedProse(judgements[i + 1]) || (subHeadingLine(blocks[i + 1], judgements[i + 1]) && judgedProse(judgements[i + 2])));
}

/** A sub-heading line over a list (LIST_HEADING_WORDS words at the most). */
function subHeadingLine(b: Block | undefined, j: Judgement | undefined): boolean {
  return b !== undefined && b.kind !== 'list' && j?.cls === 'short' && wordCount(b.text) <= LIST_HEADING_WORDS && !endsSentence(b.text);
}

function continuesNumbering(blocks: readonly Block[], i: number): boolean {
  const b = blocks[i] as Block;
  if (!b.ordered || b.start === undefined || b.start < 2) return false;
  for (let k = i - 1; k >= 0 && i - k <= RUN_GAP_BLOCKS + 1; k--) {
    const above = blocks[k] as Block;
    if (above.kind === 'list') return above.ordered === true && above.start !== undefined && above.start + (above.items?.length ?? 0) === b.start;
  }
  return false;
}

/** Items of a list that the article introduces, at the most. */
const MAX_INTRODUCED = 200;
/** Words of an item of such a list, at the most. */
const ITEM_WORDS = 25;

function introduces(block: Block | undefined): boolean {
  return block !== undefined && block.kind !== 'list' && block.text.trimEnd().endsWith(':') && wordCount(block.text) <= ITEM_WORDS;
}

/** Characters of a line that surely did not wrap, and of each further line of one that did. */
const UNWRAPPED = 70;
const WRAPPED_LINE = 60;

/**
 * Does `b` start on the line after `a` ends? A block's end line is not kept: a long one may have
 * been wrapped (an 80-column dump) over as many lines as its length allows.
 */
function nextLine(a: Block, b: Block): boolean {
  const gap = (b.origin.line ?? 0) - (a.origin.line ?? 0);
  return gap >= 1 && gap <= spanLines(a);
}

/** Lines a block may take in the dump, wrapped as its length allows. */
function spanLines(a: Block): number {
  return a.text.length <= UNWRAPPED ? 1 : 1 + Math.ceil((a.text.length - UNWRAPPED) / WRAPPED_LINE);
}

/**
 * The article's end, taken past a list that its last sentence introduces ("… the tour dates:")
 * and that the dump prints as lines (a page's <br>-separated lines or unbulleted <p>s): its items
 * follow the introduction line after line, with no blank line between, and none reads as page
 * furniture; the list ends at the first blank line. A bulleted list right under the introduction
 * is taken whole.
 */
function introducedEnd(blocks: readonly Block[], judgements: readonly Judgement[], end: number, topic: ReadonlySet<string>, phrases: PhraseIndex): number {
  // A paragraph of any length that ends with a colon over a list numbered from 1: the run.
  for (const k of [end, end - 1]) {
    const b = blocks[k];
    const list = blocks[k + 1];
    if (b && b.kind !== 'list' && b.text.trimEnd().endsWith(':') && list?.kind === 'list' && list.start === 1 && judgements[k + 1]?.cls !== 'bad') {
      const run = numberedRunEnd(blocks, k + 1);
      if (run > k + 2) return run;
    }
  }
  const headed = headsList(blocks[end], topic, phrases);
  const intro = introduces(blocks[end]) || headed ? end : introduces(blocks[end - 1]) ? end - 1 : -1;
  if (intro === -1) return sentenceListEnd(blocks, judgements, end);
  const next = blocks[intro + 1];
  const introLine = blocks[intro]?.origin.line ?? 0;
  // Under a heading, rows of data (dates, scores, prices: figures, or a separator every row
  // has: "England (Group A): 10th appearance"), not other stories' headlines.
  const data = (rows: readonly string[]): boolean =>
    rows.length > 0 && (rows.filter((t) => DIGIT.test(t)).length * 3 >= rows.length * 2 || ROW_SEPARATORS.some((c) => rows.every((t) => t.includes(c))));
  if (next?.kind === 'list' && judgements[intro + 1]?.cls !== 'bad' && (next.origin.line ?? 0) - introLine <= 2 && (!headed || data(next.items ?? []))) return numberedRunEnd(blocks, intro + 1);
  let last = intro;
  for (let i = intro + 1; i < blocks.length && i - intro <= MAX_INTRODUCED; i++) {
    const b = blocks[i] as Block;
    if (b.kind === 'list' || judgements[i]?.cls === 'bad' || wordCount(b.text) > ITEM_WORDS) break;
    // Under a heading the lines start after its blank line; then they follow line after line.
    const first = i === intro + 1 && headed;
    if (first ? (b.origin.line ?? 0) - introLine > 2 || b.kind !== 'line' : !nextLine(blocks[i - 1] as Block, b)) break;
    last = i;
  }
  if (headed && !data(blocks.slice(intro + 1, last + 1).map((b) => b.text))) return end;
  return last - intro >= 2 ? last + 1 : end;
}

/** Blocks between two parts of a numbered run, at the most, and words of each. */
const RUN_GAP_BLOCKS = 2;
const RUN_GAP_WORDS = 3;

/**
 * The end of the numbered list at `i`, taken on while the numbering goes on in the lists below
 * it: a deals post's "1) Lego Star Wars 75188" / "http://amzn.to/…" / "2) Polistil 960574 …",
 * each item a list of its own with its link between. A line or two of a few words (a link, a
 * price) may stand between the parts; the run ends where the numbering does.
 */
function numberedRunEnd(blocks: readonly Block[], i: number): number {
  const first = blocks[i] as Block;
  if (!first.ordered || first.start === undefined) return i + 1;
  let expected = first.start + (first.items?.length ?? 0);
  let last = i;
  let j = i + 1;
  while (j < blocks.length) {
    let k = j;
    while (k < blocks.length && k - j < RUN_GAP_BLOCKS && blocks[k]?.kind !== 'list' && wordCount((blocks[k] as Block).text) <= RUN_GAP_WORDS) k++;
    const b = blocks[k];
    if (!b || b.kind !== 'list' || !b.ordered || b.start !== expected) break;
    expected += b.items?.length ?? 0;
    last = k;
    j = k + 1;
  }
  // The run's last item may have its link under it too.
  let end = last + 1;
  while (end < blocks.length && end - last <= RUN_GAP_BLOCKS && last > i && blocks[end]?.kind !== 'list' && wordCount((blocks[end] as Block).text) <= 1) end++;
  return end;
}

/** What sets a row's label from its value. */
const ROW_SEPARATORS = [': ', ' – ', ' — ', ' | ', ' @ '];

/** Words a heading shares with the article's subject, at the least, to head the article's own list. */
const TOPIC_WORDS = 2;
/** Words of such a heading, or of any heading over a list of the article's, at the most. */
const LIST_HEADING_WORDS = 8;

/**
 * A heading right under the article's last paragraph that names the article's subject (its
 * headline's or first paragraphs' words: "The Doobie Brothers Tour Dates" under "The Doobie
 * Brothers Unite With Michael McDonald …"): the rows of data under it are the article's.
 * "Related Stories" shares no word with it.
 */
function headsList(block: Block | undefined, topic: ReadonlySet<string>, phrases: PhraseIndex): boolean {
  if (!block || block.kind !== 'paragraph' || topic.size === 0 || wordCount(block.text) > LIST_HEADING_WORDS || endsSentence(block.text)) return false;
  let shared = 0;
  for (const w of contentWords(block.text, phrases)) if (topic.has(w)) shared++;
  return shared >= TOPIC_WORDS;
}

/** The words of a text that carry its subject (four letters or more, no stop words), by their first letters. */
function contentWords(text: string, phrases: PhraseIndex): Set<string> {
  const out = new Set<string>();
  for (const w of matchKey(text).split(' ')) if (w.length >= 4 && !phrases.is('stopwords', w)) out.add(w.slice(0, STEM));
  return out;
}

/** Letters of a word compared at the most: "qualified" and "qualifying", "teams" and "team's". */
const STEM = 5;

/**
 * The article's end, taken past a bulleted list right under its last paragraph when every item
 * is a sentence ("Check the hallmark on the piece."): a teaser list's items are headlines.
 */
function sentenceListEnd(blocks: readonly Block[], judgements: readonly Judgement[], end: number): number {
  const list = blocks[end];
  const last = blocks[end - 1];
  if (list?.kind !== 'list' || last === undefined || judgements[end]?.cls === 'bad') return end;
  const items = list.items ?? [];
  // Right under it: on the next line, or after one blank line.
  const gap = (list.origin.line ?? 0) - (last.origin.line ?? 0);
  if (items.length < 2 || gap < 1 || gap > spanLines(last) + 1) return end;
  return items.every((it) => wordCount(it) >= 3 && wholeSentence(it)) ? end + 1 : end;
}

/**
 * Where the comments begin: the first comment-section label ("Comments", "[ 167 comments ]",
 * "التعليقات") that follows a fair amount of article prose. Comments are prose too, and a long
 * thread outweighs a short article, so the stretch is looked for before them.
 */
function commentsStart(blocks: readonly Block[], judgements: readonly Judgement[], removed: readonly RemovalWithMeta[], phrases: PhraseIndex): number {
  // A count of comments alone on its line may have gone as a share bar's button ("3 Comments").
  const labels = removed.filter(
    (r) =>
      r.origin.line !== undefined &&
      r.text.length <= 200 &&
      ((r.rule === 'comment-form' && (phrases.coveredBy(['commentMarkers'], matchKey(r.text), true) || /^\p{Nd}+ /u.test(r.detail ?? ''))) ||
        (r.rule === 'share-bar' && DIGIT.test(r.text) && phrases.coveredBy(['commentMarkers'], matchKey(r.text), true))),
  );
  for (const label of labels) {
    const at = blocks.findIndex((b) => (b.origin.line ?? 0) > (label.origin.line ?? 0));
    if (at === -1) continue;
    let prose = 0;
    // A short article (a brief of two paragraphs) has no paragraph long enough to be judged good:
    // under a label that counts its comments ("3 تعليقات", "Comments (12)") — the section's own
    // heading, not a link to it beside the byline — two paragraphs of prose before it will do.
    let paragraphs = 0;
    let shorter = 0;
    for (let i = 0; i < at; i++) {
      const j = judgements[i];
      const chars = blocks[i]?.text.length ?? 0;
      if (j?.cls === 'good') prose += chars;
      if (judgedProse(j) && !j?.list) {
        paragraphs++;
        shorter += chars;
      }
    }
    if (prose >= COMMENTS_AFTER_PROSE || (DIGIT.test(label.text) && paragraphs >= 2 && shorter >= COMMENTS_AFTER_BRIEF)) return at;
  }
  return blocks.length;
}

/** Characters of good prose before a comment-section label, at the least; of a brief's paragraphs, under a counted one. */
const COMMENTS_AFTER_PROSE = 400;
const COMMENTS_AFTER_BRIEF = 250;

/**
 * Judge every block for the stretch search. Prose that only repeats what the page showed before
 * counts for nothing: the article is where its text is first printed. A whole sentence repeated
 * between new prose on both sides is the article's own (a pull quote, the question an interview
 * puts to each guest); a caption printed twice (alt text and caption) is not.
 */
/** Words of a line that heads a list of quantities or steps, at the most. */
const HEADS_WORDS = 5;

/**
 * The lines that stand alone once the rules took out the rest of their group, all of it printed
 * under them (lynx printed a call to action and the tags under the article's last paragraph, no
 * blank line between): each is judged as the paragraph it is, when it reads as prose, not as a
 * line packed with others.
 */
function unpackedLines(blocks: readonly Block[], removed: readonly RemovalWithMeta[]): Set<number> {
  const out = new Set<number>();
  const firstRemoved = new Map<number, number>();
  for (const r of removed) {
    const g = r.origin.group;
    if (g === undefined || r.origin.line === undefined) continue;
    firstRemoved.set(g, Math.min(firstRemoved.get(g) ?? Infinity, r.origin.line));
  }
  blocks.forEach((b, i) => {
    if (b.kind !== 'line' || b.origin.group === undefined || sameGroup(blocks[i - 1], b) || sameGroup(b, blocks[i + 1])) return;
    const first = firstRemoved.get(b.origin.group);
    if (first !== undefined && first > (b.origin.endLine ?? b.origin.line ?? Infinity)) out.add(i);
  });
  return out;
}

/** Words of a headline that pictures' alt texts repeat, at the least. */
const ALT_HEADLINE_WORDS = 4;

/**
 * A gallery whose pictures have the headline for alt text, each over its caption ("Hibernating
 * astronauts would need smaller spacecraft" / "Functional areas of the hibernation module: …"):
 * a list every item of which opens with the headline and says more.
 */
function altIsHeadline(b: Block, headlineKey: string): boolean {
  if (b.kind !== 'list') return false;
  const items = b.items ?? [];
  return (
    items.length > 0 &&
    items.every((t) => {
      const k = matchKey(t);
      return k.length > headlineKey.length && k.startsWith(headlineKey) && k.charCodeAt(headlineKey.length) === 32;
    })
  );
}

/** Words of each line of a list without bullets, at the least. */
const BARE_ITEM_WORDS = 3;

function judgeAll(blocks: readonly Block[], phrases: PhraseIndex, unpacked: ReadonlySet<number> = new Set()): Judgement[] {
  const repeats = repeatedBlocks(blocks);
  const judged = blocks.map((b, i) => {
    const j = judge(b, phrases);
    if (!unpacked.has(i)) return j;
    const alone = judge({ ...b, kind: 'paragraph' }, phrases);
    return judgedProse(alone) ? alone : j;
  });
  const fresh = (i: number): boolean => !repeats[i] && judgedProse(judged[i]);
  // A short line over a list of quantities or numbered steps heads them ("Ingredients",
  // "Instructions"); steps under a heading are article text as a paragraph is.
  for (let i = 0; i + 1 < judged.length; i++) {
    const j = judged[i] as Judgement;
    const next = judged[i + 1] as Judgement;
    const b = blocks[i] as Block;
    if (!(next.data || next.steps) || j.cls !== 'short' || b.kind === 'list' || wordCount(b.text) > HEADS_WORDS || endsSentence(b.text)) continue;
    judged[i] = { ...j, heads: true };
    if (next.steps) judged[i + 1] = { ...next, value: next.value * 2, list: false };
  }
  // Lines one under the other in one group, between two paragraphs of prose, each of a few words
  // at the least, are one box (a list without its bullets, as copied page text has it): one gap
  // block for mainStretch, not several. A widget's labels ("Newsletter", "Follow Us") are shorter.
  for (let i = 1; i < judged.length; i++) {
    if (!judgedProse(judged[i - 1]) || blocks[i]?.kind !== 'line') continue;
    let end = i + 1;
    while (end < blocks.length && blocks[end]?.kind === 'line' && sameGroup(blocks[end - 1], blocks[end])) end++;
    const items = blocks.slice(i, end).every((b) => wordCount(b.text) >= BARE_ITEM_WORDS);
    // Prose goes on after it, maybe under a sub-heading.
    const goesOn = judgedProse(judged[end]) || (judged[end]?.cls === 'short' && blocks[end]?.kind !== 'list' && judgedProse(judged[end + 1]));
    if (end - i >= 2 && items && goesOn) for (let k = i + 1; k < end; k++) judged[k] = { ...(judged[k] as Judgement), joined: true };
    i = end - 1;
  }
  return judged.map((j, i) => {
    if (!repeats[i] || !judgedProse(j)) return j;
    if (fresh(i - 1) && fresh(i + 1) && wholeSentence(blocks[i]?.text ?? '')) return j;
    return { cls: 'short', signal: 'repeats text shown before', value: 0, repeat: true };
  });
}

export function structure(blocks: readonly Block[], cleanRemoved: readonly RemovalWithMeta[], options: StructureOptions = {}): Structured {
  const phrases = options.phrases ?? defaultPhrases;
  const removed: Removal[] = [];
  const judgements: Judgement[] | undefined = options.findStretch ? judgeAll(blocks, phrases, unpackedLines(blocks, cleanRemoved)) : undefined;
  const stretch = judgements ? mainStretch(judgements.slice(0, commentsStart(blocks, judgements, cleanRemoved, phrases))) : undefined;
  const start = stretch ? stretch.start : findBodyStart(blocks);
  const contents = contentsItems(cleanRemoved);
  // A headline the dump marks as its one (a Markdown "# " heading) stands where it is.
  const ownBlock = options.declaredHeadline && options.markedHeadline ? blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text === options.headlineHint) : -1;
  let h = ownBlock !== -1 ? ownBlock : findHeadline(blocks, start, phrases, options.headlineHint, cleanRemoved, contents);
  if (options.declaredHeadline && h !== -1 && !sameHeadline((blocks[h] as Block).text, options.headlineHint ?? '')) h = -1;
  const headlineBlock = h === -1 ? undefined : blocks[h];
  const headline = options.declaredHeadline ? (options.headlineHint ?? null) : (headlineBlock?.text ?? options.headlineHint ?? null);

  // Before the headline: page text the rules did not name (section labels, leftovers).
  const firstKept = h === -1 ? 0 : h + 1;
  if (h > 0) {
    for (let i = 0; i < h; i++) {
      const b = blocks[i] as Block;
      removed.push({ rule: 'before-headline', reason: 'page text before the headline', text: b.text, origin: b.origin });
    }
  }
  // A page's declared headline that no block holds stood above them all (HTML).
  const above = h !== -1 ? h : options.declaredHeadline && options.metaAfter ? -1 : undefined;
  const standfirst = above === undefined ? { blocks: 0 } : standfirstOf(blocks, above, cleanRemoved, phrases, options.metaAfter ?? []);
  const dek = standfirst.blocks;
  for (let i = h + 1; i <= h + dek; i++) {
    const b = blocks[i] as Block;
    removed.push({ rule: 'standfirst', reason: 'the standfirst between the headline and its byline (kept in meta.description)', text: b.text, origin: b.origin });
  }
  const bylineName = standfirst.author === undefined ? undefined : blocks[standfirst.author];
  if (bylineName) removed.push({ rule: 'byline', reason: 'the author\'s name above the date (kept in meta.author)', text: bylineName.text, origin: bylineName.origin });
  const sectionLabel = standfirst.label === undefined ? undefined : blocks[standfirst.label];
  if (sectionLabel) removed.push({ rule: 'byline', reason: 'the section\'s label in the byline group, over the byline', text: sectionLabel.text, origin: sectionLabel.origin });
  const marked = articleEnd(blocks, firstKept, cleanRemoved);
  // The article's subject: the words of its headline and of its first paragraphs.
  const topic = new Set<string>();
  for (const t of [headline ?? '', ...blocks.slice(stretch?.start ?? 0, (stretch?.start ?? 0) + 2).map((b) => b.text)]) for (const w of contentWords(t, phrases)) topic.add(w);
  const end = stretch && judgements ? Math.min(marked.end, Math.max(introducedEnd(blocks, judgements, stretch.end, topic, phrases), firstKept)) : marked.end;
  for (let i = end; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const why = end === marked.end && marked.rule ? `after "${marked.rule}"` : `outside the main stretch of article text; ${judgements?.[i]?.signal ?? ''}`;
    removed.push({ rule: 'after-article', reason: `page text after the end of the article (${why})`, text: b.text, origin: b.origin });
  }
  const rest: Block[] = [];
  // Sites give their pictures the headline for alt text, which a text browser prints over each caption.
  const headlineKey = headline !== null && headlineWords(headline) >= ALT_HEADLINE_WORDS ? matchKey(headline) : undefined;
  for (let i = firstKept + dek; i < end; i++) {
    const b = blocks[i] as Block;
    if (b === bylineName || b === sectionLabel) continue;
    const j = judgements?.[i];
    if (headline !== null && b.kind !== 'list' && sameHeadline(b.text, headline)) {
      removed.push({ rule: 'duplicate-headline', reason: 'the headline printed again', text: b.text, origin: b.origin });
      continue;
    }
    if (headlineKey !== undefined && altIsHeadline(b, headlineKey)) {
      removed.push({ rule: 'caption', reason: 'pictures whose alt text is the headline, and their captions', text: b.text, origin: b.origin });
      continue;
    }
    // Between the headline and the article's first paragraph: bylines, deks, captions, menus and
    // buttons that no rule named. Prose stays (a standfirst that reads as a sentence, a list of
    // sentences).
    // A heading that the table of contents lists stays, right above the first paragraph.
    if (stretch && i < stretch.start && j && !judgedProse(j) && !(i === stretch.start - 1 && contents.has(sectionKey(b.text)) && headingText(b, blocks[i + 1]) !== null)) {
      removed.push({ rule: 'before-body', reason: `between the headline and the article text (${j.signal})`, text: b.text, origin: b.origin });
      continue;
    }
    if (j?.repeat) {
      removed.push({ rule: 'repeated-text', reason: 'text the page has shown before (hidden microdata, a second copy)', text: b.text, origin: b.origin });
      continue;
    }
    // Boilerplate islands inside the article: link lists, runs of short items, name lists —
    // except a list that a sentence introduces ("… include:"), which is the article's own.
    if (j?.cls === 'bad' && !(b.kind === 'list' && ownList(blocks, judgements ?? [], i)) && !subHeading(blocks, judgements ?? [], i)) {
      removed.push({ rule: 'boilerplate-island', reason: `boilerplate inside the article (${j.signal})`, text: b.text, origin: b.origin });
      continue;
    }
    rest.push(b);
  }

  const quoteIndent = baseIndent(rest) + 2;
  const formLines = new Set<number>();
  for (const r of cleanRemoved) {
    // A field ("[      ]", "____") or button, not an image's bracketed name.
    if (r.rule !== 'form-control' || r.origin.line === undefined || !FORM_FIELD.test(r.text)) continue;
    for (let l = r.origin.line; l <= (r.origin.endLine ?? r.origin.line); l++) formLines.add(l);
  }
  const sections: Section[] = [];
  let current: Section = { heading: null, blocks: [] };
  for (let i = 0; i < rest.length; i++) {
    const b = rest[i] as Block;
    // A line grouped only with a form's controls (w3m prints a form without a blank line after
    // it): once they are gone, it stands on its own.
    const alone =
      b.kind === 'line' &&
      ((!startsRightAfter(rest[i - 1], b) && !startsRightAfter(b, rest[i + 1]) && (formLines.has((b.origin.line ?? 0) - 1) || formLines.has((b.origin.endLine ?? b.origin.line ?? 0) + 1))) ||
        // Or a line between two paragraphs of prose printed in its group (lynx prints a text
        // parted by <br>s with no blank line between its paragraphs): it stands on its own there.
        (sameGroup(rest[i - 1], b) && sameGroup(b, rest[i + 1]) && isProse(rest[i - 1]) && isProse(rest[i + 1])));
    // A block indented as a quote is one, however short ("«…»" set apart in a blockquote).
    const heading = (b.indent ?? 0) >= quoteIndent && b.kind !== 'heading' ? null : headingText(b, rest[i + 1], alone);
    if (heading !== null) {
      if (current.heading !== null || current.blocks.length > 0) sections.push(current);
      current = { heading, blocks: [] };
      continue;
    }
    current.blocks.push(toOutput(b, quoteIndent));
  }
  if (current.heading !== null || current.blocks.length > 0) sections.push(current);

  const parts: string[] = [];
  for (const s of sections) {
    if (s.heading) parts.push(s.heading);
    for (const b of s.blocks) parts.push(blockText(b));
  }
  const meta = pickMeta(cleanRemoved, headlineBlock?.origin.line, options.meta ?? {});
  // A few words there ("letture", "Film") are a section's or a button's, no summary.
  const summary = blocks.slice(h + 1, h + 1 + dek).filter((b) => wordCount(b.text) >= STANDFIRST_MIN_WORDS);
  if (summary.length > 0 && !meta.description) meta.description = summary.map((b) => b.text).join(' ');
  if (bylineName && !meta.author) meta.author = authorName(bylineName.text, phrases);
  return { headline, sections, body: parts.join('\n\n'), meta, removed };
}
