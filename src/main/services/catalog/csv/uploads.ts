import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Types } from 'mongoose';
import { CSV_UPLOAD_MAX_BYTES } from '@shared/contract';
import { AppError } from '../../../errors';
import { holdTrailingSurrogate, isCleanText, notUtf8 } from './encoding';
import { removeOldFiles } from './old-files';

interface Upload {
  ownerId: string;
  bytes: number;
  complete: boolean;
  /** The first half of a surrogate pair cut off by the end of the last chunk. */
  held: string;
  /** A chunk is being written: the next must wait for it. */
  writing: boolean;
}

export interface UploadChunk {
  uploadId?: string | undefined;
  chunk: string;
  last: boolean;
}

/**
 * Files coming in from the renderer in slices (web mode takes at most 1 MiB a
 * request), kept under `<dataDir>/imports/<uploadId>.csv` for the member who
 * sent them. A slice that is not UTF-8 text, or one that takes the file past
 * the size limit, ends the upload and removes its file.
 */
export class UploadStore {
  private readonly uploads = new Map<string, Upload>();

  constructor(
    private readonly dir: string,
    private readonly maxBytes = CSV_UPLOAD_MAX_BYTES,
  ) {}

  async append(ownerId: string, input: UploadChunk): Promise<{ uploadId: string; bytes: number }> {
    const uploadId = input.uploadId ?? (await this.begin(ownerId));
    const upload = this.uploads.get(uploadId);
    if (!upload || upload.ownerId !== ownerId) throw new AppError('NOT_FOUND', 'No such upload: it failed or ended; pick the file again', { uploadId: 'No such upload' });
    if (upload.complete) throw new AppError('CONFLICT', 'This upload is already complete', { uploadId: 'Already complete' });
    if (upload.writing) throw new AppError('CONFLICT', 'Send the chunks of an upload one after another', { uploadId: 'A chunk is still being written' });

    upload.writing = true;
    try {
      const { text, held } = input.last ? { text: upload.held + input.chunk, held: '' } : holdTrailingSurrogate(upload.held + input.chunk);
      if (!isCleanText(text)) throw await this.abandon(uploadId, notUtf8());
      const bytes = Buffer.byteLength(text, 'utf8');
      if (upload.bytes + bytes > this.maxBytes) {
        const megabytes = Math.round(this.maxBytes / (1024 * 1024));
        throw await this.abandon(uploadId, new AppError('VALIDATION', `The file is larger than ${megabytes} MB`, { chunk: `At most ${megabytes} MB` }));
      }
      if (text) await appendFile(this.path(uploadId), text, 'utf8');
      upload.bytes += bytes;
      upload.held = held;
      upload.complete = input.last;
      return { uploadId, bytes: upload.bytes };
    } finally {
      upload.writing = false;
    }
  }

  /** The file of a complete upload of this member. */
  completeFile(uploadId: string, ownerId: string): string {
    const upload = this.uploads.get(uploadId);
    if (!upload || upload.ownerId !== ownerId) throw new AppError('NOT_FOUND', 'No such upload: it failed, expired or was made before a restart; pick the file again', { uploadId: 'No such upload' });
    if (!upload.complete) throw new AppError('CONFLICT', 'The upload is not finished: send its last chunk first', { uploadId: 'Not finished' });
    return this.path(uploadId);
  }

  private path(uploadId: string): string {
    return join(this.dir, `${uploadId}.csv`);
  }

  private async begin(ownerId: string): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    await removeOldFiles(this.dir, (name) => this.uploads.delete(name.replace(/\.csv$/, '')));
    const uploadId = new Types.ObjectId().toHexString();
    await writeFile(this.path(uploadId), '', { flag: 'wx' });
    this.uploads.set(uploadId, { ownerId, bytes: 0, complete: false, held: '', writing: false });
    return uploadId;
  }

  /** Ends an upload that went wrong: nothing of it stays. */
  private async abandon(uploadId: string, error: AppError): Promise<AppError> {
    this.uploads.delete(uploadId);
    await rm(this.path(uploadId), { force: true });
    return error;
  }
}
