/**
 * Page regions that a label introduces: "Related" (ذات صلة) and its headlines, most-read lists,
 * tickers, tags, previous/next links, author boxes, comment forms. The label is matched as a whole
 * line (a sentence that mentions "related" is never a label); what follows it goes with it while
 * it looks like that region's items, and stops at the article: a headline followed by prose.
 */
import type { Block, Meta } from '../../model.js';
import type { Rule, RuleContext } from '../engine.js';
import type { Category } from '../phrases.js';
import { endsSentence, firstIndexOf, isUpperCase, matchKey, UNSPACED_CHARS } from '../../text/normalize.js';
import { isPostMetaLine } from './meta.js';
import { afterLastSentence, DIGIT, isDateLine, isFormControl, isHeadlineLike, isProse, sectionKey, wordCount } from '../signals.js';

interface RegionOptions {
  /** Most items the region takes after its label. */
  maxItems: number;
  /** What an item may look like. */
  item: (ctx: RuleContext, block: Block) => boolean;
  /** Items may be teaser cards: a headline and its summary (see cardRunEnd). */
  cards?: boolean;
  /** Also accept "Label: inline items" on the label's own line. */
  inline?: boolean;
  /** What the label's region tells about the article. */
  meta?: (items: string[]) => Partial<Meta> | undefined;
  /** A list of items is the whole region: what stands after a blank line below it is not an item. */
  listEnds?: boolean;
}

/** The raw text after the shortest raw prefix whose key is `key` (labels glued to text included). */
function rawAfterKey(raw: string, key: string): string | undefined {
  let end = -1;
  const limit = Math.min(raw.length, 160);
  for (let j = 1; j <= limit; j++) {
    const k = matchKey(raw.slice(0, j));
    if (k === key) end = j;
    else if (k.length > key.length) break;
  }
  if (end === -1) return undefined;
  let rest = raw.slice(end);
  while (rest.length > 0 && (rest[0] === ':' || rest[0] === '：' || rest[0] === ' ' || rest[0] === '-' || rest[0] === '–' || rest[0] === '|')) rest = rest.slice(1);
  return rest.trim();
}

const LEADING_DIGIT = /^\p{Nd}/u;
const QUESTION_END = /[?؟？]$/;
/** Brackets a label may stand in before its item, by opening bracket. */
const LABEL_BRACKETS: Record<string, string> = { '【': '】', '[': ']', '〔': '〕', '［': '］' };

/**
 * A region's label: the whole line ("ذات صلة", "Leave a Reply Cancel reply"), or the label and
 * then its items on the same line: after a colon for any label ("Tags: a, b"), glued or after a
 * space for labels of two words or more ("المقال السابقافتتاح …", "Previous Post Focaccia").
 */
function labelOf(ctx: RuleContext, cat: Category, text: string, inline: boolean): { label: string; rest: string } | undefined {
  if (text.length > 400) return undefined;
  const key = matchKey(text);
  if (key.length === 0) return undefined;
  // Every way of being a label below starts with a word that starts one of the category's
  // phrases (the head before a colon is the key's first words), except a counted comment label.
  const counted = cat === 'commentMarkers' && LEADING_DIGIT.test(key);
  if (!counted && !ctx.phrases.startsAny(cat, key)) return undefined;
  if (ctx.phrases.is(cat, key) || ctx.phrases.coveredBy([cat], key)) return { label: key, rest: '' };
  // Counted labels: "[ 167 comments ]", "Comments (12)", "34 responses to “The headline”".
  if (cat === 'commentMarkers' && DIGIT.test(key) && /\p{L}/u.test(key)) {
    if (ctx.phrases.coveredBy([cat], key, true)) return { label: key, rest: '' };
    const counted = countedLabel(ctx, key);
    if (counted) return { label: counted, rest: '' };
  }
  if (!inline) return undefined;
  const colon = firstIndexOf(text, [':', '：']);
  if (colon > 0 && colon <= 40) {
    const head = matchKey(text.slice(0, colon));
    if (ctx.phrases.is(cat, head)) return { label: head, rest: text.slice(colon + 1).trim() };
  }
  // A label in brackets before its item: "【関連記事】大阪・なんば駅前広場…", "[Related] Park opens".
  const closing = LABEL_BRACKETS[text.charAt(0)];
  if (closing !== undefined) {
    const end = text.indexOf(closing);
    if (end > 1 && end <= 40) {
      const head = matchKey(text.slice(1, end));
      if (ctx.phrases.is(cat, head)) return { label: head, rest: text.slice(end + 1).trim() };
    }
  }
  // "Tags a, b, c": a one-word label and, after a space, a list of three or more short items
  // ("Tags are a way to…" is a sentence, not a label).
  const space = text.indexOf(' ');
  if (space > 0) {
    const head = matchKey(text.slice(0, space));
    const rest = text.slice(space + 1).trim();
    if (ctx.phrases.is(cat, head) && head.indexOf(' ') === -1 && isItemList(rest)) return { label: head, rest };
  }
  // Labels of two words or more keep their first word whole even when glued to their item
  // ("المقال السابقافتتاح …"), so the phrases to try are those that start with the key's.
  for (const p of ctx.phrases.startingWith(cat, key)) {
    if (p.indexOf(' ') === -1 || !key.startsWith(p) || key.length === p.length) continue;
    const rest = rawAfterKey(text, p);
    if (rest === undefined || rest.length === 0) continue;
    // "Most popular among residents was the plan." is a sentence, not a label and its item; a
    // teaser's headline may ask a question ("يهمك أيضاً ما هو الصندوق؟").
    if (endsSentence(rest) && !cutShort(rest) && !QUESTION_END.test(rest.trimEnd())) continue;
    // Two labels glued together ("ذات صلةالمزيد من الكاتب") are still a label line.
    if (labelOfAny(ctx, { kind: 'line', text: rest, origin: {} })) return { label: p, rest: '' };
    return { label: p, rest };
  }
  return undefined;
}

/** Three or more comma-separated items of at most six words, not a sentence. */
function isItemList(text: string): boolean {
  if (endsSentence(text)) return false;
  const items = text.split(/[,،]/).map((t) => t.trim());
  return items.length >= 3 && items.every((it) => {
    const n = wordCount(it);
    return n >= 1 && n <= 6;
  });
}

/** "34 responses to …", "12 comments on …": a count, then a comment word, then anything. */
function countedLabel(ctx: RuleContext, key: string): string | undefined {
  const words = key.split(' ');
  if (!/^\p{Nd}+$/u.test(words[0] ?? '') || words.length > 40) return undefined;
  const n = ctx.phrases.phraseFrom(['commentMarkers'], words, 1, true);
  return n > 0 ? `${words[0]} ${words.slice(1, 1 + n).join(' ')}` : undefined;
}

/**
 * Does the article start at blocks[i]: prose, or a headline-like line with prose right after it,
 * past nothing but meta lines (dates, counters, a byline word, the headline printed again)?
 */
function articleStartsAt(ctx: RuleContext, blocks: readonly Block[], i: number): boolean {
  const b = blocks[i];
  if (!b) return false;
  if (isProse(b)) return true;
  if (!isHeadlineLike(b)) return false;
  const key = matchKey(b.text);
  for (let k = i + 1; k <= i + 6 && k < blocks.length; k++) {
    const n = blocks[k] as Block;
    if (isProse(n)) return true;
    if (n.kind === 'list') return false;
    if (isDateLine(n.text, ctx.phrases) || wordCount(n.text) <= 3 || matchKey(n.text) === key || isPostMetaLine(n.text, ctx.phrases)) continue;
    return false;
  }
  return false;
}

/** Words of a linked headline under a label at the most. */
const TEASER_LINK_WORDS = 20;

function regionRule(ctx: RuleContext, cat: Category, options: RegionOptions): void {
  const blocks = ctx.blocks;
  const labelsTaken = ctx.removedLines(REGION_RULES);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (ctx.isRemoved(i)) continue;
    if (block.kind === 'list') {
      // A list whose first item is the label: "• الوسوم • الإنفلونزا • اللقاحات".
      const [first, ...rest] = block.items ?? [];
      const key = matchKey(first ?? '');
      if (key && ctx.phrases.is(cat, key) && rest.length > 0 && rest.every((it) => options.item(ctx, { kind: 'line', text: it, origin: {} }))) {
        ctx.remove(i, key, options.meta?.(rest));
      }
      continue;
    }
    const found = labelOf(ctx, cat, block.text, options.inline ?? false);
    if (!found) continue;
    // An inline item that is itself article prose means this was a sentence, not a label.
    if (found.rest && !isItemList(found.rest) && isProse({ kind: 'paragraph', text: found.rest, origin: {} }) && wordCount(found.rest) > 30) continue;
    let items: string[] = found.rest ? splitInline(found.rest).flatMap((it) => atGluedLabel(ctx, cat, it)) : [];
    let taken = 0;
    let k = i + 1;
    for (; k < blocks.length && taken < options.maxItems && !found.rest; k++) {
      const next = blocks[k] as Block;
      if (labelOfAny(ctx, next)) break;
      // Another region's label that an earlier rule took out ("Comentarios" under the tags)
      // ends this region; a picture's placeholder between two teasers does not.
      if (lineBetween(labelsTaken, blocks[k - 1] as Block, next)) break;
      // A label set inside the article ("Más información", then one headline, then the article
      // going on) lists its first item though prose follows it: the article does not start again.
      const inside = k === i + 1 && isProse(blocks[i - 1]) && !isProse(next);
      // Teaser cards (a headline, then its summary) look like an article starting: a run of them is items.
      const cardsEnd = options.cards ? cardRunEnd(ctx, blocks, k, inside) : -1;
      if (cardsEnd > k) {
        for (let c = k; c < cardsEnd; c++) items.push((blocks[c] as Block).text);
        taken += cardsEnd - k;
        k = cardsEnd - 1;
        continue;
      }
      // A box of its own: the label opens its group and the item is printed in it, no blank line
      // between ("اقرأ أيضاً:" over two headlines inside the article): its items whatever follows.
      // So are links one under the other after the first (lynx, which may print a page's
      // paragraphs with no blank line between them: its link markers tell).
      const boxed =
        k > i + 1 &&
        ((next.origin.group !== undefined && next.origin.group === block.origin.group && blocks[i - 1]?.origin.group !== block.origin.group) ||
          ((next.links ?? 0) > 0 && ((blocks[k - 1] as Block).links ?? 0) > 0 && wordCount(next.text) <= TEASER_LINK_WORDS));
      if (!inside && !boxed && articleStartsAt(ctx, blocks, k)) break;
      const previous = blocks[k - 1] as Block;
      // So does one printed line after line in its label's group: a blank line ends it.
      if (options.listEnds && k > i + 1 && next.origin.group !== previous.origin.group && ((previous.kind === 'list' && next.kind !== 'list') || (previous.kind === 'line' && previous.origin.group === block.origin.group))) break;
      if (!options.item(ctx, next)) break;
      items.push(...(next.items ?? [next.text]));
      taken++;
    }
    // One line of items under the label is read as the label's own line: its words may be links
    // printed side by side ("الوسوم" over "أمراض القلب المشي"). Lines of one item each are items.
    const only = blocks[i + 1];
    if (taken === 1 && only !== undefined && only.kind !== 'list') items = splitInline(only.text);
    ctx.remove(i, found.label, options.meta?.(items));
    for (let r = i + 1; r < k; r++) ctx.remove(r, `item of "${found.label}"`);
    i = k - 1;
  }
}

/** Words of a teaser card's summary at the most. */
const CARD_SUMMARY_WORDS = 40;
/** Cards in a row that are a list of other stories when no article follows them, and whatever follows them. */
const MIN_CARD_RUN = 2;
const CARD_RUN = 3;

/**
 * Teaser cards under a label ("More stories"): each a headline-like line, maybe a date line, then
 * a summary of one short paragraph that is no headline: a sentence, or an excerpt cut short. The
 * index after a run of them, or -1: two cards or more that the article does not follow, or three
 * under a label that no paragraph of the article stands right before (`inside`: a label inside an
 * article may be followed by its next sections, each a heading and a short paragraph).
 */
function cardRunEnd(ctx: RuleContext, blocks: readonly Block[], k: number, inside: boolean): number {
  let cards = 0;
  let end = k;
  for (;;) {
    const head = blocks[end];
    if (!isHeadlineLike(head) || labelOfAny(ctx, head as Block)) break;
    let s = end + 1;
    while (s < blocks.length && s <= end + 2 && isDateLine((blocks[s] as Block).text, ctx.phrases)) s++;
    const summary = blocks[s];
    if (!summary || summary.kind !== 'paragraph' || isHeadlineLike(summary) || labelOfAny(ctx, summary) || wordCount(summary.text) > CARD_SUMMARY_WORDS) break;
    // A summary is a sentence, or an excerpt cut short ("…"); a form's call to act is neither.
    if (!endsSentence(summary.text) && !cutShort(summary.text)) break;
    cards++;
    end = s + 1;
  }
  if (cards >= MIN_CARD_RUN && ((cards >= CARD_RUN && !inside) || !articleStartsAt(ctx, blocks, end))) return end;
  return -1;
}

/** Is one of the sorted lines after block `a` ends and before block `b` starts? */
function lineBetween(lines: readonly number[], a: Block, b: Block): boolean {
  const from = a.origin.endLine ?? a.origin.line;
  const to = b.origin.line;
  if (from === undefined || to === undefined || lines.length === 0) return false;
  // The first line after `from`, by binary search.
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as number) <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < lines.length && (lines[lo] as number) < to;
}

/** The rules that take out a region with its label. */
const REGION_RULES: ReadonlySet<string> = new Set(['related-block', 'most-read', 'ticker', 'tags', 'prev-next', 'author-box', 'comment-form']);

const LABEL_CATEGORIES: Category[] = ['related', 'mostRead', 'ticker', 'tags', 'prevNext', 'authorBox', 'commentMarkers'];

/** Is the block another region's label (alone on its line, or with its items after it)? */
function labelOfAny(ctx: RuleContext, block: Block): boolean {
  if (block.kind === 'list') return false;
  return LABEL_CATEGORIES.some((c) => labelOf(ctx, c, block.text, true) !== undefined);
}

/**
 * The items after a label on its line, at their separators. Without one, several words are links
 * a text browser printed side by side ("الكلمات المفتاحية: المياه الطاقة الشمسية الصعيد"): where
 * one item ends is unknown, so none is told.
 */
function splitInline(rest: string): string[] {
  const out: string[] = [];
  let cur = '';
  let separated = false;
  for (const ch of rest) {
    if (ch === ',' || ch === '،' || ch === '|' || ch === '؛' || ch === ';' || ch === '#' || ch === '、' || ch === '，') {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      separated = true;
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  if (separated || wordCount(rest) <= 1) return out;
  // Chinese and Japanese words have no space inside: between them, a space separates items.
  const words = rest.split(' ').filter((w) => w.length > 0);
  return words.every((w) => UNSPACED_WORD.test(w)) ? words : [];
}

/** A lower-case letter, then a capital: where a text browser glued two elements ("GardenTagged"). */
const CASE_GLUE = /\p{Ll}(?=\p{Lu})/gu;

/**
 * An item that the next label of the same kind was glued to, with its own first item ("Posted in
 * GardenTagged storage, winter": a theme's categories and tags side by side): the two items.
 */
function atGluedLabel(ctx: RuleContext, cat: Category, item: string): string[] {
  CASE_GLUE.lastIndex = 0;
  for (let m = CASE_GLUE.exec(item); m; m = CASE_GLUE.exec(item)) {
    const at = m.index + m[0].length;
    const rest = item.slice(at);
    const label = ctx.phrases.prefix(cat, matchKey(rest));
    if (label === undefined) continue;
    const after = rawAfterKey(rest, label) ?? '';
    return [item.slice(0, at), ...(after.length > 0 ? [after] : [])];
  }
  return [item];
}

/** A word of a script written without spaces (its letters, maybe with figures and Latin letters among them). */
const UNSPACED_WORD = new RegExp(`^(?=.*[${UNSPACED_CHARS}])[${UNSPACED_CHARS}\\p{L}\\p{N}・ー]+$`, 'u');

/** A teaser's text cut short: it ends with "…" or "...". */
function cutShort(text: string): boolean {
  const t = text.trimEnd();
  return t.endsWith('…') || t.endsWith('...');
}

/** A teaser headline, its date, a short list of them, or a teaser's "…" excerpt. */
function teaserItem(ctx: RuleContext, block: Block): boolean {
  if (block.kind === 'list') return (block.items ?? []).every((it) => wordCount(it) <= 30 && !isProse({ ...block, kind: 'paragraph', text: it }));
  if (isDateLine(block.text, ctx.phrases)) return true;
  if (isHeadlineLike(block)) return true;
  const t = block.text.trimEnd();
  // Teaser excerpts end with an ellipsis; a lone number is a comment or view count.
  return cutShort(t) || /^\p{Nd}{1,6}$/u.test(t);
}

function shortItem(_ctx: RuleContext, block: Block): boolean {
  if (block.kind === 'list') return (block.items ?? []).every((it) => wordCount(it) <= 6);
  return wordCount(block.text) <= 6 && !endsSentence(block.text);
}

/** A rule that removes the regions a category of labels introduces, with their items. */
function regionRuleOf(id: string, reason: string, cat: Category, options: RegionOptions): Rule {
  return { id, reason, apply: (ctx) => regionRule(ctx, cat, options) };
}

export const relatedBlock = regionRuleOf('related-block', '"Related" block and the headlines it lists', 'related', { maxItems: 16, item: teaserItem, inline: true, cards: true });

export const mostRead = regionRuleOf('most-read', 'most-read / latest-news list', 'mostRead', { maxItems: 20, item: teaserItem, inline: true, cards: true });

// A ticker's headlines stand together under its label, in a list or line after line; the page
// goes on after them (its breadcrumb, the article's headline).
export const ticker = regionRuleOf('ticker', 'breaking-news ticker', 'ticker', { maxItems: 12, item: teaserItem, inline: true, listEnds: true });

const TAG_REGION: RegionOptions = {
  maxItems: 30,
  item: shortItem,
  inline: true,
  meta: (items) => (items.length > 0 ? { tags: items } : undefined),
};

/** Tags of a line of hashtags at the most. */
const MAX_HASHTAGS = 30;
/** A hashtag's word: letters, marks, figures, underscores and inner dots or hyphens. */
const HASHTAG_WORD = /^[\p{L}\p{N}_][\p{L}\p{M}\p{N}_·.-]*$/u;

/**
 * A line of hashtags and nothing else ("#트램 #부산 #오륙도선", "#Budget2026 #Economy", glued
 * by a text browser: "#a#b"): the article's tags, without their marks. Two at the least.
 */
function hashtags(text: string): string[] | undefined {
  const t = text.trim();
  if (t.charAt(0) !== '#' && t.charAt(0) !== '＃') return undefined;
  const tags = t.split(/\s*[#＃]/).slice(1);
  if (tags.length < 2 || tags.length > MAX_HASHTAGS || !tags.every((w) => HASHTAG_WORD.test(w))) return undefined;
  return tags;
}

export const tags: Rule = {
  id: 'tags',
  reason: 'tags block (kept in meta.tags)',
  apply(ctx) {
    regionRule(ctx, 'tags', TAG_REGION);
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'list' || ctx.isRemoved(i)) return;
      const found = hashtags(block.text);
      if (found) {
        ctx.remove(i, 'a line of hashtags', { tags: found });
        return;
      }
      const trailing = block.kind === 'paragraph' || block.kind === 'line' ? trailingTags(ctx, block.text, block.links ?? 0) : undefined;
      if (trailing) ctx.replace(i, { ...block, text: block.text.slice(0, trailing.at).trimEnd() }, block.text.slice(trailing.at), `${trailing.label} after the paragraph`);
    });
  },
};

/** Words of a tags line joined after a paragraph's last sentence, at the most. */
const TRAILING_TAGS_WORDS = 16;

/**
 * The tags line a text browser joined after the paragraph's last sentence (lynx -nolist: "…
 * بازرسی فنی می‌شوند. برچسب‌ها: راه آهن قطار مسافر"): what follows the last sentence's stop opens
 * with a tags label and its colon, and ends no sentence itself. Without a colon (lynx printed the
 * paragraph's last line, then the tags' <div> under it: "… 2030. الكلمات المفتاحية [16]القطار
 * الكهربائي [17]وزارة النقل") the label's items are links: the paragraph has two link markers at
 * the least; or, where lynx -nolist left no markers, the label is one of two words or more and
 * its items are names, not a clause (no stop word among them).
 */
function trailingTags(ctx: RuleContext, text: string, links: number): { at: number; label: string } | undefined {
  const colon = text.indexOf(':') !== -1;
  const linked = links >= TRAILING_TAG_LINKS;
  const at = afterLastSentence(text, TRAILING_TAGS_WORDS);
  if (at === undefined) return undefined;
  const tail = text.slice(at);
  const found = labelOf(ctx, 'tags', tail, true);
  if (found && found.rest.length > 0) {
    if (colon || linked || (found.label.includes(' ') && namesOnly(ctx, found.rest))) return { at, label: found.label };
    return undefined;
  }
  if (colon || !linked) return undefined;
  // A one-word label and its linked items ("Tags [16]rail [17]transport").
  const label = ctx.phrases.prefix('tags', matchKey(tail));
  return label === undefined ? undefined : { at, label };
}

/** Words without a stop word among them: names, as tags are ("القطار الكهربائي وزارة النقل"). */
function namesOnly(ctx: RuleContext, text: string): boolean {
  const words = matchKey(text).split(' ').filter((w) => w.length > 0);
  return words.length > 0 && !words.some((w) => ctx.phrases.is('stopwords', w));
}

/** Link markers of a paragraph whose joined tags line has no colon after its label, at the least. */
const TRAILING_TAG_LINKS = 2;

export const prevNext = regionRuleOf('prev-next', 'previous/next article links', 'prevNext', { maxItems: 1, item: (c, b) => isHeadlineLike(b) || isDateLine(b.text, c.phrases), inline: true });

/** Items of a table of contents at the least, and the share of them that must be headings further down. */
const TOC_MIN_ITEMS = 3;
const TOC_HEADINGS_SHARE = 0.6;
/** Words of a heading that a contents item may repeat, and of a contents label ("Table of Contents Toggle"), at the most. */
const TOC_HEADING_WORDS = 20;
const TOC_LABEL_WORDS = 6;

/** "Table of Contents", "جدول المحتويات", "Inhaltsverzeichnis [hide]": a contents label, with its toggle. */
function isContentsLabel(ctx: RuleContext, block: Block | undefined): boolean {
  if (!block || block.kind === 'list' || block.kind === 'table' || block.text.length > TOC_LABEL_WORDS * 16 || wordCount(block.text) > TOC_LABEL_WORDS) return false;
  const key = matchKey(block.text);
  return ctx.phrases.coveredBy(['toc', 'widgets'], key) && ctx.phrases.contained('toc', key) !== undefined;
}

/**
 * A table of contents: a list whose items are the article's own headings further down (most of
 * them, in their order, each heading text: numbered or not), with the label above it. A contents
 * label alone goes too: an HTML page drops the list as navigation, not its title.
 */
export const tableOfContents: Rule = {
  id: 'table-of-contents',
  reason: 'table of contents (its items are the headings below)',
  apply(ctx) {
    const blocks = ctx.blocks;
    // Where each short line that heads prose (or a list: "References") stands: a contents item
    // must come back below its list as a heading (a menu's items come back in the footer's menu,
    // not over paragraphs).
    // Only a document with a list long enough is looked through.
    const headings = new Map<string, number[]>();
    // The headings over prose: a table of contents lists some such (a footer's menu of labels over lists, none).
    const overProse = new Set<number>();
    if (blocks.some((b) => b.kind === 'list' && (b.items?.length ?? 0) >= TOC_MIN_ITEMS)) blocks.forEach((b, j) => {
      const next = blocks[j + 1];
      if (b.kind === 'list' || b.kind === 'table' || b.text.length > TOC_HEADING_WORDS * 16 || wordCount(b.text) > TOC_HEADING_WORDS || !(isProse(next) || next?.kind === 'list')) return;
      if (isProse(next)) overProse.add(j);
      const key = sectionKey(b.text);
      const at = headings.get(key);
      if (at) at.push(j);
      else headings.set(key, [j]);
    });
    blocks.forEach((b, i) => {
      const items = b.kind === 'list' ? (b.items ?? []) : [];
      if (items.length < TOC_MIN_ITEMS || headings.size < TOC_MIN_ITEMS) return;
      // Items found as headings below the list, each below the one before.
      let below = 0;
      let prose = 0;
      let last = i;
      for (const it of items) {
        const at = headings.get(sectionKey(it))?.find((j) => j > last);
        if (at === undefined) continue;
        below++;
        if (overProse.has(at)) prose++;
        last = at;
      }
      if (below < TOC_MIN_ITEMS || below < items.length * TOC_HEADINGS_SHARE || prose < TOC_MIN_ITEMS - 1) return;
      ctx.remove(i, `${below} of ${items.length} items are headings below`);
      for (let j = i - 1; j >= i - 2 && isContentsLabel(ctx, blocks[j]); j--) ctx.remove(j, 'the label of the table of contents');
    });
    blocks.forEach((b, i) => {
      if (!ctx.isRemoved(i) && isContentsLabel(ctx, b)) ctx.remove(i, 'a table of contents label');
    });
  },
};

export const authorBox: Rule = {
  id: 'author-box',
  reason: 'author box (bio and links to the author\'s other posts)',
  apply(ctx) {
    regionRule(ctx, 'authorBox', { maxItems: 4, item: (_c, b) => b.kind === 'list' || wordCount(b.text) <= 40 });
    // The author's name standing alone again (the box under the article, its avatar's alt text).
    const author = ctx.meta().author;
    if (!author) return;
    const key = matchKey(author);
    // Each writer of a shared byline ("Lena Fischer and Tomas Ruiz") has a box and a bio of their own.
    const names = writersOf(key);
    const blocks = ctx.blocks;
    blocks.forEach((b, i) => {
      if (b.kind !== 'list' && !ctx.isRemoved(i) && (matchKey(b.text) === key || names.includes(matchKey(b.text)))) ctx.remove(i, 'the author\'s name again');
    });
    // The author box labelled with the author's name ("About Maya Collins", "Über Anna Schmidt"),
    // and the bio under it (one paragraph: what follows may be the comments).
    const first = key.split(' ')[0] as string;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i] as Block;
      if (b.kind === 'list' || ctx.isRemoved(i) || b.text.length > 120) continue;
      const k = matchKey(b.text);
      const name = k.endsWith(` ${key}`) ? key : key !== first && k.endsWith(` ${first}`) ? first : undefined;
      if (name === undefined || !ctx.phrases.is('aboutAuthor', k.slice(0, k.length - name.length - 1))) continue;
      ctx.remove(i, 'a label naming the author');
      const bio = blocks[i + 1];
      if (bio?.kind === 'paragraph' && wordCount(bio.text) <= BIO_MAX_WORDS) ctx.remove(i + 1, 'the author\'s bio');
    }
    // The author's bio under the article, without a label: "Ruth Okafor is the Courier's transport
    // correspondent. She has covered …". A paragraph among the page's last that opens with the
    // byline's full name (two words or more) is about its writer, not the story.
    // So is one right under the author's name standing alone (the box's heading), wherever the box is.
    const full = [key, ...names].filter((n) => n.indexOf(' ') !== -1);
    if (full.length === 0) return;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i] as Block;
      const underName = i > 0 && ctx.isRemoved(i - 1) && full.includes(matchKey((blocks[i - 1] as Block).text));
      if ((i < blocks.length - BIO_LAST_BLOCKS && !underName) || b.kind !== 'paragraph' || ctx.isRemoved(i) || wordCount(b.text) > BIO_MAX_WORDS || !endsSentence(b.text)) continue;
      const k = matchKey(b.text);
      if (full.some((n) => k.length > n.length && k.startsWith(n) && k.charAt(n.length) === ' ')) ctx.remove(i, 'the author\'s bio');
    }
  },
};

/** The words that join the names of a shared byline, on its key ("Jane Doe and John Smith", "سامر الخطيب و ليلى حسن"). */
const NAME_JOINERS = new Set(['and', 'und', 'et', 'y', 'e', 'en', 'i', 'и', 'و', 've', 'dan', 'och', 'og', 'a']);

/** The writers of a shared byline's key, each of two words or more; none for a single writer. */
export function writersOf(key: string): string[] {
  const words = key.split(' ');
  const names: string[] = [];
  let current: string[] = [];
  for (const w of words) {
    if (NAME_JOINERS.has(w)) {
      names.push(current.join(' '));
      current = [];
    } else current.push(w);
  }
  names.push(current.join(' '));
  return names.length > 1 && names.every((n) => n.indexOf(' ') !== -1) ? names : [];
}

/** A bio is one of the page's last blocks, of a few sentences. */
const BIO_LAST_BLOCKS = 4;
const BIO_MAX_WORDS = 80;

/** A line of a comment form: labels, notices, fields, buttons. */
function formItem(ctx: RuleContext, block: Block): boolean {
  const texts = block.kind === 'list' ? (block.items ?? []) : [block.text];
  return texts.every((t) => {
    if (isFormControl(t)) return true;
    const key = matchKey(t);
    if (ctx.phrases.contained('commentLines', key) !== undefined && t.length <= 300) return true;
    if (ctx.phrases.is('commentMarkers', key)) return true;
    // Field labels: "Name*", "الاسم *", "Website"
    return wordCount(t) <= 3 && (t.includes('*') || t.trimEnd().endsWith(':'));
  });
}

export const commentForm: Rule = {
  id: 'comment-form',
  reason: 'comment form (labels, notices, fields, buttons)',
  apply(ctx) {
    regionRule(ctx, 'commentMarkers', { maxItems: 30, item: formItem });
    // Notices of a form whose label went unnoticed ("Your email address will not be published").
    ctx.blocks.forEach((block, i) => {
      if (ctx.isRemoved(i) || block.kind === 'list' || block.text.length > 300) return;
      const key = matchKey(block.text);
      const found = ctx.phrases.contained('commentLines', key);
      if (found !== undefined && wordCount(found) >= 3 && block.text.length <= 300) ctx.remove(i, found);
    });
  },
};

const LOWER = /\p{Ll}/u;
/** What may end a headline glued to the text after it: a lower-case letter, a digit, a closing mark. */
const GLUE_BEFORE = /[\p{Ll}\p{Nd}?!)"”]/u;
/** A headline's last word that ends in a digit or a closing mark ("11/15", "(Overnight)", "Rise?"). */
const CLOSED_WORD = /[\p{Nd}?!)"”]$/u;
/** Shorter than this, the glued word's first part is a name's ("McDonald", "LeBron", "DeAndre", "YouTube"). */
const MIN_GLUED_PART = 4;
/** A lower-case letter, a digit or a closing mark, then a capital and a lower-case letter (or a one-letter word). */
const GLUE_POINT = /[\p{Ll}\p{Nd}?!)"”](?:\p{Lu}\p{Ll}|[AIÀ] )/u;
/** A sentence break inside what would be the headline: then it is not one (a colon or semicolon is a headline's too: "Week 12: Deebo Samuel …", "… With Fiat Chrysler; Strike Possible"). */
const SENTENCE_BREAK = /[.]\s/;
/** Capitals that are a word of their own ("A party of six …", "I was …", "À la …"). */
const ONE_LETTER_WORDS = new Set(['A', 'I', 'À']);
/** An address's or a code's characters: a capital inside "amzn.to/2iJFhRj" glues nothing. */
const ADDRESS_CHARS = /[/.:@_=#]/;
/** Cards in a run at the least, and the short blocks (an image, "1 hour ago") that may stand between two. */
const MIN_CARDS = 3;
const MAX_GAP = 2;
const GAP_WORDS = 4;

/**
 * Where a link card's headline runs into its summary without a space, as text browsers print
 * cards whose parts are inline elements: "First Snowfall in Metro DetroitOfficially, the start of
 * winter …". The headline is three to twenty words, two thirds of them capitalised, with no
 * sentence break, and its last word is not the first part of a name ("Michael McDonald", "LeBron
 * James": too short to be a word); the summary starts with a capital and a lower-case letter. -1
 * when there is none.
 */
export function cardGlue(text: string): number {
  // One native search for a glue point before the character walk.
  if (!GLUE_POINT.test(text.length > 200 ? text.slice(0, 200) : text)) return -1;
  const limit = Math.min(text.length - 1, 200);
  let words = 1;
  let capitalised = 0;
  let lettered = 0;
  let wordStart = true;
  for (let i = 0; i < limit; i++) {
    const ch = text[i] as string;
    if (ch === ' ') {
      if (!wordStart) words++;
      wordStart = true;
      continue;
    }
    // The summary's first word may be a one-letter one: "…Troy SteakhouseA party of six …".
    const next = text[i + 1] as string;
    if (i > 0 && !wordStart && isUpperCase(text.charCodeAt(i)) && (LOWER.test(next) || (next === ' ' && ONE_LETTER_WORDS.has(ch))) && GLUE_BEFORE.test(text[i - 1] as string)) {
      const head = text.slice(0, i);
      const last = head.slice(head.lastIndexOf(' ') + 1);
      if (words >= 3 && words <= 20 && capitalised * 3 >= lettered * 2 && (last.length >= MIN_GLUED_PART || CLOSED_WORD.test(last)) && !ADDRESS_CHARS.test(last) && !SENTENCE_BREAK.test(head)) return i;
    }
    if (wordStart && /\p{L}/u.test(ch)) {
      lettered++;
      if (isUpperCase(text.charCodeAt(i))) capitalised++;
    }
    wordStart = false;
  }
  return -1;
}

/**
 * A run of link cards (teasers of other stories) printed as paragraphs: each a headline glued to
 * its summary. One glued name ("the Lakers' LeBron James") is no card; three cards in a row, with
 * at most an image or a time between two, are a list of other stories.
 */
export const teaserCards: Rule = {
  id: 'teaser-cards',
  reason: 'link cards of other stories (headline glued to its summary)',
  apply(ctx) {
    const blocks = ctx.blocks;
    let run: number[] = [];
    let gap = 0;
    const flush = (): void => {
      if (run.length >= MIN_CARDS) for (const i of run) ctx.remove(i, (blocks[i] as Block).text.slice(0, cardGlue((blocks[i] as Block).text)));
      run = [];
      gap = 0;
    };
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i] as Block;
      if (b.kind !== 'list' && b.kind !== 'table' && cardGlue(b.text) > 0 && wordCount(b.text) <= 80) {
        run.push(i);
        gap = 0;
      } else if (run.length > 0 && gap < MAX_GAP && b.kind !== 'list' && wordCount(b.text) <= GAP_WORDS) gap++;
      else flush();
    }
    flush();
  },
};
