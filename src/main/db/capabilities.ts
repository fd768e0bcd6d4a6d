import type { mongo } from 'mongoose';
import type { Capabilities } from '@shared/contract';

const PROBE_COLLECTION = '_backroom_capability_probe';

async function attempt(check: () => Promise<unknown>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds out which optional server features work, by trying each for real on a
 * scratch collection. Standalone servers lack transactions and change streams;
 * stand-in servers used in CI lack text search and `$dateTrunc`.
 */
export async function probeCapabilities(db: mongo.Db): Promise<Capabilities> {
  const scratch = db.collection(PROBE_COLLECTION);
  await scratch.deleteMany({});
  await scratch.insertOne({ word: 'backroom probe', at: new Date('2026-01-15T10:30:00Z') });
  try {
    const textSearch = await attempt(async () => {
      await scratch.createIndex({ word: 'text' }, { name: 'probe_text' });
      const found = await scratch.find({ $text: { $search: 'probe' } }).toArray();
      if (found.length !== 1) throw new Error('text search returned nothing');
    });

    const dateTrunc = await attempt(async () => {
      const [row] = await scratch
        .aggregate<{ month: Date }>([{ $project: { month: { $dateTrunc: { date: '$at', unit: 'month' } } } }])
        .toArray();
      if (!(row?.month instanceof Date) || row.month.getUTCDate() !== 1) throw new Error('$dateTrunc gave no month');
    });

    const transactions = await attempt(async () => {
      const session = db.client.startSession();
      try {
        await session.withTransaction(async () => {
          await scratch.insertOne({ word: 'in transaction' }, { session });
        });
      } finally {
        await session.endSession();
      }
    });

    const changeStreams = await attempt(async () => {
      const stream = scratch.watch([], { maxAwaitTimeMS: 100 });
      try {
        // Opening the cursor is what fails on a server without an oplog.
        await stream.tryNext();
      } finally {
        await stream.close();
      }
    });

    return { textSearch, transactions, changeStreams, dateTrunc };
  } finally {
    await scratch.drop().catch(() => undefined);
  }
}
