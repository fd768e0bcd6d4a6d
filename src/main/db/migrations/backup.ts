import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { mongo } from 'mongoose';
import type { Db } from './types';

const { EJSON } = mongo.BSON;

export const BACKUP_FORMAT = 'backroom-backup/1';
export const MANIFEST_FILE = 'manifest.json';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  /** One canonical Extended JSON document per line, so every BSON type survives. */
  encoding: 'ejson-canonical-lines';
  database: string;
  createdAt: string;
  reason: string;
  collections: Array<{ name: string; file: string; count: number }>;
}

export interface BackupResult {
  path: string;
  manifest: BackupManifest;
}

/** `<collection>.jsonl`, safe as a file name whatever the collection is called. */
export function backupFileName(collection: string): string {
  return `${encodeURIComponent(collection)}.jsonl`;
}

/** `2026-01-15T10-30-00-123Z`: sorts by time and is a valid folder name everywhere. */
function folderStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

async function createFolder(parent: string, name: string): Promise<string> {
  // Backups hold customers' personal data: readable by the user only.
  await mkdir(parent, { recursive: true, mode: 0o700 });
  for (let n = 1; ; n += 1) {
    const path = join(parent, n === 1 ? name : `${name}-${n}`);
    try {
      await mkdir(path, { mode: 0o700 });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

async function exportCollection(db: Db, name: string, file: string): Promise<number> {
  // Unpromoted values keep int32/int64/double apart, so a restore is exact.
  const cursor = db
    .collection(name)
    .find({}, { promoteValues: false, promoteLongs: false, promoteBuffers: false, bsonRegExp: true, batchSize: 500 });
  let count = 0;
  async function* lines(): AsyncGenerator<string> {
    for await (const document of cursor) {
      count += 1;
      yield `${EJSON.stringify(document, { relaxed: false })}\n`;
    }
  }
  try {
    await pipeline(Readable.from(lines()), createWriteStream(file, { flags: 'wx', mode: 0o600 }));
  } finally {
    await cursor.close();
  }
  return count;
}

/**
 * Streams each collection to `<dataDir>/backups/<time>_<reason>/<collection>.jsonl`
 * with a cursor (a collection is never held in memory), then writes
 * `manifest.json` last: a folder without one is an incomplete backup.
 */
export async function backupCollections(db: Db, collections: readonly string[], options: { dataDir: string; reason: string }): Promise<BackupResult> {
  const createdAt = new Date();
  const path = await createFolder(join(options.dataDir, 'backups'), `${folderStamp(createdAt)}_${options.reason}`);
  const entries: BackupManifest['collections'] = [];
  for (const name of new Set(collections)) {
    const file = backupFileName(name);
    entries.push({ name, file, count: await exportCollection(db, name, join(path, file)) });
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    encoding: 'ejson-canonical-lines',
    database: db.databaseName,
    createdAt: createdAt.toISOString(),
    reason: options.reason,
    collections: entries,
  };
  await writeFile(join(path, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return { path, manifest };
}
