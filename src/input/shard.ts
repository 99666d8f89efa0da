/** Shards: a stable share of the inputs for one of N machines or CI jobs (--shard i/N). */
import { createHash } from 'node:crypto';
import type { InputRef } from './find.js';

export interface Shard {
  index: number;
  count: number;
}

/** "2/4" → the second of four shards. */
export function parseShard(value: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new Error('expected i/N with 1 ≤ i ≤ N, e.g. 2/4');
  return { index, count };
}

/** A stable share of the inputs: the same file lands in the same shard on any machine, in any order. */
export function inShard(ref: InputRef, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  const h = createHash('sha256').update(ref.rel.split('\\').join('/')).digest();
  return h.readUInt32BE(0) % shard.count === shard.index - 1;
}
