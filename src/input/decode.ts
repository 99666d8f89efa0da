/**
 * Bytes → text: gzip, byte-order marks, UTF-8, legacy Arabic and Western code pages,
 * line endings. Pure functions; reading files is in read.ts.
 */
import { gunzipSync } from 'node:zlib';
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type * as Iconv from 'iconv-lite';
import type * as Chardet from 'chardet';
import type { InputFormat } from '../model.js';

// The code-page libraries are loaded when a page needs them: most input is UTF-8, and every
// process (and worker) would otherwise pay for loading their tables at start-up.
const require = createRequire(import.meta.url);
let iconvModule: typeof Iconv | undefined;
let chardetModule: typeof Chardet | undefined;
const iconv = (): typeof Iconv => (iconvModule ??= require('iconv-lite') as typeof Iconv);
const chardet = (): typeof Chardet => (chardetModule ??= require('chardet') as typeof Chardet);

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface Decoded {
  text: string;
  encoding: string;
  format: InputFormat;
  /** Mojibake that was repaired: the code page the UTF-8 had been misread as, and how many lines. */
  repaired?: { from: string; lines: number };
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Inflate gzip input, refusing to inflate past maxBytes (no zip bombs). */
export function gunzipCapped(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || (err instanceof RangeError)) {
      throw new InputError(`gzip content inflates past the ${maxBytes}-byte limit`);
    }
    throw new InputError(`corrupt gzip data (${(err as Error).message})`);
  }
}

/** How much of a dump's head is read to tell binary data from text. */
const BINARY_SNIFF = 8192;

/** A C0 control that text does not carry (tab, line breaks, form feed and escape are text). */
function isBinaryControl(c: number): boolean {
  return c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b);
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (isBinaryControl(b)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** looksBinary on the UTF-8 bytes of a string: control characters are the same code units. */
function looksBinaryText(text: string): boolean {
  let n = 0;
  let bytes = 0;
  let control = 0;
  for (; n < text.length && bytes < BINARY_SNIFF; n++) {
    const c = text.charCodeAt(n);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
    if (c === 0) return true;
    if (isBinaryControl(c)) control++;
  }
  return bytes > 0 && control / Math.min(bytes, BINARY_SNIFF) > 0.1;
}

/** The charset an HTML or XML page declares in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1').toLowerCase();
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_:.-]{2,40})/.exec(head) ?? /<\?xml[^>]{0,100}?encoding\s*=\s*["']([a-z0-9_:.-]{2,40})/.exec(head);
  return m?.[1];
}

/** Browsers read ISO-8859-1 and US-ASCII as windows-1252, its superset; so do we. */
function canonical(name: string): string {
  const n = name.toLowerCase();
  if (n === 'iso-8859-1' || n === 'latin1' || n === 'us-ascii' || n === 'ascii' || n === 'latin-1') return 'windows-1252';
  if (n === 'utf8') return 'utf-8';
  return n;
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(bytes)) return { text: buffer.toString('utf8'), encoding: 'utf-8' };
  // Not UTF-8: the page's own declaration first, then detection (chardet's statistics).
  const declared = declaredCharset(bytes);
  let encoding = declared && canonical(declared) !== 'utf-8' && iconv().encodingExists(declared) ? canonical(declared) : undefined;
  if (!encoding) {
    const detected = chardet().detect(bytes);
    encoding = detected && iconv().encodingExists(detected) && !detected.toLowerCase().startsWith('utf') ? canonical(detected) : 'windows-1252';
  }
  return { text: iconv().decode(buffer, encoding), encoding };
}

const MOJIBAKE_1252 = ['Ã', 'Â', 'â€', 'Ã©', 'Ø§', 'Ù'];

/**
 * UTF-8 text that was once decoded as windows-1256 (Arabic: "ط§ظ„ط³ط¹ظˆط¯ظٹط©") or windows-1252
 * ("Ã©", "â€™", Arabic as "Ø§Ù„") and saved again: each such line is encoded back to those bytes
 * and read as UTF-8, when that gives valid UTF-8 with fewer tell-tale characters.
 */
export function repairMojibake(text: string): { text: string; repaired?: { from: string; lines: number } } {
  // Only lines with a tell-tale can be mojibake; a native regex finds them, so a page without
  // any is not walked character by character (that walk is what a cold process pays for).
  SUSPECT.lastIndex = 0;
  let m = SUSPECT.exec(text);
  if (!m) return { text };
  let from: string | undefined;
  let lines = 0;
  let out = '';
  let copied = 0;
  while (m) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    let end = text.indexOf('\n', m.index);
    if (end === -1) end = text.length;
    const fixed = repairLine(text.slice(start, end));
    if (fixed) {
      from ??= fixed.from;
      lines++;
      out += text.slice(copied, start) + fixed.text;
      copied = end;
    }
    SUSPECT.lastIndex = end + 1;
    m = end >= text.length ? null : SUSPECT.exec(text);
  }
  return lines === 0 ? { text } : { text: out + text.slice(copied), repaired: { from: from as string, lines } };
}

/**
 * What a misread line shows. windows-1252: a tell-tale of MOJIBAKE_1252 (suspicion1252 needs two).
 * windows-1256: UTF-8 Arabic letters are two bytes, the first read as ط or ظ and the second as
 * a non-ASCII character, so any word of two letters or more shows ط/ظ, one character, ط/ظ.
 */
const SUSPECT = new RegExp(`[\u0637\u0638][\u0080-\uffff][\u0637\u0638]|${MOJIBAKE_1252.join('|')}`, 'g');

function arabicStats(line: string): { arabic: number; ta: number } {
  let arabic = 0;
  let ta = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x0600 && cp <= 0x06ff) arabic++;
    if (ch === 'ط' || ch === 'ظ') ta++;
  }
  return { arabic, ta };
}

function suspicion1252(line: string): number {
  let n = 0;
  for (const s of MOJIBAKE_1252) {
    let at = line.indexOf(s);
    while (at !== -1) {
      n++;
      at = line.indexOf(s, at + s.length);
    }
  }
  return n;
}

function tryEncoding(line: string, encoding: string): string | undefined {
  const bytes = iconv().encode(line, encoding);
  if (!isUtf8(bytes)) return undefined;
  const back = bytes.toString('utf8');
  // Characters the code page cannot hold come back as "?": the line was not all mojibake.
  if (back.includes('\ufffd') || (back.split('?').length !== line.split('?').length)) return undefined;
  return back === line ? undefined : back;
}

function repairLine(line: string): { text: string; from: string } | undefined {
  if (line.length < 4) return undefined;
  const { arabic, ta } = arabicStats(line.length > 10_000 ? line.slice(0, 10_000) : line);
  // Arabic read as windows-1256: every letter becomes ط or ظ followed by another character.
  if (arabic >= 6 && ta >= arabic * 0.3) {
    const fixed = tryEncoding(line, 'windows-1256');
    if (fixed) {
      const after = arabicStats(fixed);
      if (after.ta < after.arabic * 0.2) return { text: fixed, from: 'windows-1256' };
    }
  }
  if (suspicion1252(line.length > 10_000 ? line.slice(0, 10_000) : line) >= 2) {
    const fixed = tryEncoding(line, 'windows-1252');
    if (fixed && suspicion1252(fixed) < suspicion1252(line)) return { text: fixed, from: 'windows-1252' };
  }
  return undefined;
}

/** Sniff HTML by content, whatever the file is called. */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') && head.includes('<html')) {
    return 'html';
  }
  if (head.startsWith('<')) {
    const tags = (head.match(/<\/?(?:div|p|span|a|body|head|meta|script|article|section|h[1-6]|ul|li|table)\b/g) ?? []).length;
    if (tags >= 3) return 'html';
  }
  return 'text';
}

/** Normalise line endings: CRLF and lone CR become LF. */
export function normaliseNewlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

export interface DecodeOptions {
  maxBytes?: number;
  format?: InputFormat | 'auto';
}

/** Decode raw input bytes into text, refusing binary and oversized input with an InputError. */
export function decode(raw: Uint8Array, options: DecodeOptions = {}): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (raw.length > maxBytes) throw new InputError(`input is ${raw.length} bytes, over the ${maxBytes}-byte limit (--max-bytes)`);
  const bytes = isGzip(raw) ? gunzipCapped(raw, maxBytes) : raw;
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16 && looksBinary(bytes)) throw new InputError('binary data, not a text or HTML dump');
  const { text, encoding } = decodeBytes(bytes);
  return finish(text, encoding, options);
}

/**
 * The same for text that is already a string (the library called with one): it is what its
 * UTF-8 encoding would decode to, so it is not encoded and decoded again.
 */
export function decodeString(text: string, byteLength: number, options: DecodeOptions = {}): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (byteLength > maxBytes) throw new InputError(`input is ${byteLength} bytes, over the ${maxBytes}-byte limit (--max-bytes)`);
  if (looksBinaryText(text)) throw new InputError('binary data, not a text or HTML dump');
  // Lone surrogates become U+FFFD, as encoding to UTF-8 and decoding would make them.
  const wellFormed = text as string & { isWellFormed(): boolean; toWellFormed(): string };
  return finish(wellFormed.isWellFormed() ? text : wellFormed.toWellFormed(), 'utf-8', options);
}

function finish(text: string, encoding: string, options: DecodeOptions): Decoded {
  const normalised = normaliseNewlines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const { text: repairedText, repaired } = repairMojibake(normalised);
  const format = options.format && options.format !== 'auto' ? options.format : sniffFormat(repairedText);
  return repaired ? { text: repairedText, encoding, format, repaired } : { text: repairedText, encoding, format };
}
