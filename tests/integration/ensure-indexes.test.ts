import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureIndexes } from '../../src/main/db/ensure-indexes';
import { silentLogger } from '../../src/main/logger';
import { registerModels } from '../../src/main/models';
import { hasCapability, openTestDatabase, type TestDatabase } from '../support/test-database';

describe('ensureIndexes', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('ensure_indexes');
  });
  afterAll(() => db.dispose());

  it('creates every declared index the server supports, and is a no-op the second time', async () => {
    const models = registerModels(db.connection);
    const capabilities = { textSearch: hasCapability('textSearch'), transactions: false, changeStreams: false, dateTrunc: false };
    const declared = Object.values(models).reduce((sum, model) => sum + model.schema.indexes().length, 0);

    const first = await ensureIndexes(models, capabilities, silentLogger);
    expect(first.failed).toEqual([]);
    expect(first.ensured + first.skipped.length).toBe(declared);
    if (!capabilities.textSearch) expect(first.skipped).toEqual([expect.stringContaining('products: {"name":"text"')]);

    const unique = await db.connection.db!.collection('users').listIndexes().toArray();
    expect(unique.find((index) => index.key.email === 1)?.unique).toBe(true);

    const second = await ensureIndexes(models, capabilities, silentLogger);
    expect(second).toEqual(first);
  });
});
