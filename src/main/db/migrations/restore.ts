import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { mongo } from 'mongoose';
import { AppError } from '../../errors';
import { BACKUP_FORMAT, MANIFEST_FILE, type BackupManifest } from './backup';
import type { Db } from './types';

const { EJSON } = mongo.BSON;
const BATCH_DOCUMENTS = 500;
const BATCH_CHARS = 8 * 1024 * 1024;

async function readManifest(folder: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8')) as BackupManifest;
  } catch (error) {
    throw new AppError('VALIDATION', `${folder} is not a complete Backroom backup (no readable ${MANIFEST_FILE}): ${(error as Error).message}`);
  }
  if (manifest.format !== BACKUP_FORMAT || !Array.isArray(manifest.collections)) {
    throw new AppError('VALIDATION', `${folder} holds a backup in an unknown format (${String(manifest.format)})`);
  }
  for (const entry of manifest.collections) {
    if (basename(entry.file) !== entry.file) throw new AppError('VALIDATION', `The backup manifest names a file outside its folder: ${entry.file}`);
  }
  return manifest;
}

/** Yields groups of parsed documents from a backup file, a line at a time. */
async function* documentBatches(file: string): AsyncGenerator<mongo.Document[]> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let batch: mongo.Document[] = [];
  let chars = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    try {
      batch.push(EJSON.parse(line, { relaxed: false }) as mongo.Document);
    } catch (error) {
      throw new AppError('VALIDATION', `${file} line ${lineNumber} is not valid Extended JSON: ${(error as Error).message}`);
    }
    chars += line.length;
    if (batch.length >= BATCH_DOCUMENTS || chars >= BATCH_CHARS) {
      yield batch;
      batch = [];
      chars = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

async function countDocuments(file: string): Promise<number> {
  let count = 0;
  for await (const batch of documentBatches(file)) count += batch.length;
  return count;
}

/**
 * Puts the collections of a backup folder back as they were (like
 * `mongorestore --drop`, keeping the collections' indexes): every file is
 * read through once first, so a damaged backup is refused before anything
 * is deleted. Collections not in the backup are left alone.
 */
export async function restoreBackup(db: Db, folder: string): Promise<{ collections: Array<{ name: string; restored: number }> }> {
  const manifest = await readManifest(folder);
  for (const entry of manifest.collections) {
    const found = await countDocuments(join(folder, entry.file));
    if (found !== entry.count) {
      throw new AppError('VALIDATION', `Backup file ${entry.file} holds ${found} documents, but the manifest says ${entry.count}; nothing was restored`);
    }
  }

  const restored: Array<{ name: string; restored: number }> = [];
  for (const entry of manifest.collections) {
    const collection = db.collection(entry.name);
    await collection.deleteMany({});
    let count = 0;
    for await (const batch of documentBatches(join(folder, entry.file))) {
      await collection.insertMany(batch, { ordered: true });
      count += batch.length;
    }
    restored.push({ name: entry.name, restored: count });
  }
  return { collections: restored };
}
