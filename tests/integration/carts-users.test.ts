import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/main/errors';
import { registerModels, type Models } from '../../src/main/models';
import { addItem, openCart, removeItem, setQuantity, type CartDTO } from '../../src/main/services/carts/cart-service';
import { createReview, moderateReview } from '../../src/main/services/reviews/review-integrity';
import { customerLabel, deleteUser } from '../../src/main/services/users/user-deletion';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let models: Models;
let serial = 0;

beforeAll(async () => {
  db = await openTestDatabase('carts_users');
  models = registerModels(db.connection);
  // One cart per user is a unique index; openCart relies on it under concurrency.
  await Promise.all([models.Cart.createIndexes(), models.Order.createIndexes(), models.Product.createIndexes(), models.User.createIndexes()]);
});
afterAll(() => db?.dispose());

async function makeUser(overrides: Record<string, unknown> = {}): Promise<string> {
  serial += 1;
  const user = await models.User.create({ email: `person${serial}@example.com`, password: 'correct horse battery', firstName: 'Linus', lastName: `Person${serial}`, ...overrides });
  return user.id as string;
}

async function makeProduct(price: { regular: number; sale?: number }, isActive = true): Promise<string> {
  serial += 1;
  const product = await models.Product.create({ name: `Mug ${serial}`, slug: `mug-${serial}`, description: 'Holds tea', sku: `MUG-${serial}`, price, inventory: { quantity: 50 }, isActive });
  return product.id as string;
}

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function storedCart(id: string) {
  return db.connection.collection('carts').findOne({ _id: new Types.ObjectId(id) });
}

describe('carts', () => {
  it('opens one cart per user (also when opened concurrently) and one per guest session', async () => {
    const user = await makeUser();
    const carts = await Promise.all(Array.from({ length: 5 }, () => openCart(models, { userId: user })));
    expect(new Set(carts.map((cart) => cart.id)).size).toBe(1);
    expect(carts[0]).toMatchObject({ user, items: [], totals: { subtotal: 0, tax: 0, shipping: 0, total: 0 } });
    expect(await models.Cart.countDocuments({ user: new Types.ObjectId(user) })).toBe(1);

    const guest = await openCart(models, { sessionId: 'sess-1' });
    expect(guest).toMatchObject({ user: null, sessionId: 'sess-1' });
    expect((await openCart(models, { sessionId: 'sess-1' })).id).toBe(guest.id);

    const ghost = await appError(openCart(models, { userId: new Types.ObjectId().toHexString() }));
    expect(ghost).toMatchObject({ code: 'NOT_FOUND', fields: { user: expect.any(String) } });
  });

  it('recomputes totals and bumps lastActivity on every change', async () => {
    const cart = await openCart(models, { userId: await makeUser() });
    const mug = await makeProduct({ regular: 12, sale: 9.99 });
    const plate = await makeProduct({ regular: 4.5 });
    // Each change must move lastActivity off a date long past.
    const touched = async (change: () => Promise<CartDTO>): Promise<CartDTO> => {
      await models.Cart.updateOne({ _id: cart.id }, { $set: { lastActivity: new Date('2001-01-01T00:00:00Z') } });
      const after = await change();
      expect(Date.parse(after.lastActivity ?? '')).toBeGreaterThan(Date.now() - 60_000);
      return after;
    };

    let current = await touched(() => addItem(models, cart.id, { product: mug, quantity: 2 }));
    expect(current.items).toEqual([expect.objectContaining({ product: mug, quantity: 2, price: 9.99 })]);
    expect(current.totals).toEqual({ subtotal: 19.98, tax: 0, shipping: 0, total: 19.98 });

    current = await touched(() => addItem(models, cart.id, { product: mug, quantity: 1 }));
    expect(current.items).toHaveLength(1);
    expect(current.items[0]?.quantity).toBe(3);
    expect(current.totals.subtotal).toBe(29.97);

    await touched(() => addItem(models, cart.id, { product: mug, quantity: 1, variant: 'blue' }));
    current = await touched(() => addItem(models, cart.id, { product: plate, quantity: 4 }));
    expect(current.items).toHaveLength(3);
    expect(current.totals.subtotal).toBe(57.96);

    const plateLine = current.items.find((line) => line.product === plate)!;
    current = await touched(() => setQuantity(models, cart.id, plateLine.id, 1));
    expect(current.totals.subtotal).toBe(44.46);

    current = await touched(() => removeItem(models, cart.id, current.items[0]!.id));
    expect(current.items.map((line) => line.product)).toEqual([mug, plate]);
    expect(current.totals).toEqual({ subtotal: 14.49, tax: 0, shipping: 0, total: 14.49 });

    const raw = await storedCart(cart.id);
    expect(raw?.totals).toEqual({ subtotal: 14.49, tax: 0, shipping: 0, total: 14.49 });
    expect(raw?.lastActivity.toISOString()).toBe(current.lastActivity);
  });

  it('keeps the tax and shipping estimates and takes the cart discount off the total', async () => {
    const cart = await openCart(models, { sessionId: `sess-${serial}` });
    await models.Cart.updateOne({ _id: cart.id }, { $set: { 'totals.tax': 2, 'totals.shipping': 5, discount: 3 } });
    const current = await addItem(models, cart.id, { product: await makeProduct({ regular: 10 }), quantity: 2 });
    expect(current.totals).toEqual({ subtotal: 20, tax: 2, shipping: 5, total: 24 });
  });

  it('keeps every line when changed concurrently', async () => {
    const cart = await openCart(models, { userId: await makeUser() });
    const products = await Promise.all(Array.from({ length: 5 }, (_, index) => makeProduct({ regular: index + 1 })));
    await Promise.all(products.map((product) => addItem(models, cart.id, { product, quantity: 1 })));
    const raw = await storedCart(cart.id);
    expect(raw?.items).toHaveLength(5);
    expect(raw?.totals.subtotal).toBe(15);
  });

  it('refuses a missing or inactive product, a quantity below 1 and unknown lines', async () => {
    const cart = await openCart(models, { userId: await makeUser() });
    const ghost = new Types.ObjectId().toHexString();
    expect(await appError(addItem(models, cart.id, { product: ghost, quantity: 1 }))).toMatchObject({ code: 'NOT_FOUND', fields: { product: expect.any(String) } });
    const retired = await makeProduct({ regular: 5 }, false);
    expect(await appError(addItem(models, cart.id, { product: retired, quantity: 1 }))).toMatchObject({ code: 'NOT_FOUND', fields: { product: expect.any(String) } });

    const mug = await makeProduct({ regular: 5 });
    for (const quantity of [0, -1, 1.5]) {
      expect(await appError(addItem(models, cart.id, { product: mug, quantity }))).toMatchObject({ code: 'VALIDATION', fields: { quantity: expect.any(String) } });
    }
    const current = await addItem(models, cart.id, { product: mug, quantity: 1 });
    expect(await appError(setQuantity(models, cart.id, current.items[0]!.id, 0))).toMatchObject({ code: 'VALIDATION' });
    expect(await appError(setQuantity(models, cart.id, ghost, 2))).toMatchObject({ code: 'NOT_FOUND', fields: { item: expect.any(String) } });
    expect(await appError(removeItem(models, ghost, current.items[0]!.id))).toMatchObject({ code: 'NOT_FOUND', fields: { cart: expect.any(String) } });
  });
});

describe('deleteUser', () => {
  async function address(user: string, fullName: string) {
    return models.Address.create({ user, fullName, addressLine1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701', country: 'US', phone: '+14155550123' });
  }

  it('removes addresses, cart and wishlists; keeps orders, payments and anonymised reviews', async () => {
    const user = await makeUser({ firstName: 'Doomed', lastName: 'Customer', avatar: 'https://cdn.example.com/a.png' });
    const other = await makeUser();
    const product = await makeProduct({ regular: 8 });
    await address(user, 'Doomed Customer');
    await address(user, 'Work');
    await address(other, 'Other');
    const cart = await openCart(models, { userId: user });
    await addItem(models, cart.id, { product, quantity: 1 });
    await openCart(models, { userId: other });
    await models.Wishlist.create([
      { user, name: 'Birthday' },
      { user, name: 'Later' },
      { user: other, name: 'Theirs' },
    ]);
    const order = await models.Order.create({
      orderNumber: 'ORD-20250102-DEL01',
      user,
      items: [{ product, quantity: 1, price: 8, subtotal: 8 }],
      pricing: { subtotal: 8, tax: 0, shipping: 0, discount: 0, total: 8 },
      shippingAddress: { fullName: 'Doomed Customer', city: 'Springfield' },
    });
    const payment = await models.Payment.create({ order: order._id, user, amount: 8, status: 'completed' });
    const review = await createReview(models, { product, user, rating: 4 });
    await moderateReview(models, review.id, 'approved');
    const ratingBefore = (await models.Product.findById(product).lean().orFail()).ratings;

    const report = await deleteUser(models, user);

    expect(report).toEqual({ addresses: 2, carts: 1, wishlists: 2, reviewsAnonymised: 1 });
    const userId = new Types.ObjectId(user);
    expect(await models.User.exists({ _id: userId })).toBeNull();
    expect(await models.Address.countDocuments({ user: userId })).toBe(0);
    expect(await models.Cart.countDocuments({ user: userId })).toBe(0);
    expect(await models.Wishlist.countDocuments({ user: userId })).toBe(0);

    const otherId = new Types.ObjectId(other);
    expect(await models.Address.countDocuments({ user: otherId })).toBe(1);
    expect(await models.Cart.countDocuments({ user: otherId })).toBe(1);
    expect(await models.Wishlist.countDocuments({ user: otherId })).toBe(1);

    const keptReview = await models.Review.findById(review.id).lean().orFail();
    expect(keptReview.author).toEqual({ name: 'Deleted customer' });
    expect(keptReview.user.toHexString()).toBe(user);
    expect((await models.Product.findById(product).lean().orFail()).ratings).toEqual(ratingBefore);

    const keptOrder = await models.Order.findById(order._id).lean().orFail();
    expect(keptOrder.user?.toHexString()).toBe(user);
    expect((await models.Payment.findById(payment._id).lean().orFail()).user?.toHexString()).toBe(user);
    const owner = await models.User.findById(keptOrder.user).lean();
    expect(customerLabel(owner, keptOrder)).toBe('Deleted customer (Doomed Customer)');
  });

  it('customerLabel names the live user, or says the customer was deleted', () => {
    expect(customerLabel({ firstName: 'Ada', lastName: 'Lovelace' }, { shippingAddress: { fullName: 'Someone Else' } })).toBe('Ada Lovelace');
    expect(customerLabel(null, {})).toBe('Deleted customer');
    expect(customerLabel(null, { shippingAddress: { fullName: '  ' } })).toBe('Deleted customer');
  });

  it('refuses to delete the last admin, and deletes an admin while another remains', async () => {
    await models.User.updateMany({ role: 'admin' }, { $set: { role: 'customer' } });
    const first = await makeUser({ role: 'admin' });
    const second = await makeUser({ role: 'admin' });

    await deleteUser(models, first);
    const refused = await appError(deleteUser(models, second));
    expect(refused.code).toBe('CONFLICT');
    expect(await models.User.findById(second).lean().orFail()).toMatchObject({ role: 'admin' });
  });

  it('keeps an admin when the last two are deleted at the same time', async () => {
    await models.User.updateMany({ role: 'admin' }, { $set: { role: 'customer' } });
    const admins = [await makeUser({ role: 'admin' }), await makeUser({ role: 'admin' })];
    const results = await Promise.allSettled(admins.map((admin) => deleteUser(models, admin)));
    expect(results.filter((result) => result.status === 'fulfilled').length).toBeLessThanOrEqual(1);
    for (const result of results) if (result.status === 'rejected') expect((result.reason as AppError).code).toBe('CONFLICT');
    expect(await models.User.countDocuments({ role: 'admin' })).toBeGreaterThanOrEqual(1);
  });

  it('reports a missing user as NOT_FOUND', async () => {
    expect(await appError(deleteUser(models, new Types.ObjectId().toHexString()))).toMatchObject({ code: 'NOT_FOUND', fields: { user: expect.any(String) } });
    expect(await appError(deleteUser(models, 'no-such-id'))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
