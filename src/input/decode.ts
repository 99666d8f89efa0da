/**
 * Bytes → text: gzip, byte-order marks, UTF-8, legacy Arabic and Western code pages,
 * line endings. Pure functions; reading files is in read.ts.
 */
import { gunzipSync } from 'node:zlib';
import { isUtf8 } from 'node:buffer';
import type { InputFormat } from '../model.js';

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

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.1;
}

const ARABIC_1256 = new TextDecoder('windows-1256');
const WESTERN_1252 = new TextDecoder('windows-1252');

function countArabic(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x0621 && cp <= 0x064a) n++;
  }
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
  if (isUtf8(bytes)) {
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8' };
  }
  {
    // Not UTF-8: a legacy single-byte code page. Arabic sites used windows-1256.
    const arabic = ARABIC_1256.decode(bytes);
    let high = 0;
    for (const b of bytes) if (b >= 0x80) high++;
    if (high > 0 && countArabic(arabic) >= high * 0.6) return { text: arabic, encoding: 'windows-1256' };
    return { text: WESTERN_1252.decode(bytes), encoding: 'windows-1252' };
  }
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
  const normalised = normaliseNewlines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const format = options.format && options.format !== 'auto' ? options.format : sniffFormat(normalised);
  return { text: normalised, encoding, format };
}
