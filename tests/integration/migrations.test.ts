import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mongo } from 'mongoose';
import { STORE_COLLECTIONS, STAMPED_COLLECTION } from '../../src/main/db/migrations/001-stamp-schema-version';
import {
  LOCK_COLLECTION,
  MIGRATIONS_COLLECTION,
  migrate,
  migrationStatus,
  restoreBackup,
  rollbackLast,
  type Migration,
} from '../../src/main/db/migrations';
import { AppError } from '../../src/main/errors';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

const { EJSON, Int32, Double, Long, ObjectId } = mongo.BSON;

/** Every document of the store collections, in canonical EJSON (types included). */
async function snapshot(db: mongo.Db): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const name of STORE_COLLECTIONS) {
    const docs = await db.collection(name).find({}, { promoteValues: false, promoteLongs: false, sort: { _id: 1 } }).toArray();
    result[name] = docs.map((doc) => EJSON.stringify(doc, { relaxed: false }));
  }
  return result;
}

async function readJsonLines(file: string): Promise<mongo.Document[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => EJSON.parse(line, { relaxed: false }) as mongo.Document);
}

describe('migration runner', () => {
  let database: TestDatabase;
  let db: mongo.Db;
  let dataDir: string;
  const userIds = { fresh: new ObjectId(), stamped: new ObjectId(), newer: new ObjectId() };

  beforeAll(async () => {
    database = await openTestDatabase('migrations');
    db = database.connection.db!;
  });
  afterAll(() => database.dispose());

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'backroom-migrations-'));
    for (const name of [...STORE_COLLECTIONS, MIGRATIONS_COLLECTION, LOCK_COLLECTION, STAMPED_COLLECTION]) {
      await db.collection(name).deleteMany({});
    }
    await db.collection('users').insertMany([
      { _id: userIds.fresh, email: 'a@example.com', loginCount: new Int32(3), balance: new Double(10), big: Long.fromString('9007199254740993') },
      { _id: userIds.stamped, email: 'b@example.com', schemaVersion: 1 },
      { _id: userIds.newer, email: 'c@example.com', schemaVersion: 2 },
    ]);
    await db.collection('products').insertMany([{ name: 'Lamp', price: 12.5 }, { name: 'Desk', tags: ['wood'], at: new Date('2026-01-01') }]);
    await db.collection('orders').insertOne({ _id: 'order-string-id', total: 3 } as unknown as mongo.Document);
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('stamps documents missing schemaVersion, leaves existing stamps, and backs up first', async () => {
    const before = await snapshot(db);
    const { applied } = await migrate(db, { dataDir });

    expect(applied).toHaveLength(1);
    expect(applied[0]).toMatchObject({ version: 1, name: 'stamp-schema-version', touched: 4 });
    const users = await db.collection('users').find({}, { sort: { _id: 1 } }).toArray();
    expect(Object.fromEntries(users.map((u) => [u.email, u.schemaVersion]))).toEqual({ 'a@example.com': 1, 'b@example.com': 1, 'c@example.com': 2 });
    expect(await db.collection('products').countDocuments({ schemaVersion: 1 })).toBe(2);
    expect(await db.collection('orders').countDocuments({ schemaVersion: 1 })).toBe(1);

    // The backup is a visible folder under <dataDir>/backups with each touched collection, taken before the change.
    const backupPath = applied[0]!.backupPath;
    expect(backupPath.startsWith(join(dataDir, 'backups'))).toBe(true);
    const files = await readdir(backupPath);
    expect(files.sort()).toEqual([...STORE_COLLECTIONS.map((c) => `${c}.jsonl`), 'manifest.json'].sort());
    const backedUpUsers = await readJsonLines(join(backupPath, 'users.jsonl'));
    expect(backedUpUsers.map((doc) => EJSON.stringify(doc, { relaxed: false })).sort()).toEqual([...before.users!].sort());
    const rawLine = (await readFile(join(backupPath, 'users.jsonl'), 'utf8')).split('\n').find((l) => l.includes('a@example.com'))!;
    expect(rawLine).toContain('{"$numberLong":"9007199254740993"}');
    expect(rawLine).toContain('{"$oid":');
    const manifest = JSON.parse(await readFile(join(backupPath, 'manifest.json'), 'utf8')) as { collections: Array<{ name: string; count: number }> };
    expect(manifest.collections.find((c) => c.name === 'products')?.count).toBe(2);

    const status = await migrationStatus(db);
    expect(status.applied.map((a) => a.version)).toEqual([1]);
    expect(status.pending).toEqual([]);
    expect(status.lock).toBeNull();
  });

  it('does nothing when run again', async () => {
    await migrate(db, { dataDir });
    const after = await snapshot(db);
    const again = await migrate(db, { dataDir });
    expect(again.applied).toEqual([]);
    expect(await snapshot(db)).toEqual(after);
    // The step itself is idempotent too.
    const { stampSchemaVersion } = await import('../../src/main/db/migrations/001-stamp-schema-version');
    expect(await stampSchemaVersion.up(db)).toEqual({ touched: 0 });
  });

  it('rolls the last step back to exactly the previous state, keeping stamps that were there before', async () => {
    const before = await snapshot(db);
    await migrate(db, { dataDir });
    const rolledBack = await rollbackLast(db, { dataDir });
    expect(rolledBack).toMatchObject({ version: 1, touched: 4 });
    expect(await snapshot(db)).toEqual(before);
    expect(await db.collection(MIGRATIONS_COLLECTION).countDocuments()).toBe(0);
    expect(await db.collection(STAMPED_COLLECTION).countDocuments()).toBe(0);
    expect(await rollbackLast(db, { dataDir })).toBeNull();
    // And forward again works after a rollback.
    expect((await migrate(db, { dataDir })).applied[0]?.touched).toBe(4);
  });

  it('rollback leaves documents the app has moved on since', async () => {
    await migrate(db, { dataDir });
    await db.collection('users').updateOne({ _id: userIds.fresh }, { $set: { schemaVersion: 2 } });
    await rollbackLast(db, { dataDir });
    expect((await db.collection('users').findOne({ _id: userIds.fresh }))?.schemaVersion).toBe(2);
  });

  it('restores a backup folder exactly', async () => {
    const before = await snapshot(db);
    const { applied } = await migrate(db, { dataDir });
    await db.collection('products').insertOne({ name: 'Added later' });
    const restored = await restoreBackup(db, applied[0]!.backupPath);
    expect(restored.collections.find((c) => c.name === 'users')?.restored).toBe(3);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a second run while one holds the lock', async () => {
    let release!: () => void;
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const slow: Migration = {
      version: 1,
      name: 'slow',
      collections: ['users'],
      async up() {
        entered();
        await new Promise<void>((resolve) => (release = resolve));
        return { touched: 0 };
      },
      async down() {
        return { touched: 0 };
      },
    };
    const first = migrate(db, { dataDir, migrations: [slow] });
    await inside;
    const second = await migrate(db, { dataDir, migrations: [slow] }).catch((error: unknown) => error);
    expect(second).toBeInstanceOf(AppError);
    expect((second as AppError).code).toBe('CONFLICT');
    expect((second as AppError).message).toMatch(/^A migration is already running since \d{4}-\d\d-\d\dT.+ on .+/);
    await expect(rollbackLast(db, { dataDir, migrations: [slow] })).rejects.toMatchObject({ code: 'CONFLICT' });
    // --force does not break a lock that is still alive.
    await expect(migrate(db, { dataDir, migrations: [slow], force: true })).rejects.toThrow(/less than 30 minutes/);
    release();
    await expect(first).resolves.toMatchObject({ applied: [{ version: 1 }] });
    expect(await db.collection(LOCK_COLLECTION).countDocuments()).toBe(0);
  });

  it('two runs started together: one applies, the other gets CONFLICT', async () => {
    const results = await Promise.allSettled([migrate(db, { dataDir }), migrate(db, { dataDir })]);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toMatchObject({ code: 'CONFLICT' });
    expect(await db.collection(MIGRATIONS_COLLECTION).countDocuments()).toBe(1);
  });

  it('breaks a lock older than 30 minutes only with force', async () => {
    const old = new Date(Date.now() - 31 * 60 * 1000);
    await db.collection(LOCK_COLLECTION).insertOne({ _id: 'migration', token: 't', operation: 'migrate', host: 'crashed-host', pid: 1, startedAt: old, heartbeatAt: old } as unknown as mongo.Document);
    await expect(migrate(db, { dataDir })).rejects.toThrow(/since .* on crashed-host\. It looks abandoned; run again with --force/);
    await expect(migrate(db, { dataDir, force: true })).resolves.toMatchObject({ applied: [{ version: 1 }] });
    expect(await db.collection(LOCK_COLLECTION).countDocuments()).toBe(0);
  });

  it('releases the lock when a step fails', async () => {
    const failing: Migration = {
      version: 1,
      name: 'failing',
      collections: ['users'],
      up: () => Promise.reject(new Error('boom')),
      down: async () => ({ touched: 0 }),
    };
    await expect(migrate(db, { dataDir, migrations: [failing] })).rejects.toThrow('boom');
    expect(await db.collection(LOCK_COLLECTION).countDocuments()).toBe(0);
    expect(await db.collection(MIGRATIONS_COLLECTION).countDocuments()).toBe(0);
  });
});
