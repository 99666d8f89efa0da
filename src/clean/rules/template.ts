/**
 * Lines a site prints on many of its pages (learned into a profile by `rinse learn`): its menu,
 * footer, share bar, widgets, most-read headlines. A page's own headline may also stand in other
 * pages' lists; where it heads the article (prose follows it) it stays.
 */
import type { Block } from '../../model.js';
import type { Rule, RuleContext } from '../engine.js';
import { lineKey } from '../../learn/profile.js';
import { matchKey } from '../../text/normalize.js';
import { isDateLine, isProse, wordCount } from '../signals.js';

function headsArticle(ctx: RuleContext, i: number): boolean {
  const blocks = ctx.blocks;
  for (let k = i + 1; k <= i + 6 && k < blocks.length; k++) {
    const n = blocks[k] as Block;
    if (isProse(n)) return !(ctx.template?.has(lineKey(n.text)) ?? false);
    if (n.kind === 'list') return false;
    if (isDateLine(n.text, ctx.phrases) || wordCount(n.text) <= 3 || ctx.template?.has(lineKey(n.text))) continue;
    return false;
  }
  return false;
}

/**
 * Bylines and dates repeat across a site too ("By Jane Doe", every date folds to the same key),
 * but they tell this page's author and date: the byline and date rules take them, into meta.
 */
function tellsMeta(ctx: RuleContext, text: string): boolean {
  if (text.length > 120) return false;
  if (isDateLine(text, ctx.phrases)) return true;
  const key = matchKey(text);
  return ctx.phrases.prefix('byline', key) !== undefined || ctx.phrases.is('byline', key);
}

export const siteTemplate: Rule = {
  id: 'site-template',
  reason: "the site's template: a line found on many of its pages (learned profile)",
  apply(ctx) {
    const template = ctx.template;
    if (!template || template.size === 0) return;
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'list' && block.items) {
        const kept = block.items.filter((it) => !template.has(lineKey(it)));
        if (kept.length === block.items.length) return;
        if (kept.length === 0) ctx.remove(i, `${block.items.length} template items`);
        else ctx.replace(i, { ...block, items: kept, text: kept.join('\n') }, block.items.filter((it) => template.has(lineKey(it))).join('\n'), 'template items');
        return;
      }
      if (block.text.length > 2000 || !template.has(lineKey(block.text))) return;
      if (headsArticle(ctx, i) || tellsMeta(ctx, block.text)) return;
      ctx.remove(i);
    });
  },
};
