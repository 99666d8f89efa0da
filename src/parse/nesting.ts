/**
 * Bounded work on pathologically nested HTML. htmlparser2 keeps its open-element stack in an
 * array it shifts and unshifts, so each tag costs as much as the nesting is deep: 200,000 nested
 * <div>s take minutes. Real pages nest a few dozen levels; tags deeper than a limit carry no
 * structure worth keeping, so they are dropped (their text stays) before the parse. One linear
 * scan, no regular expressions. parse/html.ts parses every page with a depth guard and comes
 * here only for a page whose tree does get deeper than the limit.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);

export const MAX_NESTING = 1000;

interface Tag {
  start: number;
  end: number; // index after '>'
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

function readTag(html: string, at: number): Tag | undefined {
  let i = at + 1;
  const closing = html.charCodeAt(i) === 47; // '/'
  if (closing) i++;
  const nameStart = i;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    const alnum = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;
    if (!alnum) break;
    i++;
  }
  if (i === nameStart) return undefined;
  const name = html.slice(nameStart, i).toLowerCase();
  // Find the end of the tag, skipping quoted attribute values.
  let quote = 0;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) break; // '>'
    i++;
  }
  if (i >= html.length) return undefined;
  return { start: at, end: i + 1, name, closing, selfClosing: html.charCodeAt(i - 1) === 47 };
}

/** The HTML with tags nested deeper than `limit` removed (their text kept). */
export function limitNesting(html: string, limit = MAX_NESTING): string {
  // A first scan only measures; almost every page stops here.
  if (maxDepth(html, limit) <= limit) return html;
  let out = '';
  let copied = 0;
  walkTags(html, (tag, depth) => {
    const deep = tag.closing ? depth > limit : depth > limit;
    if (deep) {
      out += html.slice(copied, tag.start);
      copied = tag.end;
    }
  });
  return out + html.slice(copied);
}

function maxDepth(html: string, stopAbove: number): number {
  let max = 0;
  walkTags(html, (_tag, depth) => {
    if (depth > max) max = depth;
    return max > stopAbove;
  });
  return max;
}

/**
 * Calls `visit(tag, depth)` for every opening and closing tag in order, with the depth the tag
 * stands at (an opening tag's own depth, a closing tag's depth before it closes).
 * `visit` returns true to stop early.
 */
function walkTags(html: string, visit: (tag: Tag, depth: number) => boolean | void): void {
  let depth = 0;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    const next = html.charCodeAt(i + 1);
    if (next === 33) {
      // <!-- comment --> or <!doctype>
      const end = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i);
      i = end === -1 ? -1 : html.indexOf('<', end + 1);
      continue;
    }
    const tag = readTag(html, i);
    if (!tag) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    if (tag.closing) {
      if (!VOID.has(tag.name)) {
        if (visit(tag, depth)) return;
        depth = Math.max(0, depth - 1);
      }
    } else {
      const opens = !VOID.has(tag.name) && !tag.selfClosing;
      if (opens) depth++;
      if (visit(tag, depth)) return;
      if (opens && RAW_TEXT.has(tag.name)) {
        i = findClose(html, tag.name, tag.end);
        continue;
      }
    }
    i = html.indexOf('<', tag.end);
  }
}

/** Where `</name` next stands, in any letter case, or -1. */
function findClose(html: string, name: string, from: number): number {
  let at = html.indexOf('</', from);
  while (at !== -1) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
    at = html.indexOf('</', at + 2);
  }
  return -1;
}
