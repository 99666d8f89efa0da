/**
 * Page regions that a label introduces: "Related" (ذات صلة) and its headlines, most-read lists,
 * tickers, tags, previous/next links, author boxes, comment forms. The label is matched as a whole
 * line (a sentence that mentions "related" is never a label); what follows it goes with it while
 * it looks like that region's items, and stops at the article: a headline followed by prose.
 */
import type { Block, Meta } from '../../model.js';
import type { Rule, RuleContext } from '../engine.js';
import type { Category } from '../phrases.js';
import { endsSentence, matchKey } from '../../text/normalize.js';
import { isDateLine, isFormControl, isHeadlineLike, isProse, wordCount } from '../signals.js';

interface RegionOptions {
  /** Most items the region takes after its label. */
  maxItems: number;
  /** What an item may look like. */
  item: (ctx: RuleContext, block: Block) => boolean;
  /** Also accept "Label: inline items" on the label's own line. */
  inline?: boolean;
  /** What the label's region tells about the article. */
  meta?: (items: string[]) => Partial<Meta> | undefined;
}

function labelOf(ctx: RuleContext, cat: Category, text: string): { label: string; rest: string } | undefined {
  const key = matchKey(text);
  if (ctx.phrases.is(cat, key)) return { label: key, rest: '' };
  return undefined;
}

/** Inline form "Tags: a, b, c" / "الوسوم: أ، ب": the label, then a colon, then the items. */
function inlineLabel(ctx: RuleContext, cat: Category, text: string): { label: string; rest: string } | undefined {
  const colon = firstIndexOf(text, [':', '：']);
  if (colon <= 0 || colon > 40) return undefined;
  const head = matchKey(text.slice(0, colon));
  if (!ctx.phrases.is(cat, head)) return undefined;
  return { label: head, rest: text.slice(colon + 1).trim() };
}

function firstIndexOf(text: string, chars: string[]): number {
  let best = -1;
  for (const c of chars) {
    const i = text.indexOf(c);
    if (i !== -1 && (best === -1 || i < best)) best = i;
  }
  return best;
}

/** Does the article start at blocks[i]: a headline-like line with prose right after it? */
function articleStartsAt(blocks: readonly Block[], i: number): boolean {
  const b = blocks[i];
  if (!b) return false;
  if (isProse(b)) return true;
  if (!isHeadlineLike(b)) return false;
  // The headline may be followed by a byline or a date before the prose.
  for (let k = i + 1; k <= i + 3 && k < blocks.length; k++) {
    const n = blocks[k] as Block;
    if (isProse(n)) return true;
    if (n.kind === 'list' || wordCount(n.text) > 12) return false;
  }
  return false;
}

function regionRule(ctx: RuleContext, cat: Category, options: RegionOptions): void {
  const blocks = ctx.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.kind === 'list' || ctx.isRemoved(i)) continue;
    const found = labelOf(ctx, cat, block.text) ?? (options.inline ? inlineLabel(ctx, cat, block.text) : undefined);
    if (!found) continue;
    const items: string[] = found.rest ? splitInline(found.rest) : [];
    let taken = 0;
    let k = i + 1;
    for (; k < blocks.length && taken < options.maxItems && !found.rest; k++) {
      const next = blocks[k] as Block;
      if (labelOfAny(ctx, next)) break;
      if (articleStartsAt(blocks, k)) break;
      if (!options.item(ctx, next)) break;
      items.push(...(next.items ?? [next.text]));
      taken++;
    }
    ctx.remove(i, found.label, options.meta?.(items));
    for (let r = i + 1; r < k; r++) ctx.remove(r, `item of "${found.label}"`);
    i = k - 1;
  }
}

const LABEL_CATEGORIES: Category[] = ['related', 'mostRead', 'ticker', 'tags', 'prevNext', 'authorBox', 'commentMarkers'];

function labelOfAny(ctx: RuleContext, block: Block): boolean {
  if (block.kind === 'list') return false;
  const key = matchKey(block.text);
  return LABEL_CATEGORIES.some((c) => ctx.phrases.is(c, key));
}

function splitInline(rest: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of rest) {
    if (ch === ',' || ch === '،' || ch === '|' || ch === '؛' || ch === ';' || ch === '#') {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** A teaser headline, its date, a short list of them, or a teaser's "…" excerpt. */
function teaserItem(ctx: RuleContext, block: Block): boolean {
  if (block.kind === 'list') return (block.items ?? []).every((it) => wordCount(it) <= 30 && !isProse({ ...block, kind: 'paragraph', text: it }));
  if (isDateLine(block.text, ctx.phrases)) return true;
  if (isHeadlineLike(block)) return true;
  const t = block.text.trimEnd();
  // Teaser excerpts end with an ellipsis; a lone number is a comment or view count.
  return t.endsWith('…') || t.endsWith('...') || /^\p{Nd}{1,6}$/u.test(t);
}

function shortItem(_ctx: RuleContext, block: Block): boolean {
  if (block.kind === 'list') return (block.items ?? []).every((it) => wordCount(it) <= 6);
  return wordCount(block.text) <= 6 && !endsSentence(block.text);
}

export const relatedBlock: Rule = {
  id: 'related-block',
  reason: '"Related" block and the headlines it lists',
  apply(ctx) {
    regionRule(ctx, 'related', { maxItems: 16, item: teaserItem });
  },
};

export const mostRead: Rule = {
  id: 'most-read',
  reason: 'most-read / latest-news list',
  apply(ctx) {
    regionRule(ctx, 'mostRead', { maxItems: 20, item: teaserItem });
  },
};

export const ticker: Rule = {
  id: 'ticker',
  reason: 'breaking-news ticker',
  apply(ctx) {
    regionRule(ctx, 'ticker', { maxItems: 12, item: teaserItem, inline: true });
  },
};

export const tags: Rule = {
  id: 'tags',
  reason: 'tags block (kept in meta.tags)',
  apply(ctx) {
    regionRule(ctx, 'tags', {
      maxItems: 30,
      item: shortItem,
      inline: true,
      meta: (items) => (items.length > 0 ? { tags: items } : undefined),
    });
  },
};

export const prevNext: Rule = {
  id: 'prev-next',
  reason: 'previous/next article links',
  apply(ctx) {
    regionRule(ctx, 'prevNext', { maxItems: 1, item: (c, b) => isHeadlineLike(b) || isDateLine(b.text, c.phrases), inline: true });
  },
};

export const authorBox: Rule = {
  id: 'author-box',
  reason: 'author box (bio and links to the author\'s other posts)',
  apply(ctx) {
    regionRule(ctx, 'authorBox', { maxItems: 4, item: (_c, b) => b.kind === 'list' || wordCount(b.text) <= 40 });
  },
};

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
      if (ctx.isRemoved(i) || block.kind === 'list') return;
      const key = matchKey(block.text);
      const found = ctx.phrases.contained('commentLines', key);
      if (found !== undefined && wordCount(found) >= 3 && block.text.length <= 300) ctx.remove(i, found);
    });
  },
};
