import type { mongo } from 'mongoose';
import type { Db, Migration } from './types';

/** The ten collections of the design document. */
export const STORE_COLLECTIONS = [
  'users',
  'products',
  'categories',
  'orders',
  'payments',
  'carts',
  'reviews',
  'addresses',
  'coupons',
  'wishlists',
] as const;

/**
 * Which documents this migration stamped, kept in the database (not only in
 * the local backup) so a rollback from any machine removes exactly those
 * stamps and no stamp that was there before.
 */
export const STAMPED_COLLECTION = '_migration_001_stamped';
const BATCH = 500;

interface StampedId {
  _id: { c: string; id: unknown };
}

function stamped(db: Db) {
  return db.collection<StampedId>(STAMPED_COLLECTION);
}

async function stampCollection(db: Db, name: string): Promise<number> {
  const target = db.collection(name);
  // Sorted on _id, so the cursor walks the _id index and each document comes once although we update as we go.
  const cursor = target.find({ schemaVersion: { $exists: false } }, { projection: { _id: 1 }, sort: { _id: 1 }, batchSize: BATCH });
  let touched = 0;
  let ids: unknown[] = [];
  const flush = async (): Promise<void> => {
    if (ids.length === 0) return;
    // Record first: after a crash between the two writes, a stamp is never left unrecorded.
    await stamped(db).bulkWrite(
      ids.map((id) => ({ replaceOne: { filter: { _id: { c: name, id } }, replacement: {}, upsert: true } })),
      { ordered: false },
    );
    const result = await target.updateMany({ _id: { $in: ids }, schemaVersion: { $exists: false } } as mongo.Filter<mongo.Document>, {
      $set: { schemaVersion: 1 },
    });
    touched += result.modifiedCount;
    ids = [];
  };
  try {
    for await (const document of cursor) {
      ids.push(document._id);
      if (ids.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    await cursor.close();
  }
  return touched;
}

async function unstampCollection(db: Db, name: string): Promise<number> {
  const records = stamped(db);
  const cursor = records.find({ '_id.c': name }, { sort: { _id: 1 }, batchSize: BATCH });
  let touched = 0;
  let batch: StampedId['_id'][] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    // Only documents still at version 1: one moved on since is not ours to change.
    const result = await db
      .collection(name)
      .updateMany({ _id: { $in: batch.map((key) => key.id) }, schemaVersion: 1 } as mongo.Filter<mongo.Document>, { $unset: { schemaVersion: '' } });
    touched += result.modifiedCount;
    await records.deleteMany({ _id: { $in: batch } });
    batch = [];
  };
  try {
    for await (const record of cursor) {
      batch.push(record._id);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    await cursor.close();
  }
  return touched;
}

export const stampSchemaVersion: Migration = {
  version: 1,
  name: 'stamp-schema-version',
  collections: [...STORE_COLLECTIONS],

  async up(db) {
    let touched = 0;
    for (const name of STORE_COLLECTIONS) touched += await stampCollection(db, name);
    return { touched };
  },

  async down(db) {
    let touched = 0;
    for (const name of STORE_COLLECTIONS) touched += await unstampCollection(db, name);
    if ((await stamped(db).countDocuments({}, { limit: 1 })) === 0) await stamped(db).drop().catch(() => undefined);
    return { touched };
  },
};
