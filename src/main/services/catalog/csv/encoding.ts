import { createReadStream } from 'node:fs';
import { AppError } from '../../../errors';

export const NOT_UTF8_MESSAGE = 'This file is not UTF-8 text; save it as CSV UTF-8';

/** A surrogate without its other half: what broken UTF-16, or JSON carrying one, leaves in a string. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether text read as UTF-8 is really text. A reader that meets bytes that are
 * not UTF-8 (a Windows-1252 or UTF-16 file, a spreadsheet, an image) puts the
 * replacement character U+FFFD in their place, and binary files hold NUL bytes.
 */
export function isCleanText(text: string): boolean {
  return !text.includes('\u0000') && !text.includes('\uFFFD') && !LONE_SURROGATE.test(text);
}

export function notUtf8(): AppError {
  return new AppError('VALIDATION', NOT_UTF8_MESSAGE);
}

/**
 * Holds back a high surrogate that ends a chunk: the renderer slices the text
 * by characters, and a slice may cut an emoji's surrogate pair in two.
 */
export function holdTrailingSurrogate(text: string): { text: string; held: string } {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? { text: text.slice(0, -1), held: text.slice(-1) } : { text, held: '' };
}

/** How many of `bytes` end on a character boundary (a slice must not cut a UTF-8 sequence). */
export function completeUtf8Length(bytes: Uint8Array): number {
  const end = bytes.length;
  // A character is at most 4 bytes: look back at most 3 for the start of the last one.
  for (let back = 1; back <= Math.min(4, end); back += 1) {
    const byte = bytes[end - back] ?? 0;
    if ((byte & 0b1100_0000) === 0b1000_0000) continue; // a continuation byte
    const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length <= back ? end : end - back;
  }
  return end;
}

/** Whether `byte` starts a character (is not in the middle of one). */
export function startsCharacter(byte: number | undefined): boolean {
  return byte === undefined || (byte & 0b1100_0000) !== 0b1000_0000;
}

/**
 * A file's text, in pieces, checked to be UTF-8 text (VALIDATION otherwise).
 * A leading byte-order mark is dropped.
 */
export async function* readUtf8(path: string): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes?: Buffer): string => {
    let text: string;
    try {
      text = bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw notUtf8();
    }
    if (!isCleanText(text)) throw notUtf8();
    return text;
  };
  for await (const bytes of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    yield decode(bytes as Buffer);
  }
  const rest = decode();
  if (rest) yield rest;
}
