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
import { Parser } from 'htmlparser2';
import { DomHandler, Element as DomElement } from 'domhandler';
import type { AnyNode, Element } from 'domhandler';
import type { Block, Removal } from '../model.js';
import { endsSentence, LOWER_START, SENTENCE_STOPS, tidy, TRAILING_SEPARATOR } from '../text/normalize.js';
import { chooseHeadline, gather, readHints, type HtmlHints } from './html-meta.js';
import { limitNesting, MAX_NESTING } from './nesting.js';

export type { HtmlHints } from './html-meta.js';

/** Elements that never hold article text. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'head', 'title',
  'button', 'select', 'option', 'textarea', 'input', 'label', 'img', 'picture', 'source', 'video', 'audio', 'canvas',
  'object', 'embed', 'map', 'link', 'meta',
  // AMP's components that hold no article text: ads and their fallbacks ("Ad failed to load"),
  // players and frames with their loading placeholders, the menu drawer, share buttons, lists
  // filled in by the browser, notices, trackers. amp-img's children are its fallback image.
  'amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-auto-ads', 'amp-analytics', 'amp-pixel', 'amp-sidebar', 'amp-social-share',
  'amp-iframe', 'amp-video', 'amp-youtube', 'amp-vimeo', 'amp-brightcove', 'amp-jwplayer', 'amp-audio', 'amp-img', 'amp-anim',
  'amp-list', 'amp-consent', 'amp-user-notification', 'amp-geo', 'amp-install-serviceworker',
  'amp-state', 'amp-next-page',
]);

/** Elements that are page furniture, unless a page wraps its whole content in one (ASP.NET's <form>). */
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
  'toc', 'lwptoc',
  // Media players' controls: video.js (Brightcove too), JW Player, MediaElement.js, Plyr.
  'vjs', 'jwplayer', 'jw', 'mejs', 'plyr',
]);

/** Whole class names that are boilerplate whatever else the element says. */
const NEGATIVE_CLASSES = new Set([
  'td-a-rec', 'td_spot_img_all', 'td-post-sharing-top', 'td-post-sharing-bottom', 'td_block_related_posts', 'td-post-next-prev', 'td-author-name-wrap', 'td-post-source-tags',
  'adsbygoogle', 'sharedaddy', 'jp-relatedposts', 'yarpp-related', 'comments-area', 'comment-respond', 'post-navigation', 'screen-reader-text', 'sr-only', 'visually-hidden',
  'table-of-contents',
]);

/** Class/id tokens and whole classes that mark the article's content. */
const POSITIVE = new Set(['article', 'articlebody', 'body', 'content', 'entry', 'main', 'post', 'story', 'text', 'blog', 'prose', 'richtext', 'rte', 'news', 'page', 'column']);
const CONTENT_CLASSES = new Set([
  'td-post-content', 'entry-content', 'article-body', 'articlebody', 'article-content', 'article__body', 'article-text', 'post-content', 'post-body', 'post-entry',
  'story-body', 'story-content', 'storycontent', 'body-text', 'content-body', 'main-content', 'article__content', 'single-content', 'entry-body', 'news-content', 'field-body', 'c-entry-content',
]);

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
/** Elements whose loose text is not a paragraph of theirs. */
const INLINE_ONLY_SKIP = new Set(['ul', 'ol', 'table', 'tbody', 'tr', 'dl', 'a', 'span']);
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'dl', 'dd', 'dt', 'blockquote', 'pre', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'center', 'hr', 'br', 'body', 'tbody', 'thead']);

interface Stats {
  /** Characters of text (not counting runs of white space) under the element. */
  text: number;
  /** Of those, inside links. */
  link: number;
  /** Characters of loose text: text nodes and inline elements directly under the element. */
  own: number;
  /** Commas in the text under the element. */
  commas: number;
  score: number;
  scored: boolean;
  pruned: string | undefined;
}

/**
 * Per-element figures, kept on the element itself (its one slot, see RinseDom) rather than in a
 * Map: the walks read them for every node, and a property read is far cheaper than a hash. One
 * slot, read by name: the walks' property reads each see one shape and one key.
 */
interface Slot {
  __rinse: Stats | undefined;
}

function statsOf(el: Element): Stats | undefined {
  return (el as unknown as Slot).__rinse;
}

function setStats(el: Element, s: Stats | undefined): void {
  (el as unknown as Slot).__rinse = s;
}

function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

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

/**
 * A page builder's layout classes, which every element of its pages carries whatever it holds:
 * Elementor wraps each column's widgets in "elementor-widget-wrap" and each widget's content in
 * "elementor-widget-container", article and sidebar alike. Their words ("widget") say nothing.
 */
const LAYOUT_CLASS = /^elementor-(?:widget-wrap|widget-container|element|widget|column(?:-wrap)?|container|section|row|inner(?:-section)?|top-section|col-\d+|column-gap-[a-z]+)$/;

/** Does the class name no role of the element: a post's taxonomy, or a page builder's layout? */
function namesNoRole(c: string): boolean {
  if (LAYOUT_CLASS.test(c)) return true;
  return TAXONOMY_PREFIXES.some((p) => c.startsWith(p) && c.length > p.length && c !== 'post-content' && !CONTENT_CLASSES.has(c)) && !NEGATIVE_CLASSES.has(c) && !/^(tag|tags|author|category|cat)-(list|links|cloud|box|bio|info|widget|wrap|name)/.test(c);
}

interface Tokens {
  tokens: string[];
  classes: string[];
  /** The element parts of BEM class names ("read__author" → "author", without a --modifier). */
  elements: string[];
}

/**
 * The tokens of an element's class, id, role, aria-label and data-component. Pages repeat the
 * same few attribute sets on thousands of elements ("td-block-span12"), so tokens are computed
 * once per attribute set (a bounded map), not once per element.
 */
const tokensByAttributes = new Map<string, Tokens>();
/** The same for the class attribute alone: ids are mostly unique, classes repeat. */
const tokensByClass = new Map<string, Tokens>();
const TOKEN_CACHE_LIMIT = 10_000;

function tokensOf(el: Element): Tokens {
  const a = el.attribs ?? {};
  const { class: cls, id, role } = a;
  const aria = a['aria-label'];
  const component = a['data-component'];
  const classOnly = id === undefined && role === undefined && aria === undefined && component === undefined;
  if (cls === undefined && classOnly) return NO_TOKENS;
  const ofClass = cls === undefined ? NO_TOKENS : tokensOfClass(cls);
  if (classOnly) return ofClass;
  const key = `${cls ?? ''}\u0000${id ?? ''}\u0000${role ?? ''}\u0000${aria ?? ''}\u0000${component ?? ''}`;
  let tokens = tokensByAttributes.get(key);
  if (tokens === undefined) {
    // Words of the class tokens, then of the rest: separated by a space, as one string would be.
    tokens = { tokens: withPrevNext([...ofClass.tokens, ...words(`${id ?? ''} ${role ?? ''} ${aria ?? ''} ${component ?? ''}`)]), classes: ofClass.classes, elements: ofClass.elements };
    if (tokensByAttributes.size >= TOKEN_CACHE_LIMIT) tokensByAttributes.clear();
    tokensByAttributes.set(key, tokens);
  }
  return tokens;
}

function tokensOfClass(cls: string): Tokens {
  let tokens = tokensByClass.get(cls);
  if (tokens === undefined) {
    const classes = cls.toLowerCase().split(/\s+/).filter(Boolean);
    tokens = { tokens: withPrevNext(words(classes.filter((c) => !namesNoRole(c)).join(' '))), classes, elements: bemElements(classes) };
    if (tokensByClass.size >= TOKEN_CACHE_LIMIT) tokensByClass.clear();
    tokensByClass.set(cls, tokens);
  }
  return tokens;
}

const NO_TOKENS: Tokens = { tokens: [], classes: [], elements: [] };

function bemElements(classes: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of classes) {
    const at = c.lastIndexOf('__');
    if (at === -1) continue;
    const mod = c.indexOf('--', at);
    out.push(mod === -1 ? c.slice(at + 2) : c.slice(at + 2, mod));
  }
  return out;
}
/**
 * A class naming both the previous and the next post's link is the post navigation, whatever it
 * calls it ("jnews_prev_next_container", "prev-next-post-nav", "post-prev-next"): "prevnext".
 */
function withPrevNext(tokens: string[]): string[] {
  const prev = tokens.includes('prev') || tokens.includes('previous');
  return prev && tokens.includes('next') && !tokens.includes('prevnext') ? [...tokens, 'prevnext'] : tokens;
}

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

function isHidden(el: Element): boolean {
  const a = el.attribs ?? {};
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function isContentMarked(el: Element, classes: string[]): boolean {
  const a = el.attribs ?? {};
  return a.itemprop === 'articleBody' || firstIn(classes, CONTENT_CLASSES) !== undefined;
}

/** Why an element is boilerplate, or undefined. */
function boilerplateReason(el: Element, level: 'all' | 'sure' = 'all'): string | undefined {
  const name = el.name;
  if (SKIP_TAGS.has(name) || (FURNITURE_TAGS.has(name) && level === 'all')) return `<${name}>`;
  if (name === 'body' || name === 'html' || name === 'main') return undefined;
  if (isHidden(el)) return 'hidden element';
  const t = tokensOf(el);
  if (t === NO_TOKENS) return undefined;
  if (el.attribs?.itemprop === 'articleBody') return undefined;
  return attributeReason(t, el.attribs?.role, level);
}

/** Why an element's class, id, role and labels make it boilerplate, or undefined. */
function attributeReason({ tokens, classes }: Tokens, role: string | undefined, level: 'all' | 'sure'): string | undefined {
  if (firstIn(classes, CONTENT_CLASSES) !== undefined) return undefined;
  const strong = firstIn(classes, NEGATIVE_CLASSES);
  if (strong) return `class "${strong}"`;
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary' || role === 'search' || role === 'dialog') return `role "${role}"`;
  // header, article and section name themselves; only a negative token settles it.
  if (level === 'sure') return undefined;
  const neg = firstIn(tokens, NEGATIVE);
  if (!neg) return undefined;
  // A strong negative anywhere in the tokens wins over a positive one, after a weak negative too
  // ("elementor-widget elementor-widget-post-navigation": "widget", then "post" and "navigation").
  const strongNeg = STRONG_NEGATIVE.has(neg) ? neg : firstIn(tokens, STRONG_NEGATIVE);
  if (firstIn(tokens, POSITIVE) !== undefined && strongNeg === undefined) return undefined;
  return `"${strongNeg ?? neg}" in class/id`;
}

/** Negative tokens that win over a positive one ("post-comments", "article-related"). */
const STRONG_NEGATIVE = new Set(['comment', 'comments', 'related', 'share', 'sharing', 'social', 'sidebar', 'newsletter', 'subscribe', 'ad', 'ads', 'advert', 'advertisement', 'sponsored', 'promo', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'tags', 'recommended', 'popular', 'trending', 'footer', 'nav', 'navigation', 'menu', 'cookie', 'consent', 'caption', 'byline', 'author', 'meta', 'prevnext']);

function classWeight(el: Element): number {
  const { tokens, classes } = tokensOf(el);
  let w = 0;
  if (isContentMarked(el, classes)) w += 50;
  if (firstIn(tokens, POSITIVE) !== undefined) w += 25;
  if (firstIn(tokens, NEGATIVE) !== undefined) w -= 25;
  return w;
}

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

/**
 * What walk 4 writes for a <br> in running text: a non-character, so that <br><br> (a paragraph
 * break on pages without <p>) can be told from the line breaks of the HTML source.
 */
const BR = '\ufdd0';
const PARAGRAPH_BREAK = /\ufdd0(?:[ \t\n\r\f\u00a0]*\ufdd0)+/;
const LINE_BREAK = /\ufdd0/g;

/** Running text → its paragraphs: split at two or more <br> in a row, tidied, empty ones dropped. */
function paragraphsOf(raw: string, loose = false): string[] {
  if (raw.indexOf(BR) === -1) {
    const t = tidy(raw);
    return t ? [t] : [];
  }
  const out: string[] = [];
  for (const part of raw.split(PARAGRAPH_BREAK)) {
    // Text set loose in a container and broken by single <br>s (pages laid out with <font> and
    // <br>): short lines over the next are lines of their own (the title over its date), as a
    // text browser prints them; a sentence broken across lines (one goes on in lower case, or
    // ends in a comma) is one paragraph.
    const lines = loose ? part.split(LINE_BREAK).map((l) => tidy(l)).filter((l) => l.length > 0) : [];
    if (lines.length > 1 && linesApart(lines)) {
      out.push(...lines);
      continue;
    }
    const t = tidy(part.replace(LINE_BREAK, ' '));
    if (t.length > 0) out.push(t);
  }
  return out;
}

/** Words of a loose line that stands on its own over the next, at the most. */
const LOOSE_LINE_WORDS = 12;
const CLAUSE_END = /[,،;:]$/;

/** Do the lines stand apart: each over the next short and ending no sentence nor clause, none after the first going on in lower case? */
function linesApart(lines: readonly string[]): boolean {
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k] as string;
    if (k > 0 && LOWER_START.test(l)) return false;
    if (k < lines.length - 1 && (l.split(' ').length > LOOSE_LINE_WORDS || endsSentence(l) || CLAUSE_END.test(l))) return false;
  }
  return true;
}

/**
 * Text of an element, skipping pruned subtrees; <br> becomes `br`. A block-level element inside
 * is set apart by a space, or by `blocks` before and after it when given. Iterative.
 */
function textOf(root: AnyNode, skipPruned: boolean, br = '\n', blocks?: string): string {
  let out = '';
  const stack: (AnyNode | string)[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode | string;
    if (typeof n === 'string') {
      out += n;
      continue;
    }
    if (n.type === 'text') {
      out += (n as unknown as { data: string }).data;
      continue;
    }
    if (!isElement(n)) continue;
    // Never content, wherever it stands: a <script> inside a <p> (inline ads) has no text to give.
    if (n !== root && SKIP_TAGS.has(n.name)) continue;
    if (skipPruned && n !== root && statsOf(n)?.pruned) continue;
    if (n.name === 'br') {
      out += br;
      continue;
    }
    if (BLOCK_TAGS.has(n.name)) {
      out += blocks ?? ' ';
      if (blocks !== undefined) stack.push(blocks);
    }
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
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
  /**
   * Where the page's byline or date stood among the blocks, though it was left out: after the
   * block of that line number (0: before the first). The structure stage tells a standfirst by it.
   */
  metaAfter: number[];
}

const MAX_REMOVED_TEXT = 200;

function short(text: string): string {
  const t = tidy(text);
  return t.length > MAX_REMOVED_TEXT ? `${t.slice(0, MAX_REMOVED_TEXT)}…` : t;
}

/** Has the element a block-level child (other than <br>)? */
function hasBlockChild(el: Element): boolean {
  const kids = el.children;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i] as AnyNode;
    if (isElement(k) && BLOCK_TAGS.has(k.name) && k.name !== 'br') return true;
  }
  return false;
}

/**
 * Score containers by the paragraphs under them (Readability's idea): every paragraph gives its
 * parent 1 + commas + up to 3 for length, its grandparent half, further ancestors less; a
 * container's tag and class add to it; link density takes from it.
 */
function scoreCandidates(order: readonly Element[], isPruned: (el: Element) => boolean): { top?: Element; topScore: number } {
  for (let i = 0; i < order.length; i++) {
    const s = statsOf(order[i] as Element) as Stats;
    s.score = 0;
    s.scored = false;
  }
  const candidates: Element[] = [];
  for (let i = 0; i < order.length; i++) {
    const el = order[i] as Element;
    const s = statsOf(el) as Stats;
    if (s.pruned || s.text < 25) continue;
    const paragraphLike = PARAGRAPH_TAGS.has(el.name) || (el.name === 'div' && !hasBlockChild(el));
    // Loose text beside block children (text nodes in a <div> that also has <p>s) counts as a
    // paragraph of that element.
    const loose = !paragraphLike && s.own >= 100 && !INLINE_ONLY_SKIP.has(el.name);
    if ((!paragraphLike && !loose) || isPruned(el)) continue;
    const len = loose ? s.own : s.text;
    const score = 1 + (loose ? Math.min(s.commas, Math.floor(s.own / 50)) : s.commas) + Math.min(Math.floor(len / 100), 3);
    let level = 0;
    for (let p = (loose ? el : el.parent) as Element | null; p && statsOf(p) !== undefined && level < 5; p = p.parent as Element | null, level++) {
      const ps = statsOf(p) as Stats;
      if (!ps.scored) {
        ps.scored = true;
        ps.score += tagWeight(p.name) + classWeight(p);
        candidates.push(p);
      }
      ps.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
    }
  }
  for (let i = 0; i < candidates.length; i++) {
    const s = statsOf(candidates[i] as Element) as Stats;
    const density = s.text > 0 ? s.link / s.text : 0;
    s.score *= 1 - density;
  }
  const ranked = candidates.sort((a, b) => (statsOf(b) as Stats).score - (statsOf(a) as Stats).score).slice(0, 5);
  let top = ranked[0];
  if (!top) return { topScore: -Infinity };
  const topScore = (statsOf(top) as Stats).score;
  // An article split into several sections: when three or more near-best candidates share an
  // ancestor, the ancestor is the article.
  const alternatives = ranked.slice(1).filter((c) => topScore > 0 && (statsOf(c) as Stats).score / topScore >= 0.75);
  if (alternatives.length >= 3) {
    for (let p = top.parent as Element | null; p && statsOf(p) !== undefined && p.name !== 'body'; p = p.parent as Element | null) {
      const inside = alternatives.filter((a) => contains(p as Element, a)).length;
      if (inside >= 3) {
        top = p;
        break;
      }
    }
  }
  // A container that is its parent's only child says nothing more than its parent.
  while (top.parent && statsOf(top.parent as Element) !== undefined && (top.parent as Element).name !== 'body' && (top.parent as Element).children.filter((k) => isElement(k) && statsOf(k) !== undefined).length === 1) {
    top = top.parent as Element;
  }
  return { top, topScore: Math.max(topScore, (statsOf(top) as Stats).score) };
}

interface Extraction {
  parts: Element[];
  /** Indexes of the parts that a left-out byline or date line stood right before. */
  metaBefore: number[];
  pruned: Element[];
  /** Characters of text in the chosen parts. */
  text: number;
}

function contains(ancestor: Element, el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parent as Element | null) if (p === ancestor) return true;
  return false;
}

/** Prune, score, and choose the container and its sibling blocks; the elements' figures (walk 1's) are changed. */
function extract(body: Element, order: readonly Element[], level: 'all' | 'sure'): Extraction {
  const pruned: Element[] = [];
  const stack: AnyNode[] = [body];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (!isElement(n)) continue;
    const s = statsOf(n);
    if (!s) continue;
    if (n !== body) {
      const reason = boilerplateReason(n, level);
      if (reason) {
        s.pruned = reason;
        pruned.push(n);
        continue;
      }
    }
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i] as AnyNode;
      if (isElement(k)) stack.push(k);
    }
  }
  // Pruned text no longer counts for its ancestors.
  for (let i = 0; i < pruned.length; i++) {
    const el = pruned[i] as Element;
    const s = statsOf(el) as Stats;
    for (let p = el.parent as Element | null; p && statsOf(p) !== undefined; p = p.parent as Element | null) {
      const ps = statsOf(p) as Stats;
      ps.text -= s.text;
      ps.link -= s.link;
    }
  }
  const isPruned = (el: Element): boolean => {
    for (let p: Element | null = el; p && statsOf(p) !== undefined; p = p.parent as Element | null) if (statsOf(p)?.pruned) return true;
    return false;
  };
  const { top, topScore } = scoreCandidates(order, isPruned);
  const container = top ?? body;
  const parts: Element[] = [];
  const metaBefore: number[] = [];
  const parent = container.parent as Element | null;
  if (parent && statsOf(parent) !== undefined && container !== body) {
    // The article's sibling blocks: siblings that score well or read as prose.
    const threshold = Math.max(10, topScore * 0.2);
    for (let i = 0; i < parent.children.length; i++) {
      const sib = parent.children[i] as AnyNode;
      if (!isElement(sib)) continue;
      const s = statsOf(sib);
      if (s?.pruned && parts.length > 0 && isMetaPruned(sib, s.pruned) && metaBefore.at(-1) !== parts.length) metaBefore.push(parts.length);
      if (!s || s.pruned) continue;
      if (sib === container) {
        parts.push(sib);
        continue;
      }
      const density = s.text > 0 ? s.link / s.text : 1;
      let keep = s.scored && s.score >= threshold;
      if (!keep && sib.name === 'p') {
        const text = tidy(textOf(sib, true));
        keep = (s.text > 80 && density < 0.25) || (s.text > 0 && s.text <= 80 && density === 0 && SHORT_PARAGRAPH_END.test(text));
      }
      // A <div> used as a paragraph (no block inside it: CNN's "zn-body__paragraph") that holds a
      // paragraph's worth of text; a short one ("Thanks for watching!") is a player's or a widget's.
      if (!keep && sib.name === 'div' && s.text > 80 && density < 0.25 && !hasBlockChild(sib)) keep = true;
      if (keep) parts.push(sib);
      // A line left out that holds the byline or the date ("<div class=author-meta"><span
      // class="author">…</span><span class="date">…</span></div>"): the meta line passed too.
      else if (parts.length > 0 && metaBefore.at(-1) !== parts.length && holdsMeta(sib)) metaBefore.push(parts.length);
    }
  } else parts.push(container);
  if (container !== body) addChunks(container, order, parts, isPruned);
  const text = parts.reduce((n, el) => n + (statsOf(el)?.text ?? 0), 0);
  return { parts, metaBefore, pruned, text };
}

/** Text a chunk of the article holds at the least. */
const CHUNK_MIN_TEXT = 100;

/**
 * An article cut into chunks around ads: the page repeats its body container ("article__body"
 * four times down a WIRED story). Elements with the chosen container's own content class,
 * elsewhere on the page and holding text, are parts of the article too, in document order.
 */
function addChunks(container: Element, order: readonly Element[], parts: Element[], isPruned: (el: Element) => boolean): void {
  const cls = firstIn(tokensOf(container).classes, CONTENT_CLASSES);
  if (cls === undefined) return;
  const chunks: Element[] = [];
  for (let i = 0; i < order.length; i++) {
    const el = order[i] as Element;
    if ((statsOf(el)?.text ?? 0) < CHUNK_MIN_TEXT || !tokensOf(el).classes.includes(cls) || isPruned(el)) continue;
    if (parts.some((p) => contains(p, el) || contains(el, p)) || chunks.some((c) => contains(el, c) || contains(c, el))) continue;
    chunks.push(el);
  }
  if (chunks.length === 0) return;
  parts.push(...chunks);
  // Back in document order: the parts are disjoint, so their post-order is their document order.
  const wanted = new Set(parts);
  const at = new Map<Element, number>();
  for (let i = 0; i < order.length && at.size < wanted.size; i++) if (wanted.has(order[i] as Element)) at.set(order[i] as Element, i);
  parts.sort((a, b) => (at.get(a) ?? 0) - (at.get(b) ?? 0));
}

/** A short paragraph's end: a stop (Latin, Arabic, Urdu, CJK), maybe in a closing quote. */
const SHORT_PARAGRAPH_END = new RegExp(`[${SENTENCE_STOPS}。]["”’»)]?$`);

const PARSE_OPTIONS = { xmlMode: false, decodeEntities: true };

/** Thrown by RinseDom when the tree gets deeper than its limit. */
const TOO_DEEP = new Error('nesting past the limit');

/** Give an element the (empty) slot the walks fill in; see RinseDom. */
function withSlots(el: Element): Element {
  setStats(el, undefined);
  return el;
}

/**
 * htmlparser2's DOM builder with two additions. It stops the parse as soon as elements nest
 * deeper than the limit: htmlparser2's own stack of open elements costs as much per tag as it is
 * deep. And every element is born with the slots the walks fill in, so all elements share one
 * shape: slots added later, walk by walk, would give V8 several shapes for the same loops to
 * handle, and it throws their optimised code away each time it meets a new one.
 */
class RinseDom extends DomHandler {
  constructor(private readonly limit: number) {
    super(undefined, PARSE_OPTIONS);
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (this.tagStack.length > this.limit) throw TOO_DEEP;
    super.onopentag(name, attribs);
    withSlots(this.tagStack[this.tagStack.length - 1] as Element);
  }
}

/**
 * Parse once; only a page that nests past the limit (a hostile one) is parsed again, with the
 * tags past the limit taken out first (their text stays).
 */
function parseDom(html: string): AnyNode {
  const guarded = new RinseDom(MAX_NESTING);
  try {
    new Parser(guarded, PARSE_OPTIONS).end(html);
    return guarded.root as AnyNode;
  } catch (err) {
    if (err !== TOO_DEEP) throw err;
  }
  const handler = new RinseDom(Infinity);
  new Parser(handler, PARSE_OPTIONS).end(limitNesting(html));
  return handler.root as AnyNode;
}

/**
 * A fragment (an article's HTML without <html> or <body>, as scrapers often save it) is given a
 * <body> around its top-level nodes, so that it is read like a page.
 */
function wrapFragment(root: AnyNode): Element {
  const doc = root as unknown as { children: AnyNode[] };
  const body = withSlots(new DomElement('body', {}, doc.children));
  for (const k of doc.children) k.parent = body;
  body.parent = root as unknown as Element['parent'];
  doc.children = [body];
  return body;
}

/**
 * Walk 1 (post-order): text, link text, loose text and commas under every element, skipping
 * never-content tags; returns the elements in post-order. A function of its own, so that its
 * optimised code does not go when something else in parseHtml deoptimises.
 */
function measure(body: Element): Element[] {
  const order: Element[] = [];
  // Two stacks side by side (node, and whether its children are done) rather than a pair
  // object per visit.
  const stack: AnyNode[] = [body];
  const done: boolean[] = [false];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    const childrenDone = done.pop() as boolean;
    if (!isElement(n)) continue;
    if (childrenDone) {
      // score starts as a double (NaN: not scored yet), not the small integer 0: scores become
      // fractions, and a field that changes from integers to doubles throws away the optimised
      // code of every walk that read it.
      const s: Stats = { text: 0, link: 0, own: 0, commas: 0, score: NaN, scored: false, pruned: undefined };
      const kids = n.children;
      for (let i = 0; i < kids.length; i++) {
        const k = kids[i] as AnyNode;
        if (k.type === 'text') {
          const data = (k as unknown as { data: string }).data;
          const len = textLength(data);
          s.commas += lastCommas;
          s.text += len;
          s.own += len;
          if (n.name === 'a') s.link += len;
        } else if (isElement(k)) {
          const ks = statsOf(k);
          if (!ks) continue;
          s.text += ks.text;
          s.commas += ks.commas;
          s.link += n.name === 'a' ? ks.text : ks.link;
          if (!BLOCK_TAGS.has(k.name) && k.name !== 'a') s.own += ks.text;
        }
      }
      setStats(n, s);
      order.push(n);
      continue;
    }
    if (SKIP_TAGS.has(n.name)) continue;
    stack.push(n);
    done.push(true);
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i] as AnyNode;
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
  const result: ParsedHtml = { blocks: [], hints: headline ? { ...hints, headline } : hints, removed, prunedCount: 0, metaAfter: [] };

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
    const first = order.map(statsOf);
    measure(body);
    const second = extract(body, order, 'sure');
    if (second.text > best.text) best = second;
    else for (let i = 0; i < order.length; i++) setStats(order[i] as Element, first[i]);
  }
  const { parts, pruned } = best;
  // The visible byline, when the page declared no author.
  if (!result.hints.meta.author) {
    const byline = visibleByline(order);
    if (byline) result.hints.meta.author = byline;
  }
  // The meta lines shown under the headline (a date, "Publié le … par …"), when the page
  // declared no date or author: the pipeline reads them as a text dump's lines.
  if ((!result.hints.meta.published || !result.hints.meta.author) && headline) {
    const lines = visibleMetaLines(order, headline);
    if (lines.length > 0) result.hints.metaLines = lines;
  }
  // The visible tags, when the page declared none: its rel="tag" links around the article.
  if (!result.hints.meta.tags && parts[0]) {
    const tags = visibleTags(order, parts[0]);
    if (tags.length > 0) result.hints.meta.tags = tags;
  }
  result.prunedCount = pruned.length;
  if (options.explain) for (const el of pruned) removed.push({ rule: 'html-boilerplate', reason: `page furniture (${statsOf(el)?.pruned})`, text: short(textOf(el, false)), origin: { path: pathOf(el) } });

  // Walk 4: the chosen parts → blocks.
  let index = 0;
  const push = (b: Omit<Block, 'origin'>, el: Element): void => {
    if (b.text.length === 0) return;
    // The element path is only for --explain: building it for every block costs.
    result.blocks.push({ ...b, origin: options.explain ? { path: pathOf(el), line: ++index } : { line: ++index } });
  };
  const passedMeta = (): void => {
    result.metaAfter.push(index);
  };
  parts.forEach((part, k) => {
    if (best.metaBefore.includes(k)) passedMeta();
    walkBlocks(part, push, passedMeta);
  });
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

/** Tags of an article at the most: more are a tag cloud's. */
const MAX_TAGS = 30;

/** A class or id of an element that lists an article's tags: "tags", "post-tags", "td-tags", "tags-links", "tag-list". */
const TAG_LIST = /(?:^|[-_])(?:tags|keywords)(?:[-_](?:links|list|wrap|box))?$|(?:^|[-_])tag[-_](?:links|list)$/;

/**
 * The article's tag links, within the article element that holds the chosen content, or its
 * container's parent (a sidebar's tag cloud is elsewhere): its rel="tag" links (not WordPress's
 * rel="category tag"), else the links of an element whose class or id says it lists tags.
 */
function visibleTags(order: readonly Element[], part: Element): string[] {
  let scope: Element | null = part.parent as Element | null;
  for (let p: Element | null = part; p && statsOf(p) !== undefined; p = p.parent as Element | null) {
    if (p.name === 'article') {
      scope = p;
      break;
    }
  }
  if (!scope || scope.name === 'body' || scope.name === 'html') return [];
  const inScope: Element[] = [];
  for (const el of order) if (el.name === 'a' && contains(scope, el)) inScope.push(el);
  const relTag = (el: Element): boolean => {
    const rel = el.attribs.rel;
    return rel !== undefined && /(^|\s)tag(\s|$)/i.test(rel) && !/category/i.test(rel);
  };
  const tagged = inScope.filter(relTag);
  if (tagged.length > 0) return linkTexts(tagged);
  // Links share their ancestors: each element is asked once.
  const known = new Map<Element, boolean>();
  return linkTexts(inScope.filter((el) => inTagList(el.parent as Element | null, scope, known)));
}

/** Is `p`, or an element above it under `scope`, one that lists tags? */
function inTagList(p: Element | null, scope: Element, known: Map<Element, boolean>): boolean {
  if (!p || p === scope || p.attribs === undefined) return false;
  const seen = known.get(p);
  if (seen !== undefined) return seen;
  const a = p.attribs;
  const lists = (a.id !== undefined && TAG_LIST.test(a.id.toLowerCase())) || (a.class !== undefined && tokensOfClass(a.class).classes.some((c) => TAG_LIST.test(c))) || inTagList(p.parent as Element | null, scope, known);
  known.set(p, lists);
  return lists;
}

/** The links' texts, each once; none when they are more than an article's tags (a tag cloud). */
const HASH_MARK = /^[#＃]\s*/;

function linkTexts(links: readonly Element[]): string[] {
  const tags: string[] = [];
  for (const el of links) {
    // A hashtag's mark is no part of the tag ("#트램").
    const text = tidy(textOf(el, false)).replace(HASH_MARK, '');
    if (text.length > 0 && text.length <= 60 && !tags.includes(text)) tags.push(text);
    if (tags.length > MAX_TAGS) return [];
  }
  return tags;
}

const BYLINE_CLASSES = new Set(['author', 'byline', 'author-name', 'td-post-author-name', 'post-author', 'entry-author', 'article-author', 'byline-name', 'author-link', 'c-byline__author-name', 'meta-author', 'writer', 'article-writer']);

/** A label of a word or two (its vowel signs too) and its colon before the name: "Author: Jane Doe", "Penulis: Dimas Prasetyo", "記者：山田太郎", "ผู้เขียน: สมชาย ใจดี". */
const BYLINE_LABEL = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?\s?(?::\s+|：\s*)/u;

/**
 * A byline class, whole ("byline", "td-post-author-name") or as the element of a BEM name
 * ("read__author", "article__byline--large").
 */
function bylineClass(t: Tokens): boolean {
  return firstIn(t.classes, BYLINE_CLASSES) !== undefined || firstIn(t.elements, BYLINE_CLASSES) !== undefined;
}

/** The first element that names the author (rel/itemprop author, author/byline classes). */
function visibleByline(order: readonly Element[]): string | undefined {
  // The byline nearest the top of the page: `order` is post-order, so of two marked elements the
  // first met starts first unless the later one holds it (an ancestor starts before its children).
  let best: Element | undefined;
  for (let i = 0; i < order.length; i++) {
    const el = order[i] as Element;
    const a = el.attribs ?? {};
    const marked = a.rel === 'author' || a.itemprop === 'author' || (a.class !== undefined && bylineClass(tokensOf(el)));
    if (marked && (!best || contains(el, best))) best = el;
  }
  if (!best) return undefined;
  // The label before the name ("Penulis:"), and a separator that the theme prints after it
  // ("خالد المنصوري -"). A marker ("By", "بقلم", "מאת") is the pipeline's to take off, by the
  // byline phrases of every language.
  const text = tidy(textOf(best, false)).replace(BYLINE_LABEL, '').replace(TRAILING_SEPARATOR, '');
  const words = text.split(' ').filter(Boolean).length;
  return words >= 1 && words <= 8 && !BYLINE_END.test(text) ? text : undefined;
}

/** What a byline does not end with: a sentence's stop or a colon. */
const BYLINE_END = new RegExp(`[${SENTENCE_STOPS}:]$`);

/** Class words of an element that shows a date or the post's meta line ("post-date", "entry-meta", "article__time"). */
const META_WORDS = new Set(['date', 'dates', 'time', 'published', 'posted', 'pubdate', 'timestamp', 'dateline', 'datetime', 'updated', 'meta', 'byline']);
/** What separates the words of class names ("post-date", "article__time", "entry_date"). */
const CLASS_WORD = /[\s_-]+/;
/** Meta lines looked at under the headline, their length, and how many elements after the headline's they may stand, at the most. */
const MAX_META_LINES = 3;
const META_REACH = 300;
const MAX_META_CHARS = 200;

/** Class attributes whose words say the element shows the meta (a bounded map, as tokens are). */
const metaClasses = new Map<string, boolean>();

/** Does a word of the class attribute say the element shows a date or the meta line? "post-date" is no taxonomy class here. */
function metaClass(cls: string): boolean {
  let marked = metaClasses.get(cls);
  if (marked === undefined) {
    marked = cls.toLowerCase().split(CLASS_WORD).some((w) => META_WORDS.has(w));
    if (metaClasses.size >= TOKEN_CACHE_LIMIT) metaClasses.clear();
    metaClasses.set(cls, marked);
  }
  return marked;
}

/**
 * The texts of the elements marked as dates or meta lines that follow the headline's element,
 * in document order: a top bar's date (today's, above the headline) is not among them.
 */
function visibleMetaLines(order: readonly Element[], headline: string): string[] {
  // Post-order: an element that starts after the headline's element (and is not its ancestor)
  // comes after it.
  let from = -1;
  for (let i = 0; i < order.length && from === -1; i++) {
    const el = order[i] as Element;
    if (el.name !== 'h1' && el.name !== 'h2' && el.name !== 'h3') continue;
    // Its measured length first (runs of white space count one): the text only of a heading as long.
    const length = statsOf(el)?.text ?? 0;
    if (Math.abs(length - headline.length) <= 2 && tidy(textOf(el, false)) === headline) from = i;
  }
  const out: string[] = [];
  if (from === -1) return out;
  const heading = order[from] as Element;
  for (let i = from + 1; i < order.length && i <= from + META_REACH && out.length < MAX_META_LINES; i++) {
    const el = order[i] as Element;
    const cls = el.attribs?.class;
    if (cls === undefined || (statsOf(el)?.text ?? Infinity) > MAX_META_CHARS || !metaClass(cls) || contains(el, heading)) continue;
    const text = tidy(textOf(el, false));
    if (text.length > 0 && text.length <= MAX_META_CHARS && !out.includes(text)) out.push(text);
  }
  return out;
}

function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let p: Element | null = el; p && p.type === 'tag' && parts.length < 6; p = p.parent as Element | null) {
    const id = p.attribs?.id;
    const cls = (p.attribs?.class ?? '').trim().split(/\s+/)[0];
    parts.push(id ? `${p.name}#${id}` : cls ? `${p.name}.${cls}` : p.name);
  }
  return parts.reverse().join('>');
}

/** Marks the end of a block element during the walk: its loose text ends there. */
const END_OF_BLOCK = Symbol('end of block');

/** A left-out element's reason that makes it the page's byline or date line. */
const META_REASON = /author|byline|dateline|timestamp|"meta"|"date"|<time>/;

/** Was the element left out as the page's byline or date line? */
function isMetaPruned(el: Element, reason: string): boolean {
  return el.name === 'time' || META_REASON.test(reason);
}

/** Elements under a left-out sibling that holdsMeta looks at, at the most. */
const META_SEARCH = 50;

/** Does a small element hold a byline or a date that the HTML stage left out? */
function holdsMeta(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  for (let seen = 0; stack.length > 0 && seen < META_SEARCH; seen++) {
    const n = stack.pop() as AnyNode;
    if (!isElement(n)) continue;
    const pruned = statsOf(n)?.pruned;
    if (pruned ? isMetaPruned(n, pruned) : n.name === 'time') return true;
    stack.push(...n.children);
  }
  return false;
}

function walkBlocks(root: Element, push: (b: Omit<Block, 'origin'>, el: Element) => void, passedMeta: () => void): void {
  const stack: (AnyNode | typeof END_OF_BLOCK)[] = [root];
  let loose = '';
  let looseEl: Element = root;
  const flush = (): void => {
    for (const t of paragraphsOf(loose, true)) push({ kind: 'paragraph', text: t }, looseEl);
    loose = '';
  };
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode | typeof END_OF_BLOCK;
    if (n === END_OF_BLOCK) {
      flush();
      continue;
    }
    if (n.type === 'text') {
      loose += (n as unknown as { data: string }).data;
      continue;
    }
    if (!isElement(n)) continue;
    const pruned = n !== root ? statsOf(n)?.pruned : undefined;
    if (pruned) {
      if (isMetaPruned(n, pruned)) {
        flush();
        passedMeta();
      }
      continue;
    }
    if (statsOf(n) === undefined && n.name !== 'br') continue;
    const name = n.name;
    if (name === 'br') {
      loose += BR;
      continue;
    }
    if (!BLOCK_TAGS.has(name) && name !== 'figure') {
      // Inline element: its text joins the running paragraph.
      const kids = n.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
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
      // A quote of several paragraphs (or a post's text and its credit line) is as many quotes,
      // as text browsers print it.
      for (const t of paragraphsOf(textOf(n, true, BR, BR + BR))) push({ kind: 'quote', text: t }, n);
      continue;
    }
    if (name === 'pre') {
      const t = textOf(n, true).replace(/^\n+|\s+$/g, '');
      push({ kind: 'code', text: t }, n);
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      const items = n.children.filter((k): k is Element => isElement(k) && k.name === 'li' && !statsOf(k)?.pruned).map((li) => tidy(textOf(li, true))).filter((t) => t.length > 0);
      if (items.length > 0) push({ kind: 'list', text: items.join('\n'), items, ordered: name === 'ol' }, n);
      continue;
    }
    if (name === 'table') {
      const rows: string[][] = [];
      const tstack: AnyNode[] = [n];
      while (tstack.length > 0) {
        const t = tstack.pop() as AnyNode;
        if (!isElement(t) || (t !== n && (t.name === 'table' || statsOf(t)?.pruned))) continue;
        if (t.name === 'tr') {
          rows.push(t.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th')).map((c) => tidy(textOf(c, true))));
          continue;
        }
        for (let i = t.children.length - 1; i >= 0; i--) tstack.push(t.children[i] as AnyNode);
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
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  flush();
}
