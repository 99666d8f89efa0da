/**
 * A test corpus generator: wraps real article texts (test/corpus/articles.json) in one site's
 * template — menu, ticker, share bar, a site-specific call to action, related and most-read lists
 * of the site's other headlines, previous/next links, a comment form and a footer — and dumps each
 * page to text the way w3m does (one line per paragraph, or hard-wrapped at 80 columns).
 * Deterministic: the same seed gives the same corpus. Used by test/learn.test.ts and bench:learn.
 */
import { readFileSync } from 'node:fs';

export function loadArticles() {
  return JSON.parse(readFileSync(new URL('./articles.json', import.meta.url), 'utf8')).articles;
}

/** A small deterministic generator (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AUTHORS = ['Maria Okafor', 'James Whitlow', 'Priya Raman', 'Tomás Ferreira', 'Hannah Cole'];

/** Greedy word wrap at `width` columns, with a prefix for the first and the following lines. */
function wrap(text, width, first = '', rest = '') {
  const lines = [];
  let line = first;
  let empty = true;
  for (const w of text.split(' ')) {
    if (!empty && line.length + 1 + w.length > width) {
      lines.push(line);
      line = rest + w;
    } else line = empty ? line + w : `${line} ${w}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

function render(parts, width) {
  const out = [];
  for (const part of parts) {
    if (part.kind === 'p') out.push(...(width ? wrap(part.text, width) : [part.text]));
    else if (part.kind === 'ul') for (const it of part.items) out.push(...(width ? wrap(it, width, '  • ', '    ') : [`  • ${it}`]));
    else out.push(...part.lines);
    out.push('');
  }
  return out.join('\n');
}

/** Pages {name, article, wide, narrow, template} for `count` articles. */
export function generateSite(articles, count = 40, seed = 7) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chosen = articles.slice(0, count);
  const headlines = chosen.map((a) => a.headline);
  // The site-wide most-read box: the same five headlines on every page.
  const mostRead = headlines.slice(0, 5);
  return chosen.map((article, i) => {
    const others = headlines.filter((_, k) => k !== i);
    const related = [pick(others), pick(others), pick(others)].filter((h, k, all) => all.indexOf(h) === k);
    const parts = [
      { kind: 'p', text: 'Skip to content', template: true },
      { kind: 'ul', items: ['Home', 'World', 'Business', 'Culture', 'Sport', 'Opinion', 'Podcasts'], template: true },
      { kind: 'p', text: 'The Harbour Times — independent journalism from the south coast since 1921', template: true },
      { kind: 'lines', lines: ['Now:', pick(others)], template: true },
      { kind: 'p', text: article.headline, template: false },
      { kind: 'lines', lines: [`By ${pick(AUTHORS)}`, `November ${1 + Math.floor(random() * 28)}, 2026`], template: false },
      { kind: 'p', text: 'Share: Facebook Twitter Email', template: true },
      ...article.paragraphs.map((text) => ({ kind: 'p', text, template: false })),
      { kind: 'p', text: 'Support independent journalism: become a Harbour Times member today for just five pounds a month, and read every story without limits.', template: true },
      { kind: 'p', text: `Filed under: ${pick(['Business', 'World', 'Culture'])}, ${pick(['Technology', 'Politics', 'Health'])}`, template: true },
      { kind: 'lines', lines: ['Previous article', pick(others), 'Next article', pick(others)], template: true },
      { kind: 'p', text: 'Related', template: true },
      { kind: 'ul', items: related, template: true },
      { kind: 'p', text: 'Most read', template: true },
      { kind: 'ul', items: mostRead, template: true },
      { kind: 'p', text: 'Leave a Reply', template: true },
      { kind: 'p', text: 'Your email address will not be published. Required fields are marked *', template: true },
      { kind: 'lines', lines: ['Comment *[                    ]', 'Name *[                    ]', '[Post Comment]'], template: true },
      { kind: 'p', text: 'The Harbour Times is published by Harbour Media Group Ltd, 12 Quay Street, Portsmouth, and is a member of the Independent Press Standards Organisation.', template: true },
      { kind: 'ul', items: ['Contact us', 'Advertise', 'Privacy', 'Terms'], template: true },
      { kind: 'p', text: '© 2026 Harbour Media Group Ltd', template: true },
    ];
    const template = [];
    for (const p of parts) {
      if (!p.template) continue;
      if (p.kind === 'p') template.push(p.text);
      else if (p.kind === 'ul') template.push(...p.items);
      else template.push(...p.lines);
    }
    return { name: `page-${String(i + 1).padStart(2, '0')}`, article, wide: render(parts, 0), narrow: render(parts, 79), template };
  });
}

/**
 * Score cleaned pages against the articles they wrap: body F1 (benchmark metric), headline
 * accuracy, and the share of template lines left in the bodies (a page's own article lines
 * do not count, though other pages list its headline).
 */
export function scoreSite(pages, articles, scoreBody, evaluate) {
  const scores = [];
  let headlines = 0;
  let templateLines = 0;
  let left = 0;
  pages.forEach((page, i) => {
    const a = articles[i];
    scores.push(scoreBody(page.name, a.body, page.article.paragraphs.join('\n\n')));
    if (a.headline === page.article.headline) headlines++;
    const bodyLines = new Set(a.body.split('\n').map((l) => l.trim()));
    const own = new Set([page.article.headline, ...page.article.paragraphs]);
    for (const t of page.template) {
      if (own.has(t)) continue;
      templateLines++;
      if (bodyLines.has(t.trim())) left++;
    }
  });
  const s = evaluate(scores);
  return { pages: pages.length, f1: s.f1, precision: s.precision, recall: s.recall, headline: headlines / pages.length, templateLeft: left / templateLines, templateLines };
}
