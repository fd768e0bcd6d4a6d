import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORDER_NUMBER_PATTERN } from '../../src/main/domain/order-number';
import { AppError } from '../../src/main/errors';
import { registerModels, type Models } from '../../src/main/models';
import { placeOrder } from '../../src/main/services/orders/order-placement';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let models: Models;
let serial = 0;

beforeAll(async () => {
  db = await openTestDatabase('order_placement');
  models = registerModels(db.connection);
  // Uniqueness matters here: the order-number retry relies on the unique index.
  await Promise.all([models.Order.createIndexes(), models.Product.createIndexes(), models.User.createIndexes()]);
});
afterAll(() => db?.dispose());

async function makeUser(): Promise<string> {
  serial += 1;
  const user = await models.User.create({ email: `buyer${serial}@example.com`, password: 'correct horse battery', firstName: 'Ada', lastName: `Buyer${serial}` });
  return user.id as string;
}

interface ProductSpec {
  quantity?: number;
  regular?: number;
  sale?: number;
  isActive?: boolean;
  allowBackorder?: boolean;
  lowStockThreshold?: number;
  variants?: Array<{ name: string; values: string[]; priceModifier?: number }>;
}

async function makeProduct(spec: ProductSpec = {}): Promise<string> {
  serial += 1;
  const product = await models.Product.create({
    name: `Desk Lamp ${serial}`,
    slug: `desk-lamp-${serial}`,
    description: 'A lamp',
    sku: `LAMP-${serial}`,
    price: { regular: spec.regular ?? 20, ...(spec.sale !== undefined ? { sale: spec.sale } : {}) },
    inventory: { quantity: spec.quantity ?? 100, allowBackorder: spec.allowBackorder ?? false, lowStockThreshold: spec.lowStockThreshold ?? 10 },
    images: [
      { url: `https://cdn.example.com/${serial}-side.jpg` },
      { url: `https://cdn.example.com/${serial}-front.jpg`, isPrimary: true },
    ],
    isActive: spec.isActive ?? true,
    variants: spec.variants ?? [],
    status: 'published',
  });
  return product.id as string;
}

async function stockOf(productId: string) {
  const product = await models.Product.findById(productId, { inventory: 1, totalSold: 1 }).lean().orFail();
  return { quantity: product.inventory.quantity, status: product.inventory.status, totalSold: product.totalSold };
}

async function ordersOf(userId: string): Promise<number> {
  return models.Order.countDocuments({ user: new Types.ObjectId(userId) });
}

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('placeOrder', () => {
  it('refuses a variant the product does not have, naming the item, and takes no stock', async () => {
    const user = await makeUser();
    const shoe = await makeProduct({ quantity: 5, variants: [{ name: 'Size', values: ['41', '42'] }] });
    await expect(placeOrder(models, { user, items: [{ product: shoe, quantity: 1, variant: 'Size: 44' }] })).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: { 'items.0.variant': expect.any(String) },
    });
    expect((await stockOf(shoe)).quantity).toBe(5);
  });

  it('snapshots each product, prices the order, numbers it, takes stock and counts sales', async () => {
    const user = await makeUser();
    const lamp = await makeProduct({ regular: 20, sale: 15, quantity: 12 });
    const bulb = await makeProduct({ regular: 3.3, quantity: 50, variants: [{ name: 'Colour', values: ['warm', 'cold'], priceModifier: 0.5 }] });

    const order = await placeOrder(models, {
      user,
      items: [
        { product: lamp, quantity: 3 },
        { product: bulb, quantity: 3, variant: 'Colour: warm' },
      ],
      tax: 4.5,
      shipping: 7,
      discount: 5,
      shippingAddress: { fullName: 'Ada Buyer', city: 'London', country: 'GB' },
    });

    expect(order.orderNumber).toMatch(ORDER_NUMBER_PATTERN);
    const today = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    expect(order.orderNumber.slice(4, 12)).toBe(today);
    expect(order.user).toBe(user);
    expect(order.items[0]).toMatchObject({
      product: lamp,
      quantity: 3,
      price: 15,
      subtotal: 45,
      productSnapshot: { sku: expect.stringMatching(/^LAMP-/), price: 15, image: expect.stringMatching(/-front\.jpg$/) },
    });
    // The chosen variant adds its modifier to the line; the snapshot keeps the product as listed.
    expect(order.items[1]).toMatchObject({ product: bulb, price: 3.8, subtotal: 11.4, variant: 'Colour: warm', productSnapshot: { price: 3.3 } });
    expect(order.pricing).toEqual({ subtotal: 56.4, tax: 4.5, shipping: 7, discount: 5, total: 62.9 });
    expect(order.status).toBe('pending');
    expect(order.timeline).toEqual([expect.objectContaining({ status: 'pending', timestamp: expect.any(String) })]);

    const stored = await db.connection.collection('orders').findOne({ _id: new Types.ObjectId(order.id) });
    expect(stored?.orderNumber).toBe(order.orderNumber);
    expect(stored?.items[0].productSnapshot.name).toMatch(/^Desk Lamp/);

    expect(await stockOf(lamp)).toEqual({ quantity: 9, status: 'low_stock', totalSold: 3 });
    expect(await stockOf(bulb)).toEqual({ quantity: 47, status: 'in_stock', totalSold: 3 });
  });

  it('keeps the snapshot when the product is renamed and repriced later', async () => {
    const user = await makeUser();
    const lamp = await makeProduct({ regular: 20 });
    const order = await placeOrder(models, { user, items: [{ product: lamp, quantity: 1 }] });
    const snapshotBefore = order.items[0]?.productSnapshot;

    await models.Product.updateOne({ _id: lamp }, { $set: { name: 'Renamed Lamp', 'price.regular': 99, images: [{ url: 'https://cdn.example.com/new.jpg', isPrimary: true }] } });

    const stored = await models.Order.findById(order.id).lean().orFail();
    expect(stored.items[0]?.productSnapshot).toEqual(snapshotBefore);
    expect(stored.items[0]?.price).toBe(20);
    expect(stored.pricing?.total).toBe(20);
  });

  it('refuses a user that does not exist, naming the field, and changes nothing', async () => {
    const lamp = await makeProduct({ quantity: 5 });
    for (const missing of [new Types.ObjectId().toHexString(), 'not-an-id']) {
      const error = await appError(placeOrder(models, { user: missing, items: [{ product: lamp, quantity: 1 }] }));
      expect(error.code).toBe('NOT_FOUND');
      expect(Object.keys(error.fields ?? {})).toEqual(['user']);
    }
    expect(await stockOf(lamp)).toMatchObject({ quantity: 5, totalSold: 0 });
  });

  it('refuses a missing or inactive product, naming items.N.product, and changes nothing', async () => {
    const user = await makeUser();
    const lamp = await makeProduct({ quantity: 5 });
    const retired = await makeProduct({ quantity: 5, isActive: false });
    const ghost = new Types.ObjectId().toHexString();

    const error = await appError(
      placeOrder(models, {
        user,
        items: [
          { product: lamp, quantity: 1 },
          { product: ghost, quantity: 1 },
          { product: retired, quantity: 1 },
        ],
      }),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('items.1.product');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['items.1.product', 'items.2.product']);
    expect(await stockOf(lamp)).toMatchObject({ quantity: 5, totalSold: 0 });
    expect(await ordersOf(user)).toBe(0);
  });

  it('rejects an order without items or with a quantity below 1', async () => {
    const user = await makeUser();
    const lamp = await makeProduct();
    const empty = await appError(placeOrder(models, { user, items: [] }));
    expect(empty).toMatchObject({ code: 'VALIDATION', fields: { items: expect.any(String) } });
    const zero = await appError(placeOrder(models, { user, items: [{ product: lamp, quantity: 0 }] }));
    expect(zero).toMatchObject({ code: 'VALIDATION', fields: { 'items.0.quantity': expect.any(String) } });
  });

  it('on a stock shortfall: CONFLICT naming the item, stock already taken put back, no order', async () => {
    const user = await makeUser();
    const plenty = await makeProduct({ quantity: 40 });
    const scarce = await makeProduct({ quantity: 2 });

    const error = await appError(
      placeOrder(models, {
        user,
        items: [
          { product: plenty, quantity: 5 },
          { product: scarce, quantity: 3 },
        ],
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.fields).toEqual({ 'items.1.quantity': 'Only 2 in stock' });
    expect(await stockOf(plenty)).toEqual({ quantity: 40, status: 'in_stock', totalSold: 0 });
    expect(await stockOf(scarce)).toEqual({ quantity: 2, status: 'low_stock', totalSold: 0 });
    expect(await ordersOf(user)).toBe(0);
  });

  it('checks the order document before any stock moves', async () => {
    const user = await makeUser();
    const lamp = await makeProduct({ quantity: 5 });
    const placing = placeOrder(models, { user, items: [{ product: lamp, quantity: 1 }], shippingAddress: { fullName: 'Ada', phone: '12345' } });
    await expect(placing).rejects.toMatchObject({ name: 'ValidationError', errors: { 'shippingAddress.phone': expect.anything() } });
    expect(await stockOf(lamp)).toMatchObject({ quantity: 5, totalSold: 0 });
    expect(await ordersOf(user)).toBe(0);
  });

  it('sells beyond stock when the product allows backorders', async () => {
    const user = await makeUser();
    const lamp = await makeProduct({ quantity: 1, allowBackorder: true });
    await placeOrder(models, { user, items: [{ product: lamp, quantity: 3 }] });
    expect(await stockOf(lamp)).toEqual({ quantity: -2, status: 'out_of_stock', totalSold: 3 });
  });

  it('gives 30 concurrent placements 30 distinct, well-formed order numbers', async () => {
    const user = await makeUser();
    const lamp = await makeProduct({ quantity: 100 });
    const orders = await Promise.all(Array.from({ length: 30 }, () => placeOrder(models, { user, items: [{ product: lamp, quantity: 1 }] })));
    const numbers = orders.map((order) => order.orderNumber);
    expect(new Set(numbers).size).toBe(30);
    for (const number of numbers) expect(number).toMatch(ORDER_NUMBER_PATTERN);
    expect(await stockOf(lamp)).toMatchObject({ quantity: 70, totalSold: 30 });
  });

  it('never oversells under concurrency: 30 buyers, 20 in stock', async () => {
    const user = await makeUser();
    const lamp = await makeProduct({ quantity: 20 });
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => placeOrder(models, { user, items: [{ product: lamp, quantity: 1 }] })));
    const placed = results.filter((result) => result.status === 'fulfilled');
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as AppError] : []));
    expect(placed).toHaveLength(20);
    expect(refused).toHaveLength(10);
    for (const error of refused) expect(error.code).toBe('CONFLICT');
    expect(await stockOf(lamp)).toEqual({ quantity: 0, status: 'out_of_stock', totalSold: 20 });
    expect(await ordersOf(user)).toBe(20);
  });

  it('draws a new number when the one drawn is taken (duplicate key 11000)', async () => {
    const user = await makeUser();
    const lamp = await makeProduct({ quantity: 10 });
    const first = await placeOrder(models, { user, items: [{ product: lamp, quantity: 1 }] });
    const draws = [first.orderNumber, first.orderNumber, 'ORD-20300101-FRESH'];
    const second = await placeOrder(models, { user, items: [{ product: lamp, quantity: 1 }] }, { orderNumber: () => draws.shift() ?? 'ORD-20300101-ZZZZZ' });
    expect(second.orderNumber).toBe('ORD-20300101-FRESH');
    expect(draws).toEqual([]);
    expect(await stockOf(lamp)).toMatchObject({ quantity: 8, totalSold: 2 });
  });

  it('gives up after a bounded number of clashes, puts the stock back and leaves no order', async () => {
    const user = await makeUser();
    const lamp = await makeProduct({ quantity: 10 });
    const first = await placeOrder(models, { user, items: [{ product: lamp, quantity: 1 }] });
    let draws = 0;
    const error = await appError(
      placeOrder(models, { user, items: [{ product: lamp, quantity: 4 }] }, {
        orderNumber: () => {
          draws += 1;
          return first.orderNumber;
        },
        maxNumberAttempts: 3,
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.fields).toHaveProperty('orderNumber');
    expect(draws).toBe(3);
    expect(await stockOf(lamp)).toMatchObject({ quantity: 9, totalSold: 1 });
    expect(await ordersOf(user)).toBe(1);
  });
});
