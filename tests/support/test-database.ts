import { randomBytes } from 'node:crypto';
import type { Connection, Mongoose } from 'mongoose';
import { inject, type TestContext } from 'vitest';
import { createOdm } from '../../src/main/db/odm';
import type { CapabilityName } from '../../src/shared/contract';

export interface TestDatabase {
  odm: Mongoose;
  connection: Connection;
  uri: string;
  /** Drops this file's database and closes the connection. */
  dispose(): Promise<void>;
}

/**
 * A fresh database on the run's real server (never a mock), named uniquely so
 * test files cannot see each other's data. Call in beforeAll; dispose in afterAll.
 */
export async function openTestDatabase(label: string): Promise<TestDatabase> {
  const uri = inject('mongoUri');
  const odm = createOdm();
  const dbName = `backroom_test_${label.replace(/[^a-z0-9]/gi, '_').slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const connection = await odm.createConnection(uri, { dbName, serverSelectionTimeoutMS: 10_000, autoIndex: false }).asPromise();
  return {
    odm,
    connection,
    uri,
    async dispose() {
      await connection.dropDatabase().catch(() => undefined);
      await connection.close();
    },
  };
}

/** Whether the run's server has an optional feature (probed once in global setup). */
export function hasCapability(name: CapabilityName): boolean {
  return inject('capabilities')[name];
}

/**
 * Skips the running test, naming the missing capability, when the server
 * lacks it. Use as the first line: `requireCapability(ctx, 'textSearch')`.
 */
export function requireCapability(context: TestContext, name: CapabilityName): void {
  if (!hasCapability(name)) context.skip(`needs the server capability "${name}", which this MongoDB server lacks`);
}
