export interface CorpusArticle {
  headline: string;
  paragraphs: string[];
}
export interface CorpusPage {
  name: string;
  article: CorpusArticle;
  wide: string;
  narrow: string;
  template: string[];
}
export interface SiteScore {
  pages: number;
  f1: number;
  precision: number;
  recall: number;
  headline: number;
  templateLeft: number;
  templateLines: number;
}
export function loadArticles(): CorpusArticle[];
export function generateSite(articles: readonly CorpusArticle[], count?: number, seed?: number): CorpusPage[];
export function scoreSite(
  pages: readonly CorpusPage[],
  articles: readonly { headline: string | null; body: string }[],
  scoreBody: (id: string, predicted: string, gold: string) => unknown,
  evaluate: (scores: never[]) => { f1: number; precision: number; recall: number },
): SiteScore;
