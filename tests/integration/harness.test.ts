import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasCapability, openTestDatabase, type TestDatabase } from '../support/test-database';

describe('test database harness', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('harness');
  });
  afterAll(() => db.dispose());

  it('writes to and reads from a real server', async () => {
    await db.connection.collection('things').insertOne({ name: 'widget' });
    const found = await db.connection.collection('things').findOne({ name: 'widget' });
    expect(found?.name).toBe('widget');
  });

  it('reports capabilities as booleans', () => {
    expect(typeof hasCapability('textSearch')).toBe('boolean');
  });
});
