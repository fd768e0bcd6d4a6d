import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { AppError } from '../../errors';
import { LOCK_COLLECTION, type Db } from './types';

/** The one lock document; a second insert with this _id fails with a duplicate key. */
const LOCK_ID = 'migration';
export const STALE_LOCK_MS = 30 * 60 * 1000;
const HEARTBEAT_MS = 60 * 1000;

interface LockDocument {
  _id: string;
  token: string;
  operation: string;
  host: string;
  pid: number;
  startedAt: Date;
  /** Refreshed while the holder runs, so a long migration never looks stale. */
  heartbeatAt: Date;
}

export interface HeldLock {
  release(): Promise<void>;
}

export interface LockOptions {
  operation: string;
  /** Break a lock whose holder has not been heard from for 30 minutes. */
  force?: boolean;
}

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

function lockCollection(db: Db) {
  return db.collection<LockDocument>(LOCK_COLLECTION);
}

export async function readLock(db: Db): Promise<Omit<LockDocument, 'token'> | null> {
  return lockCollection(db).findOne({ _id: LOCK_ID }, { projection: { token: 0 } });
}

/** Takes the migration lock or throws CONFLICT naming who holds it. */
export async function acquireLock(db: Db, options: LockOptions): Promise<HeldLock> {
  const locks = lockCollection(db);
  const now = new Date();
  const lock: LockDocument = {
    _id: LOCK_ID,
    token: randomUUID(),
    operation: options.operation,
    host: hostname(),
    pid: process.pid,
    startedAt: now,
    heartbeatAt: now,
  };

  let taken = false;
  for (let attempt = 0; !taken && attempt < 3; attempt += 1) {
    try {
      await locks.insertOne(lock);
      taken = true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const held = await locks.findOne({ _id: LOCK_ID });
      if (!held) continue; // released in between: try again
      const since = `${held.startedAt.toISOString()} on ${held.host}`;
      const lastSeen = held.heartbeatAt ?? held.startedAt;
      const stale = Date.now() - lastSeen.getTime() > STALE_LOCK_MS;
      if (!options.force || attempt > 0) {
        const hint = stale ? ' It looks abandoned; run again with --force to break it.' : '';
        throw new AppError('CONFLICT', `A migration is already running since ${since}.${hint}`);
      }
      if (!stale) {
        throw new AppError(
          'CONFLICT',
          `A migration is already running since ${since}; it was active less than 30 minutes ago, so --force will not break it.`,
        );
      }
      // Delete only the lock we judged stale, not one taken meanwhile.
      await locks.deleteOne({ _id: LOCK_ID, token: held.token });
    }
  }
  if (!taken) throw new AppError('CONFLICT', 'A migration is already running (the lock kept changing hands)');

  const heartbeat = setInterval(() => {
    void locks.updateOne({ _id: LOCK_ID, token: lock.token }, { $set: { heartbeatAt: new Date() } }).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    async release() {
      clearInterval(heartbeat);
      await locks.deleteOne({ _id: LOCK_ID, token: lock.token });
    },
  };
}
