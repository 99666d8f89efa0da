/**
 * The rule engine. A rule is a small named unit with an id and a reason; it only says what it
 * found (`ctx.remove`, `ctx.replace`), the engine stamps the rule's id and reason on every
 * removal. Rules run in preset order; what one rule removed is gone before the next one runs.
 */
import type { Block, Meta, RemovalWithMeta } from '../model.js';
import { defaultPhrases, type PhraseIndex } from './phrases.js';

export interface RuleContext {
  /** The blocks still kept, in document order. Do not mutate: use remove/replace. */
  readonly blocks: readonly Block[];
  readonly phrases: PhraseIndex;
  /** Remove blocks[index]; `detail` says what matched, `meta` carries what the block told. */
  remove(index: number, detail?: string, meta?: Partial<Meta>): void;
  /** Keep blocks[index] but with new text (and items); `removedText` is what was taken out. */
  replace(index: number, block: Block, removedText: string, detail?: string): void;
  /** Has blocks[index] been removed by this rule already? */
  isRemoved(index: number): boolean;
  /** What earlier removals told about the article (a byline's author, dates, tags). */
  meta(): Partial<Meta>;
  /** The lines where earlier rules of these ids took out a block, in order. */
  removedLines(rules: ReadonlySet<string>): readonly number[];
  /** The site's template lines (keys from a learned profile), if a profile applies. */
  readonly template?: ReadonlySet<string>;
}

export interface Rule {
  id: string;
  reason: string;
  apply(ctx: RuleContext): void;
}

export interface CleanResult {
  blocks: Block[];
  removed: RemovalWithMeta[];
}

export interface CleanOptions {
  phrases?: PhraseIndex;
  /** Template line keys of the document's site (see learn/profile.ts). */
  template?: ReadonlySet<string>;
}

/** Run the rules of a preset over the blocks, in order. */
export function runRules(input: readonly Block[], rules: readonly Rule[], options: CleanOptions = {}): CleanResult {
  const phrases = options.phrases ?? defaultPhrases;
  let blocks: Block[] = [...input];
  const removed: RemovalWithMeta[] = [];
  for (const rule of rules) {
    const gone = new Set<number>();
    const replaced = new Map<number, Block>();
    const found: { index: number; removal: RemovalWithMeta }[] = [];
    const ctx: RuleContext = {
      blocks,
      phrases,
      ...(options.template ? { template: options.template } : {}),
      remove(index, detail, meta) {
        const block = blocks[index];
        if (!block || gone.has(index)) return;
        gone.add(index);
        const removal: RemovalWithMeta = { rule: rule.id, reason: rule.reason, text: block.text, origin: block.origin };
        if (detail !== undefined) removal.detail = detail;
        if (meta !== undefined) removal.meta = meta;
        found.push({ index, removal });
      },
      replace(index, block, removedText, detail) {
        const old = blocks[index];
        if (!old || gone.has(index)) return;
        replaced.set(index, block);
        const removal: RemovalWithMeta = { rule: rule.id, reason: rule.reason, text: removedText, origin: old.origin };
        if (detail !== undefined) removal.detail = detail;
        found.push({ index, removal });
      },
      isRemoved(index) {
        return gone.has(index);
      },
      removedLines(rules) {
        const lines: number[] = [];
        for (const r of removed) if (rules.has(r.rule) && r.origin.line !== undefined) lines.push(r.origin.line);
        return lines.sort((x, y) => x - y);
      },
      meta() {
        const out: Partial<Meta> = {};
        for (const r of removed) if (r.meta) for (const [k, v] of Object.entries(r.meta)) if (!(k in out)) (out as Record<string, unknown>)[k] = v;
        return out;
      },
    };
    rule.apply(ctx);
    if (found.length === 0) continue;
    found.sort((a, b) => a.index - b.index);
    for (const f of found) removed.push(f.removal);
    blocks = blocks.flatMap((b, i) => (gone.has(i) ? [] : [replaced.get(i) ?? b]));
  }
  removed.sort((a, b) => (a.origin.line ?? 0) - (b.origin.line ?? 0));
  return { blocks, removed };
}
