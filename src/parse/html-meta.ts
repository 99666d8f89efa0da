/**
 * What a page declares about itself: headline candidates, language, and metadata from JSON-LD
 * (NewsArticle/Article…), OpenGraph, <meta> tags and <link rel=canonical>.
 */
import type { AnyNode, Element } from 'domhandler';
import type { Meta } from '../model.js';
import { matchKey, tidy } from '../text/normalize.js';

export interface HtmlHints {
  /** The headline the page declares, best first (h1, og:title, JSON-LD, <title> without site name). */
  headlines: string[];
  lang?: string;
  meta: Meta;
  /** JSON-LD articleBody: the article's text as the page declares it (script-rendered pages). */
  articleBody?: string;
  /** Texts of the elements marked as dates or meta lines under the headline, when the page declares no date or author. */
  metaLines?: string[];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const ARTICLE_TYPES = new Set(['article', 'newsarticle', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'webpage', 'liveblogposting', 'techarticle', 'scholarlyarticle', 'review', 'backgroundnewsarticle']);

function asString(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return tidy(v) || undefined;
  if (Array.isArray(v)) return asString(v[0]);
  if (v && typeof v === 'object') return asString(v.name ?? v['@value'] ?? v.url);
  return undefined;
}

function names(v: Json | undefined): string | undefined {
  if (Array.isArray(v)) {
    const all = v.map((x) => asString(x)).filter((x): x is string => Boolean(x));
    return all.length > 0 ? all.join(', ') : undefined;
  }
  return asString(v);
}

/** Every object in a JSON-LD document (arrays and @graph flattened), iteratively. */
function ldObjects(root: Json): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const stack: Json[] = [root];
  let guard = 0;
  while (stack.length > 0 && guard++ < 10_000) {
    const v = stack.pop() as Json;
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      out.push(v);
      const graph = v['@graph'];
      if (graph) stack.push(graph);
    }
  }
  return out;
}

function typeOf(o: Record<string, Json>): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

function setIf(meta: Meta, key: keyof Omit<Meta, 'tags'>, value: string | undefined): void {
  if (value && !meta[key]) meta[key] = value;
}

/** What stripSiteName took off a title (" | Daily Gazette" → "Daily Gazette"), if anything. */
function removedFrom(title: string, stripped: string): string | undefined {
  if (!stripped || stripped === title) return undefined;
  const rest = title.startsWith(stripped) ? title.slice(stripped.length) : title.endsWith(stripped) ? title.slice(0, title.length - stripped.length) : '';
  const site = rest.replace(/^[\s|\-–—:»·]+|[\s|\-–—:»·]+$/g, '');
  return site.length > 0 ? site : undefined;
}

/** Remove a " - Site Name" / " | Site" suffix (or prefix) from a <title>. */
export function stripSiteName(title: string, siteName?: string): string {
  const seps = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' · '];
  let best = title;
  for (const sep of seps) {
    const parts = title.split(sep);
    if (parts.length < 2) continue;
    const first = parts[0] ?? '';
    const last = parts[parts.length - 1] ?? '';
    if (siteName && matchKey(last) === matchKey(siteName)) return parts.slice(0, -1).join(sep).trim();
    if (siteName && matchKey(first) === matchKey(siteName)) return parts.slice(1).join(sep).trim();
    // Without a known site name, drop the shorter end when it is short.
    const rest = parts.slice(0, -1).join(sep);
    if (last.split(' ').length <= 4 && rest.length > last.length) best = rest.trim();
  }
  return best;
}

/** The few elements metadata comes from, gathered in one walk (no selector re-scans the tree). */
export interface HeadParts {
  body?: Element;
  metas: Element[];
  links: Element[];
  ldScripts: Element[];
  titles: Element[];
  h1s: Element[];
  times: Element[];
  /** Microdata dates on ordinary elements: <span itemprop="datePublished">. */
  microdataDates: Element[];
  /** hAtom dates (Blogger, older WordPress themes): <abbr class="published" title="2026-11-29T10:30:00+03:00">. */
  hAtomDates: Element[];
  html?: Element;
}

/** Which hAtom date an element's class names: "published" (with "updated" or not), "updated", or none. */
function hAtomDate(el: Element): 'published' | 'updated' | undefined {
  const classes = (el.attribs.class ?? '').split(/\s+/);
  return classes.includes('published') ? 'published' : classes.includes('updated') ? 'updated' : undefined;
}

export function gather(root: AnyNode): HeadParts {
  const parts: HeadParts = { metas: [], links: [], ldScripts: [], titles: [], h1s: [], times: [], microdataDates: [], hAtomDates: [] };
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'root' && n.type !== 'style') continue;
    if (n.type !== 'root') {
      const el = n as Element;
      const prop = el.attribs.itemprop;
      if (prop !== undefined && el.name !== 'meta' && (prop === 'datePublished' || prop === 'dateModified')) parts.microdataDates.push(el);
      switch (el.name) {
        case 'meta':
          parts.metas.push(el);
          continue;
        case 'link':
          parts.links.push(el);
          continue;
        case 'script':
          if ((el.attribs.type ?? '').toLowerCase() === 'application/ld+json') parts.ldScripts.push(el);
          continue;
        case 'style':
          continue;
        case 'title':
          parts.titles.push(el);
          continue;
        case 'h1':
          parts.h1s.push(el);
          continue;
        case 'time':
          parts.times.push(el);
          break;
        case 'abbr':
          if (el.attribs.title !== undefined && hAtomDate(el) !== undefined) parts.hAtomDates.push(el);
          break;
        case 'html':
          parts.html ??= el;
          break;
        case 'body':
          parts.body ??= el;
          break;
        case 'svg':
          continue;
      }
    }
    const kids = (n as Element).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  return parts;
}

export function readHints(parts: HeadParts): HtmlHints {
  const meta: Meta = {};
  const headlines: string[] = [];
  const byKey = new Map<string, string>();
  const tags: string[] = [];
  for (const m of parts.metas) {
    const key = (m.attribs.property ?? m.attribs.name ?? m.attribs.itemprop ?? m.attribs['http-equiv'] ?? '').toLowerCase();
    const content = m.attribs.content;
    if (!key || content === undefined) continue;
    const value = tidy(content);
    if (!value) continue;
    if (key === 'article:tag') tags.push(value);
    if (!byKey.has(key)) byKey.set(key, value);
  }
  const metaContent = (key: string): string | undefined => byKey.get(key);

  // JSON-LD first: it is the most explicit.
  let ldHeadline: string | undefined;
  let articleBody: string | undefined;
  for (const el of parts.ldScripts) {
    const raw = textContent(el);
    if (raw.length > 1_000_000) continue;
    let data: Json;
    try {
      data = JSON.parse(raw) as Json;
    } catch {
      continue;
    }
    for (const o of ldObjects(data)) {
      const types = typeOf(o);
      if (!types.some((t) => ARTICLE_TYPES.has(t))) continue;
      if (types.includes('webpage') && !o.headline) continue;
      ldHeadline ??= asString(o.headline) ?? asString(o.name);
      articleBody ??= typeof o.articleBody === 'string' && o.articleBody.trim().length > 0 ? o.articleBody : undefined;
      setIf(meta, 'author', names(o.author));
      setIf(meta, 'published', asString(o.datePublished));
      setIf(meta, 'modified', asString(o.dateModified));
      setIf(meta, 'description', asString(o.description));
      setIf(meta, 'image', asString(o.image));
      setIf(meta, 'section', asString(o.articleSection));
      setIf(meta, 'url', asString(o.url) ?? asString(o.mainEntityOfPage));
      const publisher = o.publisher;
      if (publisher && typeof publisher === 'object' && !Array.isArray(publisher)) setIf(meta, 'siteName', asString(publisher.name));
      if (!meta.tags) {
        const kw = o.keywords;
        const list = Array.isArray(kw) ? kw.map((k) => asString(k)).filter((k): k is string => Boolean(k)) : typeof kw === 'string' ? kw.split(',').map((k) => tidy(k)).filter(Boolean) : [];
        if (list.length > 0) meta.tags = list;
      }
    }
  }

  setIf(meta, 'siteName', metaContent('og:site_name'));
  setIf(meta, 'author', metaContent('author') ?? metaContent('article:author'));
  setIf(meta, 'published', metaContent('article:published_time') ?? metaContent('pubdate') ?? metaContent('date') ?? metaContent('datepublished'));
  setIf(meta, 'modified', metaContent('article:modified_time'));
  setIf(meta, 'description', metaContent('og:description') ?? metaContent('description'));
  setIf(meta, 'image', metaContent('og:image'));
  setIf(meta, 'section', metaContent('article:section'));
  const canonical = parts.links.find((l) => (l.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'))?.attribs.href;
  setIf(meta, 'url', canonical ? canonical.trim() : metaContent('og:url'));
  // Microdata on page elements (often hidden): the date in content or datetime (an <abbr>'s in
  // its title, as hAtom's), else the text.
  for (const el of parts.microdataDates) {
    const value = tidy(el.attribs.content ?? el.attribs.datetime ?? (el.name === 'abbr' ? el.attribs.title : undefined) ?? textContent(el));
    if (value.length > 0 && value.length <= 100) setIf(meta, el.attribs.itemprop === 'datePublished' ? 'published' : 'modified', value);
  }
  // hAtom: the machine date in the title of <abbr class="published"> (its text is "10:30 AM").
  for (const el of parts.hAtomDates) {
    const value = tidy(el.attribs.title ?? '');
    if (value.length > 0 && value.length <= 100 && /\d/.test(value)) setIf(meta, hAtomDate(el) === 'published' ? 'published' : 'modified', value);
  }
  if (!meta.published) {
    const time = parts.times.find((t) => t.attribs.datetime)?.attribs.datetime;
    if (time) meta.published = time.trim();
  }
  if (!meta.tags && tags.length > 0) meta.tags = tags;
  // A meta author that is a URL (article:author often is) says nothing readable.
  if (meta.author && /^https?:\/\//.test(meta.author)) delete meta.author;

  const h1s = parts.h1s.map((el) => tidy(textContent(el))).filter((t) => t.length > 0);
  const og = metaContent('og:title') ?? metaContent('twitter:title');
  const title = parts.titles[0] ? tidy(textContent(parts.titles[0])) : '';
  const strippedTitle = title ? stripSiteName(title, meta.siteName) : '';
  for (const h of [...h1s, og, ldHeadline, strippedTitle || undefined]) {
    if (h && !headlines.includes(h)) headlines.push(h);
  }
  // The site's own name is not the article's headline (a logo in <h1>, a bare <title>), unless
  // the page offers nothing else.
  const siteKeys = new Set([meta.siteName, removedFrom(title, strippedTitle)].filter((x): x is string => Boolean(x)).map((x) => matchKey(x)));
  const notSite = headlines.filter((h) => !siteKeys.has(matchKey(h)));
  const hints: HtmlHints = { headlines: notSite.length > 0 ? notSite : headlines, meta };
  if (articleBody !== undefined) hints.articleBody = articleBody;
  const lang = parts.html?.attribs.lang ?? metaContent('content-language');
  const tag = lang ? canonicalLang(lang) : undefined;
  if (tag) hints.lang = tag;
  return hints;
}

/**
 * The headline that matches the article: the declared candidate that agrees with another
 * (h1 = og:title = <title> stem), else the first h1, og:title, JSON-LD headline, <title>.
 */
export function chooseHeadline(candidates: readonly string[]): string | undefined {
  const keys = candidates.map((c) => matchKey(c));
  for (let i = 0; i < candidates.length; i++) {
    const k = keys[i] ?? '';
    if (k.length === 0) continue;
    if (keys.some((o, j) => j !== i && o.length > 0 && (o === k || o.startsWith(k) || k.startsWith(o)))) return candidates[i];
  }
  return candidates.find((c) => c.length > 0);
}

/** All text under a node, in document order. */
function textContent(node: AnyNode): string {
  let out = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'text') out += (n as unknown as { data: string }).data;
    else if (n.type !== 'comment' && 'children' in n) {
      const kids = n.children as AnyNode[];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
    }
  }
  return out;
}

/**
 * A declared language as a BCP 47 tag in its canonical form: "pl-PL" for "pl-pl" or "pl_PL",
 * "zh-Hant-TW", "he" for the old "iw". Not a tag: undefined.
 */
function canonicalLang(raw: string): string | undefined {
  const tag = raw.trim().replaceAll('_', '-');
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag.toLowerCase();
  } catch {
    return tag.toLowerCase();
  }
}
