/**
 * The tree the HTML stage walks: htmlparser2's parser (the tokenizer under cheerio's fast path)
 * building rinse's own lean nodes instead of domhandler's.
 *
 * Why not domhandler: its nodes are six classes (document, element, text, comment, processing
 * instruction, CDATA), so every walk's `node.type` and `node.children` read sees six shapes and
 * V8 falls back to its slowest property loads; they link siblings and carry source positions that
 * no walk reads; and comments and the doctype, which never hold article text, become nodes. Here
 * every node is one class with the same fields in the same order (one shape for all), comments
 * and the doctype are not kept, and each element is born with the slot the walks fill in.
 * Measured on the 121 benchmark pages (cold process, one core): the parse alone 325 ms with
 * domhandler against 290 ms with these nodes, before any walk.
 *
 * What domhandler does that matters is kept: adjacent text is one node, and a comment between
 * two texts still separates them (so the text figures are the same as before).
 */
import { Parser } from 'htmlparser2';

/** Node kinds, numbered as the DOM numbers them. */
export const ELEMENT = 1;
export const TEXT = 3;
export const DOCUMENT = 9;

/** Per-element figures of the HTML stage (html.ts), kept on the element itself. */
export interface Stats {
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
  /** What the element's attributes say (shared by every element with the same attributes). */
  marks: Marks;
  /** Hidden by its own attributes (hidden, aria-hidden, an inline display:none). */
  hidden: boolean;
}

/**
 * What an element's class, id, role, aria-label, data-component, itemprop and rel say to the
 * walks, worked out once per set of those attributes (html.ts, marksOf).
 */
export interface Marks {
  /** Words of the class (taxonomy classes left out), then of the id, role, aria-label and data-component. */
  tokens: string[];
  /** The classes, lower-cased. */
  classes: string[];
  role: string | undefined;
  itemprop: string | undefined;
  /** Why these attributes make an element furniture, when pruning everything that looks like it and only what surely is. */
  reasonAll: string | undefined;
  reasonSure: string | undefined;
  /** What they add to a container's score. */
  weight: number;
  /** They mark the author's name (rel/itemprop author, a byline class). */
  byline: boolean;
}

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_CHILDREN: HtmlNode[] = Object.freeze([]) as unknown as HtmlNode[];

export class HtmlNode {
  /** ELEMENT, TEXT or DOCUMENT. */
  kind: number;
  /** Lower-case tag name ("" for text and the document). */
  name: string;
  attribs: Record<string, string>;
  /** A text node's text ("" for the others). */
  data: string;
  parent: HtmlNode | null;
  /** An element's or the document's children (a shared empty list for text). */
  children: HtmlNode[];
  /** What the HTML stage's walks measured (undefined until they do, and outside the body). */
  stats: Stats | undefined;

  constructor(kind: number, name: string, attribs: Record<string, string>, data: string, parent: HtmlNode | null) {
    this.kind = kind;
    this.name = name;
    this.attribs = attribs;
    this.data = data;
    this.parent = parent;
    this.children = kind === TEXT ? NO_CHILDREN : [];
    this.stats = undefined;
  }
}

export function isElement(n: HtmlNode): boolean {
  return n.kind === ELEMENT;
}

/** A new element (not from the parse): the <body> given to a fragment. */
export function createElement(name: string, parent: HtmlNode | null): HtmlNode {
  return new HtmlNode(ELEMENT, name, NO_ATTRIBUTES, '', parent);
}

/** Thrown by the builder when the tree gets deeper than its limit. */
export const TOO_DEEP = new Error('nesting past the limit');

/** htmlparser2 callbacks that build the tree; stops the parse when elements nest past `limit`. */
class TreeBuilder {
  readonly root = new HtmlNode(DOCUMENT, '', NO_ATTRIBUTES, '', null);
  private current: HtmlNode = this.root;
  /** The text node that text read next is appended to, or null after anything else. */
  private lastText: HtmlNode | null = null;
  private depth = 0;

  constructor(private readonly limit: number) {}

  onopentag(name: string, attribs: Record<string, string>): void {
    // htmlparser2's own stack of open elements costs as much per tag as it is deep.
    if (this.depth + 1 > this.limit) throw TOO_DEEP;
    const el = new HtmlNode(ELEMENT, name, attribs, '', this.current);
    this.current.children.push(el);
    this.current = el;
    this.depth++;
    this.lastText = null;
  }

  onclosetag(): void {
    if (this.current.parent !== null) {
      this.current = this.current.parent;
      this.depth--;
    }
    this.lastText = null;
  }

  ontext(data: string): void {
    if (this.lastText !== null) {
      this.lastText.data += data;
      return;
    }
    const t = new HtmlNode(TEXT, '', NO_ATTRIBUTES, data, this.current);
    this.current.children.push(t);
    this.lastText = t;
  }

  oncomment(): void {
    this.lastText = null;
  }

  onprocessinginstruction(): void {
    this.lastText = null;
  }
}

const PARSE_OPTIONS = { xmlMode: false, decodeEntities: true };

/** Parse a page into the tree; throws TOO_DEEP past `limit` levels of nesting. */
export function buildTree(html: string, limit: number): HtmlNode {
  const builder = new TreeBuilder(limit);
  new Parser(builder, PARSE_OPTIONS).end(html);
  return builder.root;
}
