/**
 * HTML dump → blocks, with the main-content choice.
 *
 * One parse (htmlparser2's DOM, the one cheerio builds, without cheerio's wrapper: see README),
 * then a bounded number of iterative walks over the tree (no recursion: deeply nested pages
 * cannot overflow the stack; no per-node re-querying):
 *  1. measure the text under every element;
 *  2. prune what is never content: scripts, forms, navigation, and elements whose class, id,
 *     role or aria-label mark them as ads, sharing, related posts, comments, newsletters,
 *     cookie banners, breadcrumbs, tags, author boxes, menus — unless they hold most of the page;
 *  3. score containers by the paragraphs under them (length, commas, link density, known
 *     content classes) and take the best, with the sibling blocks that belong to the article;
 *  4. walk the chosen container into blocks: h2–h6, p, lists, quotes, tables, code; figure
 *     captions are marked so the caption rule can keep them out of the body.
 */
import type { Block, Removal } from '../model.js';
import { tidy } from '../text/normalize.js';
import { chooseHeadline, gather, readHints, type HtmlHints } from './html-meta.js';
import { limitNesting, MAX_NESTING } from './nesting.js';
import { buildTree, createElement, ELEMENT, isElement, TEXT, TOO_DEEP, type HtmlNode, type Marks, type Stats } from './dom.js';

export type { HtmlHints } from './html-meta.js';

/** HtmlNodes that never hold article text. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'head', 'title',
  'button', 'select', 'option', 'textarea', 'input', 'label', 'img', 'picture', 'source', 'video', 'audio', 'canvas',
  'object', 'embed', 'map', 'link', 'meta',
]);

/** HtmlNodes that are page furniture, unless a page wraps its whole content in one (ASP.NET's <form>). */
const FURNITURE_TAGS = new Set(['form', 'nav', 'aside', 'footer', 'menu', 'dialog']);

/** Class/id tokens that mark boilerplate. */
const NEGATIVE = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adsbygoogle', 'adslot', 'adunit', 'dfp', 'gpt', 'sponsor', 'sponsored', 'promo', 'promoted', 'outbrain', 'taboola', 'zergnet', 'banner',
  'share', 'sharing', 'sharedaddy', 'social', 'socials', 'follow', 'addthis', 'sociable',
  'related', 'relatedposts', 'recommended', 'recommendations', 'recirc', 'trending', 'popular', 'mostread', 'most', 'readmore', 'also',
  'comment', 'comments', 'disqus', 'respond', 'reply', 'replies', 'discussion',
  'newsletter', 'subscribe', 'subscription', 'signup', 'cta',
  'cookie', 'cookies', 'consent', 'gdpr', 'modal', 'popup', 'overlay',
  'breadcrumb', 'breadcrumbs', 'crumbs', 'crumb', 'tags', 'tag', 'tagcloud', 'keywords', 'categories',
  'author', 'authors', 'byline', 'bio', 'avatar', 'meta', 'dateline', 'timestamp',
  'nav', 'navbar', 'navigation', 'menu', 'submenu', 'masthead', 'header', 'footer', 'sidebar', 'widget', 'widgets', 'toolbar', 'tools',
  'pagination', 'pager', 'prevnext', 'caption', 'credit', 'credits', 'hidden', 'sr', 'visually', 'print', 'skip', 'ticker', 'breaking',
]);

/** Whole class names that are boilerplate whatever else the element says. */
const NEGATIVE_CLASSES = new Set([
  'td-a-rec', 'td_spot_img_all', 'td-post-sharing-top', 'td-post-sharing-bottom', 'td_block_related_posts', 'td-post-next-prev', 'td-author-name-wrap', 'td-post-source-tags',
  'adsbygoogle', 'sharedaddy', 'jp-relatedposts', 'yarpp-related', 'comments-area', 'comment-respond', 'post-navigation', 'screen-reader-text', 'sr-only', 'visually-hidden',
]);

/** Class/id tokens and whole classes that mark the article's content. */
const POSITIVE = new Set(['article', 'articlebody', 'body', 'content', 'entry', 'main', 'post', 'story', 'text', 'blog', 'prose', 'richtext', 'rte', 'news', 'page', 'column']);
const CONTENT_CLASSES = new Set([
  'td-post-content', 'entry-content', 'article-body', 'articlebody', 'article-content', 'article__body', 'article-text', 'post-content', 'post-body', 'post-entry',
  'story-body', 'story-content', 'storycontent', 'body-text', 'content-body', 'main-content', 'article__content', 'single-content', 'entry-body', 'news-content', 'field-body', 'c-entry-content',
]);

/** Classes of the element that names the author. */
const BYLINE_CLASSES = new Set(['author', 'byline', 'author-name', 'td-post-author-name', 'post-author', 'entry-author', 'article-author', 'byline-name', 'author-link', 'c-byline__author-name']);

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
/** HtmlNodes whose loose text is not a paragraph of theirs. */
const INLINE_ONLY_SKIP = new Set(['ul', 'ol', 'table', 'tbody', 'tr', 'dl', 'a', 'span']);
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'dl', 'dd', 'dt', 'blockquote', 'pre', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'center', 'hr', 'br', 'body', 'tbody', 'thead']);

/** Commas seen by the last textLength call (a second result, without allocating a pair). */
let lastCommas = 0;

/** Characters of text in a text node, runs of white space counting one; commas in lastCommas. */
function textLength(data: string): number {
  let n = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (!ws) {
      n++;
      if (c === 0x2c || c === 0x060c || c === 0xff0c || c === 0x3001) commas++;
    } else if (!space) n++;
    space = ws;
  }
  lastCommas = commas;
  return n;
}

/**
 * Classes that name a post's taxonomy, not the element's role: WordPress puts
 * "category-news tag-sport author-jane format-standard" on the article itself.
 */
const TAXONOMY_PREFIXES = ['category-', 'tag-', 'tags-', 'author-', 'format-', 'status-', 'type-', 'postid-', 'post-', 'page-id-', 'term-', 'cat-'];

function isTaxonomyClass(c: string): boolean {
  return TAXONOMY_PREFIXES.some((p) => c.startsWith(p) && c.length > p.length && c !== 'post-content' && !CONTENT_CLASSES.has(c)) && !NEGATIVE_CLASSES.has(c) && !/^(tag|tags|author|category|cat)-(list|links|cloud|box|bio|info|widget|wrap|name)/.test(c);
}

/**
 * What an element's attributes say (see Marks). Pages repeat the same few attribute sets on
 * thousands of elements ("td-block-span12"), so marks are worked out once per attribute set (a
 * bounded map) and read by every walk from the element's figures, never worked out again.
 */
const marksByAttributes = new Map<string, Marks>();
/** The same for the class attribute alone, the common case (ids are mostly unique, classes repeat). */
const marksByClass = new Map<string, Marks>();
const MARKS_CACHE_LIMIT = 10_000;

function marksOf(el: HtmlNode): Marks {
  const a = el.attribs;
  const { class: cls, id, role, itemprop, rel } = a;
  const aria = a['aria-label'];
  const component = a['data-component'];
  const classOnly = id === undefined && role === undefined && aria === undefined && component === undefined && itemprop === undefined && rel === undefined;
  if (classOnly) {
    if (cls === undefined) return NO_MARKS;
    let marks = marksByClass.get(cls);
    if (marks === undefined) {
      marks = describe(cls, undefined, undefined, undefined, undefined, undefined, undefined);
      if (marksByClass.size >= MARKS_CACHE_LIMIT) marksByClass.clear();
      marksByClass.set(cls, marks);
    }
    return marks;
  }
  const key = `${cls ?? ''}\u0000${id ?? ''}\u0000${role ?? ''}\u0000${aria ?? ''}\u0000${component ?? ''}\u0000${itemprop ?? ''}\u0000${rel ?? ''}`;
  let marks = marksByAttributes.get(key);
  if (marks === undefined) {
    marks = describe(cls, id, role, aria, component, itemprop, rel);
    if (marksByAttributes.size >= MARKS_CACHE_LIMIT) marksByAttributes.clear();
    marksByAttributes.set(key, marks);
  }
  return marks;
}

function describe(cls: string | undefined, id: string | undefined, role: string | undefined, aria: string | undefined, component: string | undefined, itemprop: string | undefined, rel: string | undefined): Marks {
  const classes = cls === undefined ? [] : cls.toLowerCase().split(/\s+/).filter(Boolean);
  // Words of the class tokens, then of the rest: separated by a space, as one string would be.
  const tokens = words(classes.filter((c) => !isTaxonomyClass(c)).join(' '));
  if (id !== undefined || role !== undefined || aria !== undefined || component !== undefined) tokens.push(...words(`${id ?? ''} ${role ?? ''} ${aria ?? ''} ${component ?? ''}`));
  const marks: Marks = { tokens, classes, role, itemprop, reasonAll: undefined, reasonSure: undefined, weight: 0, byline: false };
  marks.reasonAll = attributeReason(marks, 'all');
  marks.reasonSure = attributeReason(marks, 'sure');
  marks.weight = (itemprop === 'articleBody' || firstIn(classes, CONTENT_CLASSES) !== undefined ? 50 : 0) + (firstIn(tokens, POSITIVE) !== undefined ? 25 : 0) - (firstIn(tokens, NEGATIVE) !== undefined ? 25 : 0);
  marks.byline = rel === 'author' || itemprop === 'author' || (cls !== undefined && firstIn(classes, BYLINE_CLASSES) !== undefined);
  return marks;
}

const NO_MARKS: Marks = { tokens: [], classes: [], role: undefined, itemprop: undefined, reasonAll: undefined, reasonSure: undefined, weight: 0, byline: false };
const CAMEL = /([a-z])([A-Z])/g;
const NON_ALNUM = /[^a-z0-9]+/;

/** camelCase splits too ("relatedPosts" → related, posts); then any non-alphanumeric separates. */
function words(raw: string): string[] {
  return raw
    .replace(CAMEL, '$1 $2')
    .toLowerCase()
    .split(NON_ALNUM)
    .filter((t) => t.length > 0);
}

/** The first of the words that the set holds (a loop, not a callback: this runs for every element). */
function firstIn(words: readonly string[], set: ReadonlySet<string>): string | undefined {
  for (let i = 0; i < words.length; i++) if (set.has(words[i] as string)) return words[i];
  return undefined;
}

function isHidden(el: HtmlNode): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Why an element is boilerplate, or undefined. */
function boilerplateReason(el: HtmlNode, s: Stats, level: 'all' | 'sure'): string | undefined {
  const name = el.name;
  if (SKIP_TAGS.has(name) || (FURNITURE_TAGS.has(name) && level === 'all')) return `<${name}>`;
  if (name === 'body' || name === 'html' || name === 'main') return undefined;
  if (s.hidden) return 'hidden element';
  const m = s.marks;
  if (m.itemprop === 'articleBody') return undefined;
  return level === 'all' ? m.reasonAll : m.reasonSure;
}

/** Why an element's class, id, role and labels make it boilerplate, or undefined. */
function attributeReason({ tokens, classes, role }: Marks, level: 'all' | 'sure'): string | undefined {
  if (firstIn(classes, CONTENT_CLASSES) !== undefined) return undefined;
  const strong = firstIn(classes, NEGATIVE_CLASSES);
  if (strong) return `class "${strong}"`;
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary' || role === 'search' || role === 'dialog') return `role "${role}"`;
  // header, article and section name themselves; only a negative token settles it.
  if (level === 'sure') return undefined;
  const neg = firstIn(tokens, NEGATIVE);
  if (!neg) return undefined;
  if (firstIn(tokens, POSITIVE) !== undefined && !STRONG_NEGATIVE.has(neg)) return undefined;
  return `"${neg}" in class/id`;
}

/** Negative tokens that win over a positive one ("post-comments", "article-related"). */
const STRONG_NEGATIVE = new Set(['comment', 'comments', 'related', 'share', 'sharing', 'social', 'sidebar', 'newsletter', 'subscribe', 'ad', 'ads', 'advert', 'advertisement', 'sponsored', 'promo', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'tags', 'recommended', 'popular', 'trending', 'footer', 'nav', 'navigation', 'menu', 'cookie', 'consent', 'caption', 'byline', 'author', 'meta']);

function tagWeight(name: string): number {
  switch (name) {
    case 'article':
      return 10;
    case 'div':
    case 'main':
      return 5;
    case 'section':
      return 3;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'ol':
    case 'ul':
    case 'li':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'address':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

/** Text of an element, skipping pruned subtrees; <br> becomes a line break. Iterative. */
/**
 * What walk 4 writes for a <br> in running text: a non-character, so that <br><br> (a paragraph
 * break on pages without <p>) can be told from the line breaks of the HTML source.
 */
const BR = '\ufdd0';
const PARAGRAPH_BREAK = /\ufdd0(?:[ \t\n\r\f\u00a0]*\ufdd0)+/;
const LINE_BREAK = /\ufdd0/g;

/** Running text → its paragraphs: split at two or more <br> in a row, tidied, empty ones dropped. */
function paragraphsOf(raw: string): string[] {
  if (raw.indexOf(BR) === -1) {
    const t = tidy(raw);
    return t ? [t] : [];
  }
  return raw
    .split(PARAGRAPH_BREAK)
    .map((part) => tidy(part.replace(LINE_BREAK, ' ')))
    .filter((t) => t.length > 0);
}

function textOf(root: HtmlNode, skipPruned: boolean, br = '\n'): string {
  let out = '';
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as HtmlNode;
    if (n.kind === TEXT) {
      out += n.data;
      continue;
    }
    if (!isElement(n)) continue;
    // Never content, wherever it stands: a <script> inside a <p> (inline ads) has no text to give.
    if (n !== root && SKIP_TAGS.has(n.name)) continue;
    if (skipPruned && n !== root && n.stats?.pruned) continue;
    if (n.name === 'br') {
      out += br;
      continue;
    }
    if (BLOCK_TAGS.has(n.name)) out += ' ';
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as HtmlNode);
  }
  return out;
}

export interface ParsedHtml {
  blocks: Block[];
  hints: HtmlHints & { headline?: string };
  /** What the HTML stage left out, for --explain. */
  removed: Removal[];
  /** How many elements the HTML stage left out (counted with or without --explain). */
  prunedCount: number;
}

const MAX_REMOVED_TEXT = 200;

function short(text: string): string {
  const t = tidy(text);
  return t.length > MAX_REMOVED_TEXT ? `${t.slice(0, MAX_REMOVED_TEXT)}…` : t;
}

/** Has the element a block-level child (other than <br>)? */
function hasBlockChild(el: HtmlNode): boolean {
  const kids = el.children;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i] as HtmlNode;
    if (isElement(k) && BLOCK_TAGS.has(k.name) && k.name !== 'br') return true;
  }
  return false;
}

/**
 * Score containers by the paragraphs under them (Readability's idea): every paragraph gives its
 * parent 1 + commas + up to 3 for length, its grandparent half, further ancestors less; a
 * container's tag and class add to it; link density takes from it.
 */
function scoreCandidates(order: readonly HtmlNode[], isPruned: (el: HtmlNode) => boolean): { top?: HtmlNode; topScore: number } {
  for (let i = 0; i < order.length; i++) {
    const s = (order[i] as HtmlNode).stats as Stats;
    s.score = 0;
    s.scored = false;
  }
  const candidates: HtmlNode[] = [];
  for (let i = 0; i < order.length; i++) {
    const el = order[i] as HtmlNode;
    const s = el.stats as Stats;
    if (s.pruned || s.text < 25) continue;
    const paragraphLike = PARAGRAPH_TAGS.has(el.name) || (el.name === 'div' && !hasBlockChild(el));
    // Loose text beside block children (text nodes in a <div> that also has <p>s) counts as a
    // paragraph of that element.
    const loose = !paragraphLike && s.own >= 100 && !INLINE_ONLY_SKIP.has(el.name);
    if ((!paragraphLike && !loose) || isPruned(el)) continue;
    const len = loose ? s.own : s.text;
    const score = 1 + (loose ? Math.min(s.commas, Math.floor(s.own / 50)) : s.commas) + Math.min(Math.floor(len / 100), 3);
    let level = 0;
    for (let p = (loose ? el : el.parent) as HtmlNode | null; p && p.stats !== undefined && level < 5; p = p.parent, level++) {
      const ps = p.stats as Stats;
      if (!ps.scored) {
        ps.scored = true;
        ps.score += tagWeight(p.name) + ps.marks.weight;
        candidates.push(p);
      }
      ps.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
    }
  }
  for (let i = 0; i < candidates.length; i++) {
    const s = (candidates[i] as HtmlNode).stats as Stats;
    const density = s.text > 0 ? s.link / s.text : 0;
    s.score *= 1 - density;
  }
  const ranked = candidates.sort((a, b) => (b.stats as Stats).score - (a.stats as Stats).score).slice(0, 5);
  let top = ranked[0];
  if (!top) return { topScore: -Infinity };
  const topScore = (top.stats as Stats).score;
  // An article split into several sections: when three or more near-best candidates share an
  // ancestor, the ancestor is the article.
  const alternatives = ranked.slice(1).filter((c) => topScore > 0 && (c.stats as Stats).score / topScore >= 0.75);
  if (alternatives.length >= 3) {
    for (let p = top.parent; p && p.stats !== undefined && p.name !== 'body'; p = p.parent) {
      const inside = alternatives.filter((a) => contains(p as HtmlNode, a)).length;
      if (inside >= 3) {
        top = p;
        break;
      }
    }
  }
  // A container that is its parent's only child says nothing more than its parent.
  while (top.parent && top.parent.stats !== undefined && top.parent.name !== 'body' && top.parent.children.filter((k) => isElement(k) && k.stats !== undefined).length === 1) {
    top = top.parent;
  }
  return { top, topScore: Math.max(topScore, (top.stats as Stats).score) };
}

interface Extraction {
  parts: HtmlNode[];
  pruned: HtmlNode[];
  /** Characters of text in the chosen parts. */
  text: number;
}

function contains(ancestor: HtmlNode, el: HtmlNode): boolean {
  for (let p: HtmlNode | null = el; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** Prune, score, and choose the container and its sibling blocks; the elements' figures (walk 1's) are changed. */
function extract(body: HtmlNode, order: readonly HtmlNode[], level: 'all' | 'sure'): Extraction {
  const pruned: HtmlNode[] = [];
  const stack: HtmlNode[] = [body];
  while (stack.length > 0) {
    const n = stack.pop() as HtmlNode;
    if (!isElement(n)) continue;
    const s = n.stats;
    if (!s) continue;
    if (n !== body) {
      const reason = boilerplateReason(n, s, level);
      if (reason) {
        s.pruned = reason;
        pruned.push(n);
        continue;
      }
    }
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i] as HtmlNode;
      if (isElement(k)) stack.push(k);
    }
  }
  // Pruned text no longer counts for its ancestors.
  for (let i = 0; i < pruned.length; i++) {
    const el = pruned[i] as HtmlNode;
    const s = el.stats as Stats;
    for (let p = el.parent; p && p.stats !== undefined; p = p.parent) {
      const ps = p.stats as Stats;
      ps.text -= s.text;
      ps.link -= s.link;
    }
  }
  const isPruned = (el: HtmlNode): boolean => {
    for (let p: HtmlNode | null = el; p && p.stats !== undefined; p = p.parent) if (p.stats?.pruned) return true;
    return false;
  };
  const { top, topScore } = scoreCandidates(order, isPruned);
  const container = top ?? body;
  const parts: HtmlNode[] = [];
  const parent = container.parent;
  if (parent && parent.stats !== undefined && container !== body) {
    // The article's sibling blocks: siblings that score well or read as prose.
    const threshold = Math.max(10, topScore * 0.2);
    for (let i = 0; i < parent.children.length; i++) {
      const sib = parent.children[i] as HtmlNode;
      if (!isElement(sib)) continue;
      const s = sib.stats;
      if (!s || s.pruned) continue;
      if (sib === container) {
        parts.push(sib);
        continue;
      }
      const density = s.text > 0 ? s.link / s.text : 1;
      let keep = s.scored && s.score >= threshold;
      if (!keep && sib.name === 'p') {
        const text = tidy(textOf(sib, true));
        keep = (s.text > 80 && density < 0.25) || (s.text > 0 && s.text <= 80 && density === 0 && /[.!?؟。]["”’»)]?$/.test(text));
      }
      // A <div> used as a paragraph (no block inside it: CNN's "zn-body__paragraph") that holds a
      // paragraph's worth of text; a short one ("Thanks for watching!") is a player's or a widget's.
      if (!keep && sib.name === 'div' && s.text > 80 && density < 0.25 && !hasBlockChild(sib)) keep = true;
      if (keep) parts.push(sib);
    }
  } else parts.push(container);
  if (container !== body) addChunks(container, order, parts, isPruned);
  const text = parts.reduce((n, el) => n + (el.stats?.text ?? 0), 0);
  return { parts, pruned, text };
}

/** Text a chunk of the article holds at the least. */
const CHUNK_MIN_TEXT = 100;

/**
 * An article cut into chunks around ads: the page repeats its body container ("article__body"
 * four times down a WIRED story). HtmlNodes with the chosen container's own content class,
 * elsewhere on the page and holding text, are parts of the article too, in document order.
 */
function addChunks(container: HtmlNode, order: readonly HtmlNode[], parts: HtmlNode[], isPruned: (el: HtmlNode) => boolean): void {
  const cls = firstIn((container.stats as Stats).marks.classes, CONTENT_CLASSES);
  if (cls === undefined) return;
  const chunks: HtmlNode[] = [];
  for (let i = 0; i < order.length; i++) {
    const el = order[i] as HtmlNode;
    if ((el.stats?.text ?? 0) < CHUNK_MIN_TEXT || !(el.stats as Stats).marks.classes.includes(cls) || isPruned(el)) continue;
    if (parts.some((p) => contains(p, el) || contains(el, p)) || chunks.some((c) => contains(el, c) || contains(c, el))) continue;
    chunks.push(el);
  }
  if (chunks.length === 0) return;
  parts.push(...chunks);
  // Back in document order: the parts are disjoint, so their post-order is their document order.
  const wanted = new Set(parts);
  const at = new Map<HtmlNode, number>();
  for (let i = 0; i < order.length && at.size < wanted.size; i++) if (wanted.has(order[i] as HtmlNode)) at.set(order[i] as HtmlNode, i);
  parts.sort((a, b) => (at.get(a) ?? 0) - (at.get(b) ?? 0));
}

/**
 * Parse once; only a page that nests past the limit (a hostile one) is parsed again, with the
 * tags past the limit taken out first (their text stays).
 */
function parseDom(html: string): HtmlNode {
  try {
    return buildTree(html, MAX_NESTING);
  } catch (err) {
    if (err !== TOO_DEEP) throw err;
  }
  return buildTree(limitNesting(html), Infinity);
}

/**
 * A fragment (an article's HTML without <html> or <body>, as scrapers often save it) is given a
 * <body> around its top-level nodes, so that it is read like a page.
 */
function wrapFragment(root: HtmlNode): HtmlNode {
  const body = createElement('body', root);
  body.children = root.children;
  for (const k of body.children) k.parent = body;
  root.children = [body];
  return body;
}

/**
 * Walk 1 (post-order): text, link text, loose text and commas under every element, skipping
 * never-content tags; returns the elements in post-order. A function of its own, so that its
 * optimised code does not go when something else in parseHtml deoptimises.
 */
function measure(body: HtmlNode): HtmlNode[] {
  const order: HtmlNode[] = [];
  // Two stacks side by side (node, and whether its children are done) rather than a pair
  // object per visit.
  const stack: HtmlNode[] = [body];
  const done: boolean[] = [false];
  while (stack.length > 0) {
    const n = stack.pop() as HtmlNode;
    const childrenDone = done.pop() as boolean;
    if (!isElement(n)) continue;
    if (childrenDone) {
      // score starts as a double (NaN: not scored yet), not the small integer 0: scores become
      // fractions, and a field that changes from integers to doubles throws away the optimised
      // code of every walk that read it.
      const s: Stats = { text: 0, link: 0, own: 0, commas: 0, score: NaN, scored: false, pruned: undefined, marks: marksOf(n), hidden: isHidden(n) };
      const kids = n.children;
      for (let i = 0; i < kids.length; i++) {
        const k = kids[i] as HtmlNode;
        if (k.kind === TEXT) {
          const data = k.data;
          const len = textLength(data);
          s.commas += lastCommas;
          s.text += len;
          s.own += len;
          if (n.name === 'a') s.link += len;
        } else if (isElement(k)) {
          const ks = k.stats;
          if (!ks) continue;
          s.text += ks.text;
          s.commas += ks.commas;
          s.link += n.name === 'a' ? ks.text : ks.link;
          if (!BLOCK_TAGS.has(k.name) && k.name !== 'a') s.own += ks.text;
        }
      }
      n.stats = s;
      order.push(n);
      continue;
    }
    if (SKIP_TAGS.has(n.name)) continue;
    stack.push(n);
    done.push(true);
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i] as HtmlNode;
      if (isElement(k)) {
        stack.push(k);
        done.push(false);
      }
    }
  }
  return order;
}

export function parseHtml(html: string, options: { explain?: boolean; declaredBody?: boolean } = {}): ParsedHtml {
  const root = parseDom(html);
  const parts0 = gather(root);
  const hints = readHints(parts0);
  const headline = chooseHeadline(hints.headlines);
  const removed: Removal[] = [];
  const body = parts0.body ?? parts0.html ?? wrapFragment(root);
  const result: ParsedHtml = { blocks: [], hints: headline ? { ...hints, headline } : hints, removed, prunedCount: 0 };

  // Walk 1 (post-order): text and link text under every element, skipping never-content tags.
  const order = measure(body);

  // Attempt 1 prunes everything that looks like furniture; when that leaves too little text
  // (a layout wrapper called "and-w-sidebar" around the article), attempt 2 prunes only what
  // is surely furniture. The attempt that keeps more article text wins.
  // Each attempt changes the figures it is given (pruned text no longer counts for its
  // ancestors), so the rare second attempt measures the tree again, into the same slots; the
  // first attempt's figures are kept aside and put back when it wins.
  let best = extract(body, order, 'all');
  if (best.text < 500) {
    const first = order.map((el) => el.stats);
    measure(body);
    const second = extract(body, order, 'sure');
    if (second.text > best.text) best = second;
    else for (let i = 0; i < order.length; i++) (order[i] as HtmlNode).stats = first[i];
  }
  const { parts, pruned } = best;
  // The visible byline, when the page declared no author.
  if (!result.hints.meta.author) {
    const byline = visibleByline(order);
    if (byline) result.hints.meta.author = byline;
  }
  result.prunedCount = pruned.length;
  if (options.explain) for (const el of pruned) removed.push({ rule: 'html-boilerplate', reason: `page furniture (${el.stats?.pruned})`, text: short(textOf(el, false)), origin: { path: pathOf(el) } });

  // Walk 4: the chosen parts → blocks.
  let index = 0;
  const push = (b: Omit<Block, 'origin'>, el: HtmlNode): void => {
    if (b.text.length === 0) return;
    // The element path is only for --explain: building it for every block costs.
    result.blocks.push({ ...b, origin: options.explain ? { path: pathOf(el), line: ++index } : { line: ++index } });
  };
  for (const part of parts) walkBlocks(part, push);
  if (options.declaredBody !== false) fallBackToDeclaredBody(result, hints.articleBody, options);
  return result;
}

/** The least declared text, and how much more than the page shows, for the fallback to apply. */
const DECLARED_BODY_MIN = 200;
const DECLARED_BODY_RATIO = 4;

/**
 * Pages whose article is drawn by scripts show little or nothing in their HTML, yet often
 * declare the whole text as JSON-LD articleBody. When the page shows less than a quarter of what
 * it declares, the declared text is the article: paragraphs at its line breaks, or its own HTML.
 */
function fallBackToDeclaredBody(result: ParsedHtml, declared: string | undefined, options: { explain?: boolean }): void {
  if (declared === undefined || declared.length < DECLARED_BODY_MIN || declared.length > 1_000_000) return;
  const shown = result.blocks.reduce((n, b) => n + b.text.length, 0);
  if (shown * DECLARED_BODY_RATIO >= declared.length) return;
  const blocks: Block[] = /<\/?(p|div|br|h[2-6]|ul|ol|li|blockquote)\b/i.test(declared)
    ? parseHtml(declared, { ...options, declaredBody: false }).blocks
    : declared
        .split(/\n/)
        .map((line) => tidy(line))
        .filter((t) => t.length > 0)
        .map((text, i) => ({ kind: 'paragraph', text, origin: { line: i + 1 } }));
  if (blocks.length === 0) return;
  if (options.explain) for (const b of result.blocks) result.removed.push({ rule: 'html-declared-body', reason: 'the page shows a fraction of the JSON-LD articleBody, which is taken instead', text: short(b.text), origin: b.origin });
  result.blocks = blocks;
}

const BYLINE_MARKERS = /^(by|par|por|von|door|بواسطة|بقلم|كتب|كتبت)\s*[:\-–]?\s+/i;

/** The first element that names the author (rel/itemprop author, author/byline classes). */
function visibleByline(order: readonly HtmlNode[]): string | undefined {
  // The byline nearest the top of the page: `order` is post-order, so of two marked elements the
  // first met starts first unless the later one holds it (an ancestor starts before its children).
  let best: HtmlNode | undefined;
  for (let i = 0; i < order.length; i++) {
    const el = order[i] as HtmlNode;
    if ((el.stats as Stats).marks.byline && (!best || contains(el, best))) best = el;
  }
  if (!best) return undefined;
  const text = tidy(textOf(best, false)).replace(BYLINE_MARKERS, '');
  const words = text.split(' ').filter(Boolean).length;
  return words >= 1 && words <= 8 && !/[.!?؟:]$/.test(text) ? text : undefined;
}

function pathOf(el: HtmlNode): string {
  const parts: string[] = [];
  for (let p: HtmlNode | null = el; p && p.kind === ELEMENT && parts.length < 6; p = p.parent) {
    const id = p.attribs?.id;
    const cls = (p.attribs?.class ?? '').trim().split(/\s+/)[0];
    parts.push(id ? `${p.name}#${id}` : cls ? `${p.name}.${cls}` : p.name);
  }
  return parts.reverse().join('>');
}

/** Marks the end of a block element during the walk: its loose text ends there. */
const END_OF_BLOCK = Symbol('end of block');

function walkBlocks(root: HtmlNode, push: (b: Omit<Block, 'origin'>, el: HtmlNode) => void): void {
  const stack: (HtmlNode | typeof END_OF_BLOCK)[] = [root];
  let loose = '';
  let looseEl: HtmlNode = root;
  const flush = (): void => {
    for (const t of paragraphsOf(loose)) push({ kind: 'paragraph', text: t }, looseEl);
    loose = '';
  };
  while (stack.length > 0) {
    const n = stack.pop() as HtmlNode | typeof END_OF_BLOCK;
    if (n === END_OF_BLOCK) {
      flush();
      continue;
    }
    if (n.kind === TEXT) {
      loose += n.data;
      continue;
    }
    if (!isElement(n)) continue;
    if (n !== root && n.stats?.pruned) continue;
    if (n.stats === undefined && n.name !== 'br') continue;
    const name = n.name;
    if (name === 'br') {
      loose += BR;
      continue;
    }
    if (!BLOCK_TAGS.has(name) && name !== 'figure') {
      // Inline element: its text joins the running paragraph.
      const kids = n.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as HtmlNode);
      continue;
    }
    flush();
    looseEl = n;
    const here = (): string => tidy(textOf(n, true));
    if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') {
      push({ kind: 'heading', text: here(), level: Number(name[1]) }, n);
      continue;
    }
    if (name === 'p' || name === 'dt' || name === 'dd' || name === 'address') {
      for (const t of paragraphsOf(textOf(n, true, BR))) push({ kind: 'paragraph', text: t }, n);
      continue;
    }
    if (name === 'figcaption') {
      push({ kind: 'paragraph', text: here(), role: 'caption' }, n);
      continue;
    }
    if (name === 'blockquote') {
      push({ kind: 'quote', text: here() }, n);
      continue;
    }
    if (name === 'pre') {
      const t = textOf(n, true).replace(/^\n+|\s+$/g, '');
      push({ kind: 'code', text: t }, n);
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      const items = n.children.filter((k): k is HtmlNode => isElement(k) && k.name === 'li' && !k.stats?.pruned).map((li) => tidy(textOf(li, true))).filter((t) => t.length > 0);
      if (items.length > 0) push({ kind: 'list', text: items.join('\n'), items, ordered: name === 'ol' }, n);
      continue;
    }
    if (name === 'table') {
      const rows: string[][] = [];
      const tstack: HtmlNode[] = [n];
      while (tstack.length > 0) {
        const t = tstack.pop() as HtmlNode;
        if (!isElement(t) || (t !== n && (t.name === 'table' || t.stats?.pruned))) continue;
        if (t.name === 'tr') {
          rows.push(t.children.filter((c): c is HtmlNode => isElement(c) && (c.name === 'td' || c.name === 'th')).map((c) => tidy(textOf(c, true))));
          continue;
        }
        for (let i = t.children.length - 1; i >= 0; i--) tstack.push(t.children[i] as HtmlNode);
      }
      const kept = rows.filter((r) => r.some((c) => c.length > 0));
      // A layout table (one column) is read as paragraphs.
      if (kept.length > 0 && kept.some((r) => r.length > 1)) {
        push({ kind: 'table', text: kept.map((r) => r.join('\t')).join('\n'), rows: kept }, n);
        continue;
      }
    }
    const kids = n.children;
    // The element's loose text ends where the element does.
    stack.push(END_OF_BLOCK);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as HtmlNode);
  }
  flush();
}
