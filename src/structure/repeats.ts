/**
 * Text printed twice. Text browsers show what a page hides: the description in its microdata,
 * the mobile copy of a block, a teaser of the article under it. Such a copy repeats words that
 * the page has already shown, in the same order; the article's own text is new when it comes.
 *
 * The page's words are read as one stream (across blocks, so a copy that joins two paragraphs
 * is still seen), cut into runs of SHINGLE words; a block whose runs have all been seen before
 * is a repeat. One seam is allowed: a copy that joins two pieces the page printed apart
 * ("headline description" in hidden microdata) has up to SHINGLE - 1 new runs where they join,
 * none at its start or end (a paragraph with a word changed there is new text).
 * Runs are kept as 32-bit hashes in a bounded set.
 */
import type { Block } from '../model.js';
import { matchKey } from '../text/normalize.js';

/** Words in a run. */
const SHINGLE = 4;
/** A block needs this many words to be called a repeat: short lines repeat by nature. */
export const MIN_REPEAT_WORDS = 12;
/** Runs remembered at most (bounded memory on huge dumps); later text is not checked. */
const MAX_RUNS = 200_000;

/** For each block: does it only repeat text that came before it? */
export function repeatedBlocks(blocks: readonly Block[]): boolean[] {
  const seen = new Set<number>();
  const out: boolean[] = new Array<boolean>(blocks.length).fill(false);
  // The last SHINGLE word hashes of the stream, oldest first.
  const last: number[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as Block;
    if (block.kind === 'table' || block.kind === 'code') continue;
    const key = matchKey(block.text);
    let words = 0;
    let fresh = 0;
    let runs = 0;
    let firstFresh = -1;
    let lastFresh = -1;
    let start = 0;
    while (start < key.length) {
      let end = key.indexOf(' ', start);
      if (end === -1) end = key.length;
      let h = 0x811c9dc5;
      for (let i = start; i < end; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
      last.push(h >>> 0);
      if (last.length > SHINGLE) last.shift();
      words++;
      if (last.length === SHINGLE) {
        let run = 0;
        for (let k = 0; k < SHINGLE; k++) run = (Math.imul(run, 31) + (last[k] as number)) | 0;
        // A block's first runs reach back into the text before it: only runs that end in it and
        // start in it are its own.
        if (words >= SHINGLE) {
          if (!seen.has(run)) {
            fresh++;
            if (firstFresh === -1) firstFresh = runs;
            lastFresh = runs;
          }
          runs++;
        }
        if (seen.size < MAX_RUNS) seen.add(run);
      }
      start = end + 1;
    }
    const seam = fresh === 0 || (fresh <= SHINGLE - 1 && firstFresh > 0 && lastFresh < runs - 1 && lastFresh - firstFresh === fresh - 1);
    out[b] = words >= MIN_REPEAT_WORDS && seam && seen.size < MAX_RUNS;
  }
  return out;
}
