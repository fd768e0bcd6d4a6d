import { Types } from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/main/errors';
import { registerModels, type Models } from '../../src/main/models';
import { adjustStock, setStock } from '../../src/main/services/inventory/stock';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

async function expectAppError(promise: Promise<unknown>, code: AppError['code']): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe('stock on a real server', () => {
  let db: TestDatabase;
  let models: Models;
  let sequence = 0;

  beforeAll(async () => {
    db = await openTestDatabase('stock');
    models = registerModels(db.connection);
  });
  afterAll(() => db?.dispose());
  beforeEach(async () => {
    await models.Product.deleteMany({});
  });

  async function product(inventory: { quantity: number; lowStockThreshold?: number; allowBackorder?: boolean }): Promise<string> {
    sequence += 1;
    const created = await models.Product.create({
      name: `Stocked ${sequence}`,
      slug: `stocked-${sequence}`,
      description: 'Counted',
      sku: `STK-${sequence}`,
      price: { regular: 10 },
      inventory,
    });
    return created._id.toHexString();
  }

  async function stored(id: string) {
    const found = await models.Product.findById(id, { inventory: 1, updatedAt: 1 }).lean();
    if (!found?.inventory) throw new Error(`product ${id} has no inventory`);
    return { ...found.inventory, updatedAt: found.updatedAt };
  }

  it('decrements and increments, flipping the status on the way', async () => {
    const id = await product({ quantity: 15, lowStockThreshold: 10 });
    expect((await stored(id)).status).toBe('in_stock');

    expect(await adjustStock(models, id, -3)).toMatchObject({ productId: id, quantity: 12, status: 'in_stock' });
    expect(await adjustStock(models, id, -2)).toMatchObject({ quantity: 10, status: 'low_stock' });
    expect((await stored(id)).status).toBe('low_stock');
    expect(await adjustStock(models, id, -10)).toMatchObject({ quantity: 0, status: 'out_of_stock' });
    expect(await stored(id)).toMatchObject({ quantity: 0, status: 'out_of_stock' });
    expect(await adjustStock(models, id, 4)).toMatchObject({ quantity: 4, status: 'low_stock' });
    expect(await adjustStock(models, id, 20)).toMatchObject({ quantity: 24, status: 'in_stock' });
    expect(await stored(id)).toMatchObject({ quantity: 24, status: 'in_stock' });
  });

  it('refuses taking more than is in stock with CONFLICT, and changes nothing', async () => {
    const id = await product({ quantity: 5 });
    const before = await stored(id);
    const error = await expectAppError(adjustStock(models, id, -6), 'CONFLICT');
    expect(error.message).toContain('only 5 in stock');
    expect(error.fields).toEqual({ delta: 'Only 5 in stock' });
    expect(await stored(id)).toEqual(before);
  });

  it('NOT_FOUND for a missing product, VALIDATION for a bad id or delta', async () => {
    await expectAppError(adjustStock(models, new Types.ObjectId().toHexString(), -1), 'NOT_FOUND');
    await expectAppError(adjustStock(models, new Types.ObjectId().toHexString(), 1), 'NOT_FOUND');
    await expectAppError(adjustStock(models, 'nope', -1), 'VALIDATION');
    const id = await product({ quantity: 5 });
    await expectAppError(adjustStock(models, id, 1.5), 'VALIDATION');
    await expectAppError(adjustStock(models, id, Number.NaN), 'VALIDATION');
    expect((await stored(id)).quantity).toBe(5);
  });

  it('20 concurrent decrements of 1 on 10 in stock: exactly 10 succeed and the stock ends at 0', async () => {
    const id = await product({ quantity: 10, lowStockThreshold: 3 });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => adjustStock(models, id, -1)));
    const succeeded = results.filter((result) => result.status === 'fulfilled');
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(succeeded).toHaveLength(10);
    expect(refused).toHaveLength(10);
    for (const result of refused) expect((result.reason as AppError).code).toBe('CONFLICT');
    expect(await stored(id)).toMatchObject({ quantity: 0, status: 'out_of_stock' });
  });

  it('concurrent increments and decrements leave the status of the final quantity', async () => {
    const id = await product({ quantity: 12, lowStockThreshold: 10 });
    const deltas = [-1, 1, -1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, -1, -1];
    await Promise.all(deltas.map((delta) => adjustStock(models, id, delta)));
    const final = 12 + deltas.reduce((sum, delta) => sum + delta, 0);
    expect(await stored(id)).toMatchObject({ quantity: final, status: final <= 10 ? 'low_stock' : 'in_stock' });
  });

  it('goes below zero only for a backorder product and only when allowed', async () => {
    const backorder = await product({ quantity: 1, allowBackorder: true });
    await expectAppError(adjustStock(models, backorder, -3), 'CONFLICT');
    expect(await adjustStock(models, backorder, -3, { allowNegative: true })).toMatchObject({ quantity: -2, status: 'out_of_stock' });
    expect(await stored(backorder)).toMatchObject({ quantity: -2, status: 'out_of_stock' });

    const plain = await product({ quantity: 1 });
    await expectAppError(adjustStock(models, plain, -3, { allowNegative: true }), 'CONFLICT');
    expect((await stored(plain)).quantity).toBe(1);
  });

  it('puts right a stale status on the next change', async () => {
    const id = await product({ quantity: 50 });
    await models.Product.collection.updateOne({ _id: new Types.ObjectId(id) }, { $set: { 'inventory.status': 'out_of_stock' } });
    expect(await adjustStock(models, id, 0)).toMatchObject({ quantity: 50, status: 'in_stock' });
    expect((await stored(id)).status).toBe('in_stock');
  });

  describe('setStock', () => {
    it('sets the counted quantity and its status in one write', async () => {
      const id = await product({ quantity: 40, lowStockThreshold: 5 });
      expect(await setStock(models, id, 3)).toMatchObject({ quantity: 3, lowStockThreshold: 5, status: 'low_stock' });
      expect(await stored(id)).toMatchObject({ quantity: 3, status: 'low_stock' });
      expect(await setStock(models, id, 0)).toMatchObject({ quantity: 0, status: 'out_of_stock' });
      expect(await setStock(models, id, 6)).toMatchObject({ quantity: 6, status: 'in_stock' });
      expect(await stored(id)).toMatchObject({ quantity: 6, status: 'in_stock' });
    });

    it('refuses a negative or fractional count and a missing product', async () => {
      const id = await product({ quantity: 4 });
      await expectAppError(setStock(models, id, -1), 'VALIDATION');
      await expectAppError(setStock(models, id, 2.5), 'VALIDATION');
      await expectAppError(setStock(models, new Types.ObjectId().toHexString(), 3), 'NOT_FOUND');
      expect((await stored(id)).quantity).toBe(4);
    });
  });
});
