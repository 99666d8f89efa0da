/**
 * The physical lines of a text dump, and list bullets: shared by the text parser and the layout
 * readers (tables, columns).
 */

export interface PhysLine {
  no: number; // 1-based line number
  indent: number;
  text: string; // without indentation, invisible characters removed, trailing space trimmed
  /** The text as the browser printed it, when lynx's link markers were taken out of `text` (its width is the wrap's). */
  printed?: string;
}

export interface Bullet {
  ordered: boolean;
  /** Width of the marker and the space after it. */
  width: number;
  /** An ordered item's number. */
  number?: number;
}

/** Bullets of text browsers (w3m by nesting level: • □ ☆ ○ ■, and ● for disc; lynx: * +) and of copied text. */
const BULLET_CHARS = new Set(['•', '*', '-', '·', '▪', '◦', '●', '■', '□', '☆', '–', '○', '►', '▸', '✓', '✔', '+']);

export function isDigit(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (ch >= '٠' && ch <= '٩') || (ch >= '۰' && ch <= '۹');
}

/** The value of a run of digits, Western or Arabic-Indic. */
function digitsValue(digits: string): number {
  let n = 0;
  for (const ch of digits) {
    const c = ch.charCodeAt(0);
    n = n * 10 + (c >= 0x06f0 ? c - 0x06f0 : c >= 0x0660 ? c - 0x0660 : c - 0x30);
  }
  return n;
}

/** Recognise a list bullet at the start of a line, without regexes. */
export function parseBullet(text: string): Bullet | null {
  const first = text[0];
  if (first === undefined) return null;
  if (BULLET_CHARS.has(first)) {
    if (text.length === 1) return { ordered: false, width: 1 };
    if (text[1] === ' ') return { ordered: false, width: 2 };
    return null;
  }
  let i = 0;
  while (i < text.length && i < 3 && isDigit(text[i] ?? '')) i++;
  if (i === 0 || i >= text.length) return null;
  const mark = text[i];
  if (mark !== '.' && mark !== ')' && mark !== '-' && mark !== '–') return null;
  const number = digitsValue(text.slice(0, i));
  if (i + 1 === text.length) return { ordered: true, width: i + 1, number };
  if (text[i + 1] !== ' ') return null;
  // "2019 - ..." is not an item; "1. text" and "١- نص" are.
  return { ordered: true, width: i + 2, number };
}
