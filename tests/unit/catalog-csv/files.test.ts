import { mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_UTF8_MESSAGE } from '../../../src/main/services/catalog/csv/encoding';
import { ExportFiles } from '../../../src/main/services/catalog/csv/files';
import { UploadStore } from '../../../src/main/services/catalog/csv/uploads';

const ALICE = 'a'.repeat(24);
const BOB = 'b'.repeat(24);

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'csv-files-'));
}

describe('UploadStore', () => {
  it('appends chunks for their owner and joins a surrogate pair cut between two chunks', async () => {
    const dir = await tempDir();
    const store = new UploadStore(dir);
    const emoji = '😀';
    const first = await store.append(ALICE, { chunk: `sku,name\nA-1,Smile ${emoji[0]}`, last: false });
    expect(first.bytes).toBe(Buffer.byteLength('sku,name\nA-1,Smile ', 'utf8'));
    const done = await store.append(ALICE, { uploadId: first.uploadId, chunk: `${emoji[1]}\n`, last: true });
    const path = store.completeFile(first.uploadId, ALICE);
    expect(await readFile(path, 'utf8')).toBe(`sku,name\nA-1,Smile ${emoji}\n`);
    expect(done.bytes).toBe(Buffer.byteLength(`sku,name\nA-1,Smile ${emoji}\n`, 'utf8'));
    expect(() => store.completeFile(first.uploadId, BOB)).toThrow(/No such upload/);
    await expect(store.append(BOB, { uploadId: first.uploadId, chunk: 'x', last: true })).rejects.toThrow(/No such upload/);
  });

  it('refuses to read an unfinished upload', async () => {
    const store = new UploadStore(await tempDir());
    const { uploadId } = await store.append(ALICE, { chunk: 'sku', last: false });
    expect(() => store.completeFile(uploadId, ALICE)).toThrow('The upload is not finished: send its last chunk first');
  });

  it('ends an upload that is not text, leaving no file', async () => {
    const dir = await tempDir();
    const store = new UploadStore(dir);
    const { uploadId } = await store.append(ALICE, { chunk: 'sku,name\n', last: false });
    await expect(store.append(ALICE, { uploadId, chunk: 'PK\u0003\u0004\u0000\uFFFD', last: false })).rejects.toThrow(NOT_UTF8_MESSAGE);
    expect(await readdir(dir)).toEqual([]);
    await expect(store.append(ALICE, { uploadId, chunk: 'more', last: true })).rejects.toThrow(/No such upload/);
  });

  it('ends an upload that grows past the limit, leaving no file', async () => {
    const dir = await tempDir();
    const store = new UploadStore(dir, 2 * 1024 * 1024);
    const chunk = 'x'.repeat(1024 * 1024);
    const { uploadId } = await store.append(ALICE, { chunk, last: false });
    await store.append(ALICE, { uploadId, chunk, last: false });
    await expect(store.append(ALICE, { uploadId, chunk: 'x', last: true })).rejects.toThrow('The file is larger than 2 MB');
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes files older than a day when a new upload starts', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'old.csv'), 'x');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60_000);
    await utimes(join(dir, 'old.csv'), twoDaysAgo, twoDaysAgo);
    const { uploadId } = await new UploadStore(dir).append(ALICE, { chunk: '', last: false });
    expect(await readdir(dir)).toEqual([`${uploadId}.csv`]);
  });
});

describe('ExportFiles', () => {
  it('serves a finished file in slices that never cut a character, to its owner only', async () => {
    const files = new ExportFiles(await tempDir());
    const id = 'c'.repeat(24);
    files.register(id, ALICE);
    // 1 + 600 KiB + 3 bytes: two slices, and 512 KiB falls inside an é
    const text = `a${'é'.repeat(300 * 1024)}end`;
    await writeFile(await files.prepare(id), text);
    await expect(files.read(id, ALICE, 0)).rejects.toThrow(/still being written/);
    await files.finish(id);

    const first = await files.read(id, ALICE, 0);
    expect(first.nextOffset).toBe(512 * 1024 - 1);
    const second = await files.read(id, ALICE, first.nextOffset ?? 0);
    expect(second.nextOffset).toBeNull();
    expect(first.text + second.text).toBe(text);
    await expect(files.read(id, ALICE, 2)).rejects.toThrow(/not one this file gave out/);
    await expect(files.read(id, BOB, 0)).rejects.toThrow(/No such file/);
  });

  it('forgets a discarded file', async () => {
    const dir = await tempDir();
    const files = new ExportFiles(dir);
    const id = 'd'.repeat(24);
    files.register(id, ALICE);
    await writeFile(await files.prepare(id), 'partial');
    await files.discard(id);
    expect(await readdir(dir)).toEqual([]);
    await expect(files.read(id, ALICE, 0)).rejects.toThrow(/No such file/);
  });
});
