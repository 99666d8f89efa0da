/**
 * The types every stage shares. Data flows one way:
 * input → parse → clean → structure → render → output.
 */

export type BlockKind = 'line' | 'paragraph' | 'heading' | 'list' | 'quote' | 'table' | 'code';

/** Where a block came from, so every decision can be traced back. */
export interface Origin {
  /** First line (1-based) in a text dump. */
  line?: number;
  /** Last line (1-based) in a text dump. */
  endLine?: number;
  /** Index of the blank-line separated group the block belongs to (text dumps). */
  group?: number;
  /** A CSS-like path in an HTML dump. */
  path?: string;
}

export interface Block {
  kind: BlockKind;
  /** Plain text of the block (for lists: the items joined by newlines). */
  text: string;
  /** List items, without their bullets. */
  items?: string[];
  /** Ordered (numbered) list. */
  ordered?: boolean;
  /** The number of an ordered list's first item, when the dump prints it (text dumps). */
  start?: number;
  /** Table rows of cells. */
  rows?: string[][];
  /** Heading level (2–6) when known. */
  level?: number;
  /** Leading indentation in columns (text dumps). */
  indent?: number;
  /** Link markers ([12]) that a lynx dump printed in the block's text. */
  links?: number;
  /** A figure caption (HTML), or a lynx dump's list of link references. */
  role?: 'caption' | 'references';
  origin: Origin;
}

export interface Meta {
  author?: string;
  published?: string;
  modified?: string;
  siteName?: string;
  url?: string;
  description?: string;
  section?: string;
  tags?: string[];
  image?: string;
}

/** What a rule took out and why. */
export interface Removal {
  rule: string;
  reason: string;
  text: string;
  origin: Origin;
  /** Optional extra words from the rule (e.g. which phrase matched). */
  detail?: string;
}

/** A removal may carry metadata found in the removed text (a byline's author, a date). */
export interface RemovalWithMeta extends Removal {
  meta?: Partial<Meta>;
}

export type OutputBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; rows: string[][] };

export interface Section {
  heading: string | null;
  blocks: OutputBlock[];
}

/** How a dump was read: a text dump, HTML, or Markdown (a crawler's, found or said). */
export type InputFormat = 'text' | 'html' | 'markdown';

export interface Source {
  path: string;
  format: InputFormat;
  encoding: string;
  bytes: number;
  sha256: string;
  /** What was repaired while reading: "mojibake: 12 lines read again as UTF-8 (had been decoded as windows-1256)". */
  repaired?: string;
}

export interface Article {
  headline: string | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  meta: Meta;
  sections: Section[];
  body: string;
  source: Source;
  removed?: Removal[];
}
