/**
 * HTML dump → blocks (cheerio on htmlparser2). A first, plain walk: drops what is never
 * content (scripts, styles, navigation, forms), keeps headings, paragraphs, lists, quotes,
 * tables and code, and reads the headline, language and metadata the page declares.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Block, Meta } from '../model.js';
import { tidy } from '../text/normalize.js';

export interface HtmlHints {
  headline?: string;
  lang?: string;
  meta?: Meta;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'form', 'nav', 'aside', 'footer', 'head', 'button', 'select', 'textarea', 'input', 'img', 'picture', 'video', 'audio', 'canvas', 'object', 'embed', 'map']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'li', 'td', 'th', 'dd', 'dt', 'figcaption', 'figure', 'address', 'center', 'body', 'html']);

function textOf(node: AnyNode): string {
  let out = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'text') out += (n as unknown as { data: string }).data;
    else if (n.type === 'tag' || n.type === 'root') {
      const el = n as Element;
      if (SKIP.has(el.name)) continue;
      if (el.name === 'br') out += '\n';
      const kids = el.children ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
      if (BLOCKS.has(el.name)) out += ' ';
    }
  }
  return out;
}

export function parseHtml(html: string): { blocks: Block[]; hints: HtmlHints } {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const hints: HtmlHints = {};
  const lang = $('html').attr('lang');
  if (lang) hints.lang = lang.trim().toLowerCase();
  const h1 = tidy($('h1').first().text());
  const og = tidy($('meta[property="og:title"]').attr('content') ?? '');
  if (h1) hints.headline = h1;
  else if (og) hints.headline = og;
  const meta: Meta = {};
  const author = $('meta[name="author"]').attr('content');
  if (author) meta.author = tidy(author);
  const published = $('meta[property="article:published_time"]').attr('content');
  if (published) meta.published = published.trim();
  const site = $('meta[property="og:site_name"]').attr('content');
  if (site) meta.siteName = tidy(site);
  const url = $('link[rel="canonical"]').attr('href') ?? $('meta[property="og:url"]').attr('content');
  if (url) meta.url = url.trim();
  const description = $('meta[name="description"]').attr('content') ?? $('meta[property="og:description"]').attr('content');
  if (description) meta.description = tidy(description);
  hints.meta = meta;

  const blocks: Block[] = [];
  let index = 0;
  const push = (block: Omit<Block, 'origin'>, path: string): void => {
    if (block.text.length === 0) return;
    blocks.push({ ...block, origin: { path, line: ++index } });
  };
  const root = $('body').get(0) ?? $.root().get(0);
  if (!root) return { blocks, hints };
  // Iterative walk (deeply nested pages must not overflow the stack).
  const stack: { node: AnyNode; path: string }[] = [{ node: root, path: 'body' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: AnyNode; path: string };
    if (node.type !== 'tag') {
      if (node.type === 'text') {
        const t = tidy((node as unknown as { data: string }).data);
        if (t) push({ kind: 'paragraph', text: t }, path);
      }
      continue;
    }
    const el = node as Element;
    const name = el.name;
    if (SKIP.has(name)) continue;
    const here = `${path}>${name}`;
    if (/^h[1-6]$/.test(name)) {
      push({ kind: 'heading', text: tidy(textOf(el)), level: Number(name[1]) }, here);
      continue;
    }
    if (name === 'p' || name === 'figcaption' || name === 'dt' || name === 'dd' || name === 'address') {
      push({ kind: 'paragraph', text: tidy(textOf(el)) }, here);
      continue;
    }
    if (name === 'blockquote') {
      push({ kind: 'quote', text: tidy(textOf(el)) }, here);
      continue;
    }
    if (name === 'pre') {
      push({ kind: 'code', text: $(el).text().replace(/\s+$/, '') }, here);
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      const items = $(el).children('li').toArray().map((li) => tidy(textOf(li))).filter((t) => t.length > 0);
      if (items.length > 0) push({ kind: 'list', text: items.join('\n'), items, ordered: name === 'ol' }, here);
      continue;
    }
    if (name === 'table') {
      const rows = $(el).find('tr').toArray().map((tr) => $(tr).children('td,th').toArray().map((c) => tidy(textOf(c))));
      const kept = rows.filter((r) => r.some((c) => c.length > 0));
      if (kept.length > 0) push({ kind: 'table', text: kept.map((r) => r.join('\t')).join('\n'), rows: kept }, here);
      continue;
    }
    const kids = el.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as AnyNode, path: here });
  }
  return { blocks, hints };
}
