/**
 * The article-body metric of the article-extraction benchmark: 4-gram shingles of `\w+` tokens
 * (Unicode letters, digits and "_", case kept), counted as multisets; per page tp, fp and fn
 * normalised to sum to 1; precision and recall are means over pages; F1 is of the two means.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const s = tokens.slice(i, i + n).join(' ');
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  id: string;
  precision: number;
  recall: number;
  f1: number;
  exact: boolean;
}

export function scoreBody(id: string, predicted: string, gold: string): PageScore {
  const p = shingles(predicted);
  const g = shingles(gold);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const keys = new Set([...p.keys(), ...g.keys()]);
  for (const k of keys) {
    const pc = p.get(k) ?? 0;
    const gc = g.get(k) ?? 0;
    tp += Math.min(pc, gc);
    fp += Math.max(0, pc - gc);
    fn += Math.max(0, gc - pc);
  }
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  const precision = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const a = tokenize(predicted);
  const b = tokenize(gold);
  const exact = a.length === b.length && a.every((t, i) => t === b[i]);
  return { id, precision, recall, f1, exact };
}

export interface EvalSummary {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  scores: PageScore[];
}

export function evaluate(scores: readonly PageScore[]): EvalSummary {
  const n = scores.length;
  const mean = (f: (s: PageScore) => number): number => (n === 0 ? 0 : scores.reduce((a, s) => a + f(s), 0) / n);
  const precision = mean((s) => s.precision);
  const recall = mean((s) => s.recall);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages: n, precision, recall, f1, accuracy: mean((s) => (s.exact ? 1 : 0)), scores: [...scores] };
}
