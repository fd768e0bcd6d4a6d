import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { FILE_SLICE_MAX_BYTES } from '@shared/contract';
import { AppError } from '../../../errors';
import { completeUtf8Length, startsCharacter } from './encoding';
import { removeOldFiles } from './old-files';

interface ExportFile {
  ownerId: string;
  finished: boolean;
}

/**
 * Files the main process writes for a member to download (exports), under
 * `<dataDir>/exports/<fileId>.csv`. The renderer reads them in slices so the
 * same download works over IPC and web mode. A file is written under a
 * `.part` name and renamed once complete, so a half-written one is never read.
 */
export class ExportFiles {
  private readonly files = new Map<string, ExportFile>();

  constructor(private readonly dir: string) {}

  /** Claims a file for its owner; it can be read once finished. */
  register(fileId: string, ownerId: string): void {
    this.files.set(fileId, { ownerId, finished: false });
  }

  /** Makes room (removing files older than a day) and returns where to write the file. */
  async prepare(fileId: string): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    await removeOldFiles(this.dir, (name) => this.files.delete(name.replace(/\.csv(\.part)?$/, '')));
    return this.partPath(fileId);
  }

  async finish(fileId: string): Promise<void> {
    await rename(this.partPath(fileId), this.path(fileId));
    const file = this.files.get(fileId);
    if (file) file.finished = true;
  }

  /** Drops a file that will not be finished (the job failed or was cancelled). */
  async discard(fileId: string): Promise<void> {
    this.files.delete(fileId);
    await rm(this.partPath(fileId), { force: true });
  }

  /** Up to FILE_SLICE_MAX_BYTES of text from `offset` (bytes), ending on a whole character. */
  async read(fileId: string, ownerId: string, offset: number): Promise<{ text: string; nextOffset: number | null }> {
    const file = this.files.get(fileId);
    if (!file || file.ownerId !== ownerId) throw new AppError('NOT_FOUND', 'No such file: exports are kept for a day, and only for whoever made them', { fileId: 'No such file' });
    if (!file.finished) throw new AppError('CONFLICT', 'The export is still being written; read it once its job is done', { fileId: 'Not finished' });

    const handle = await open(this.path(fileId), 'r').catch(() => {
      throw new AppError('NOT_FOUND', 'No such file: exports are kept for a day, and only for whoever made them', { fileId: 'No such file' });
    });
    try {
      const { size } = await handle.stat();
      if (offset > size) throw new AppError('VALIDATION', `offset: the file has ${size} bytes`, { offset: `At most ${size}` });
      const buffer = Buffer.alloc(Math.min(FILE_SLICE_MAX_BYTES, size - offset));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      if (bytesRead > 0 && !startsCharacter(buffer[0])) throw new AppError('VALIDATION', 'offset: not one this file gave out', { offset: 'Use nextOffset from the previous slice' });
      const end = offset + bytesRead >= size ? bytesRead : completeUtf8Length(buffer.subarray(0, bytesRead));
      const next = offset + end;
      return { text: buffer.subarray(0, end).toString('utf8'), nextOffset: next >= size ? null : next };
    } finally {
      await handle.close();
    }
  }

  private path(fileId: string): string {
    return join(this.dir, `${fileId}.csv`);
  }

  private partPath(fileId: string): string {
    return join(this.dir, `${fileId}.csv.part`);
  }
}
