import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeUtf8Length, holdTrailingSurrogate, isCleanText, NOT_UTF8_MESSAGE, readUtf8, startsCharacter } from '../../../src/main/services/catalog/csv/encoding';

async function fileWith(bytes: Uint8Array | string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'csv-encoding-')), 'file.csv');
  await writeFile(path, bytes);
  return path;
}

async function readAll(path: string): Promise<string> {
  let text = '';
  for await (const piece of readUtf8(path)) text += piece;
  return text;
}

describe('text checks', () => {
  it('tells text from what a UTF-8 reader makes of other bytes', () => {
    expect(isCleanText('sku,name\nA-1,Café 😀\n')).toBe(true);
    expect(isCleanText('a\u0000b')).toBe(false);
    expect(isCleanText('caf\uFFFD')).toBe(false);
    expect(isCleanText('half \uD83D pair')).toBe(false);
    expect(isCleanText('\uDE00 low first')).toBe(false);
  });

  it('holds back the first half of a surrogate pair at the end of a chunk', () => {
    const emoji = '😀';
    expect(holdTrailingSurrogate(`ab${emoji[0]}`)).toEqual({ text: 'ab', held: emoji[0] });
    expect(holdTrailingSurrogate(`ab${emoji}`)).toEqual({ text: `ab${emoji}`, held: '' });
    expect(holdTrailingSurrogate('')).toEqual({ text: '', held: '' });
  });

  it('finds where a byte slice stops cutting a character', () => {
    const bytes = Buffer.from('aé€😀', 'utf8'); // 1 + 2 + 3 + 4 bytes
    expect(completeUtf8Length(bytes)).toBe(10);
    expect(completeUtf8Length(bytes.subarray(0, 9))).toBe(6);
    expect(completeUtf8Length(bytes.subarray(0, 7))).toBe(6);
    expect(completeUtf8Length(bytes.subarray(0, 5))).toBe(3);
    expect(completeUtf8Length(bytes.subarray(0, 2))).toBe(1);
    expect(startsCharacter(bytes[2])).toBe(false);
    expect(startsCharacter(bytes[3])).toBe(true);
  });
});

describe('readUtf8', () => {
  it('reads UTF-8 and drops a byte-order mark', async () => {
    expect(await readAll(await fileWith('\uFEFFsku,name\nA-1,Café\n'))).toBe('sku,name\nA-1,Café\n');
  });

  it('keeps a character whose bytes straddle two reads', async () => {
    const text = `${'x'.repeat(256 * 1024 - 1)}é and more`;
    expect(await readAll(await fileWith(text))).toBe(text);
  });

  it('refuses Windows-1252 text, UTF-16 and binary files', async () => {
    await expect(readAll(await fileWith(Buffer.from([0x73, 0x6b, 0x75, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a])))).rejects.toThrow(NOT_UTF8_MESSAGE);
    await expect(readAll(await fileWith(Buffer.from('\uFEFFsku,name\n', 'utf16le')))).rejects.toThrow(NOT_UTF8_MESSAGE);
    await expect(readAll(await fileWith(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])))).rejects.toThrow(NOT_UTF8_MESSAGE);
  });
});
