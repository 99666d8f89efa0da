/**
 * Article → Markdown with YAML front matter. Text is escaped so that nothing in a dump can
 * become raw HTML or Markdown syntax; front matter is written by the yaml library.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

// yaml is loaded on the first Markdown document: JSON runs do not pay for it at start-up.
const require = createRequire(import.meta.url);
let yamlModule: typeof Yaml | undefined;
const yaml = (): typeof Yaml => (yamlModule ??= require('yaml') as typeof Yaml);
import type { Article, OutputBlock } from '../model.js';
import { orderedMeta } from './json.js';

const SPECIAL = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~']);

/** Escape Markdown specials and HTML in a run of text. */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '&') out += '&amp;';
    else if (SPECIAL.has(ch)) out += `\\${ch}`;
    else out += ch;
  }
  // A line that starts like a list item, a numbered item or a rule would change meaning.
  return out
    .split('\n')
    .map((line) => escapeLineStart(line))
    .join(' ');
}

function escapeLineStart(line: string): string {
  const t = line.trimStart();
  if (t.startsWith('- ') || t.startsWith('+ ') || t.startsWith('= ') || t === '-' || t === '+' || t.startsWith('---')) return `\\${t}`;
  let i = 0;
  while (i < t.length && t[i]! >= '0' && t[i]! <= '9') i++;
  if (i > 0 && (t[i] === '.' || t[i] === ')') && (t[i + 1] === ' ' || i + 1 === t.length)) return `${t.slice(0, i)}\\${t.slice(i)}`;
  return t;
}

function renderBlock(b: OutputBlock): string {
  switch (b.kind) {
    case 'list':
      return b.items.map((it, i) => `${b.ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(it)}`).join('\n');
    case 'quote':
      return `> ${escapeMarkdown(b.text)}`;
    case 'code': {
      let fence = '```';
      while (b.text.includes(fence)) fence += '`';
      return `${fence}\n${b.text}\n${fence}`;
    }
    case 'table': {
      if (b.rows.length === 0) return '';
      // A loop, not Math.max(...): a table of hundreds of thousands of rows is more arguments than a call takes.
      const width = b.rows.reduce((w, r) => Math.max(w, r.length), 0);
      const row = (r: string[]): string => `| ${Array.from({ length: width }, (_, i) => escapeMarkdown(r[i] ?? '')).join(' | ')} |`;
      const [head, ...body] = b.rows;
      return [row(head ?? []), `|${' --- |'.repeat(width)}`, ...body.map(row)].join('\n');
    }
    default:
      return escapeMarkdown(b.text);
  }
}

export function renderMarkdown(article: Article): string {
  const front: Record<string, unknown> = {
    title: article.headline,
    lang: article.lang,
    dir: article.dir,
    source: article.source.path,
  };
  const meta = orderedMeta(article.meta);
  if (Object.keys(meta).length > 0) front.meta = meta;
  const parts: string[] = [`---\n${yaml().stringify(front, { lineWidth: 0 })}---`];
  if (article.headline) parts.push(`# ${escapeMarkdown(article.headline)}`);
  for (const s of article.sections) {
    if (s.heading) parts.push(`## ${escapeMarkdown(s.heading)}`);
    for (const b of s.blocks) {
      const r = renderBlock(b);
      if (r) parts.push(r);
    }
  }
  return `${parts.join('\n\n')}\n`;
}
