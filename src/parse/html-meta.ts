/**
 * What a page declares about itself: headline candidates, language, and metadata from JSON-LD
 * (NewsArticle/Article…), OpenGraph, <meta> tags and <link rel=canonical>.
 */
import type { CheerioAPI } from 'cheerio';
import type { Meta } from '../model.js';
import { matchKey, tidy } from '../text/normalize.js';

export interface HtmlHints {
  /** The headline the page declares, best first (h1, og:title, JSON-LD, <title> without site name). */
  headlines: string[];
  lang?: string;
  meta: Meta;
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

export function readHints($: CheerioAPI): HtmlHints {
  const meta: Meta = {};
  const headlines: string[] = [];
  const metaContent = (sel: string): string | undefined => {
    const v = $(sel).attr('content');
    return v ? tidy(v) || undefined : undefined;
  };

  // JSON-LD first: it is the most explicit.
  let ldHeadline: string | undefined;
  $('script[type="application/ld+json"]').each((_, el) => {
    const raw = $(el).text();
    if (raw.length > 1_000_000) return;
    let data: Json;
    try {
      data = JSON.parse(raw) as Json;
    } catch {
      return;
    }
    for (const o of ldObjects(data)) {
      const types = typeOf(o);
      if (!types.some((t) => ARTICLE_TYPES.has(t))) continue;
      if (types.includes('webpage') && !o.headline) continue;
      ldHeadline ??= asString(o.headline) ?? asString(o.name);
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
        const tags = Array.isArray(kw) ? kw.map((k) => asString(k)).filter((k): k is string => Boolean(k)) : typeof kw === 'string' ? kw.split(',').map((k) => tidy(k)).filter(Boolean) : [];
        if (tags.length > 0) meta.tags = tags;
      }
    }
  });

  setIf(meta, 'siteName', metaContent('meta[property="og:site_name"]'));
  setIf(meta, 'author', metaContent('meta[name="author"]') ?? metaContent('meta[property="article:author"]'));
  setIf(meta, 'published', metaContent('meta[property="article:published_time"]') ?? metaContent('meta[name="pubdate"]') ?? metaContent('meta[name="date"]') ?? metaContent('meta[itemprop="datePublished"]'));
  setIf(meta, 'modified', metaContent('meta[property="article:modified_time"]'));
  setIf(meta, 'description', metaContent('meta[property="og:description"]') ?? metaContent('meta[name="description"]'));
  setIf(meta, 'image', metaContent('meta[property="og:image"]'));
  setIf(meta, 'section', metaContent('meta[property="article:section"]'));
  const canonical = $('link[rel="canonical"]').attr('href');
  setIf(meta, 'url', canonical ? canonical.trim() : metaContent('meta[property="og:url"]'));
  if (!meta.published) {
    const time = $('time[datetime]').first().attr('datetime');
    if (time) meta.published = time.trim();
  }
  if (!meta.tags) {
    const tags = $('meta[property="article:tag"]').toArray().map((el) => tidy($(el).attr('content') ?? '')).filter(Boolean);
    if (tags.length > 0) meta.tags = tags;
  }
  // A meta author that is a URL (article:author often is) says nothing readable.
  if (meta.author && /^https?:\/\//.test(meta.author)) delete meta.author;

  const h1s = $('h1').toArray().map((el) => tidy($(el).text())).filter((t) => t.length > 0);
  const og = metaContent('meta[property="og:title"]') ?? metaContent('meta[name="twitter:title"]');
  const title = tidy($('title').first().text());
  for (const h of [...h1s, og, ldHeadline, title ? stripSiteName(title, meta.siteName) : undefined]) {
    if (h && !headlines.includes(h)) headlines.push(h);
  }
  const hints: HtmlHints = { headlines, meta };
  const lang = $('html').attr('lang') ?? metaContent('meta[http-equiv="content-language"]');
  if (lang && /^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(lang.trim())) hints.lang = lang.trim().toLowerCase().replace('_', '-');
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
