import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerModels, type Models } from '../../src/main/models';
import { addItem, openCart } from '../../src/main/services/carts/cart-service';
import { repairCommerce } from '../../src/main/services/maintenance/repair-commerce';
import { placeOrder } from '../../src/main/services/orders/order-placement';
import { createReview, moderateReview } from '../../src/main/services/reviews/review-integrity';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let models: Models;
let serial = 0;

// Small batches, so the streaming code crosses batch boundaries.
const BATCH = 2;

beforeAll(async () => {
  db = await openTestDatabase('repair_commerce');
  models = registerModels(db.connection);
  await Promise.all([models.Cart.createIndexes(), models.Order.createIndexes(), models.Product.createIndexes(), models.User.createIndexes()]);
});
afterAll(() => db?.dispose());

async function makeUser(firstName: string, lastName: string, avatar?: string): Promise<string> {
  serial += 1;
  const user = await models.User.create({ email: `repair${serial}@example.com`, password: 'correct horse battery', firstName, lastName, ...(avatar ? { avatar } : {}) });
  return user.id as string;
}

async function makeProduct(regular: number): Promise<string> {
  serial += 1;
  const product = await models.Product.create({ name: `Chair ${serial}`, slug: `chair-${serial}`, description: 'Sit', sku: `CHR-${serial}`, price: { regular }, inventory: { quantity: 20 } });
  return product.id as string;
}

async function review(product: string, user: string, rating: number, status: 'approved' | 'rejected' | 'pending'): Promise<string> {
  const created = await createReview(models, { product, user, rating });
  if (status !== 'pending') await moderateReview(models, created.id, status);
  return created.id;
}

const oid = (id: string) => new Types.ObjectId(id);

describe('repairCommerce', () => {
  it('finds nothing to fix after the services, fixes each corrupted cache, then finds nothing again', async () => {
    const ada = await makeUser('Ada', 'Lovelace', 'https://cdn.example.com/ada.png');
    const alan = await makeUser('Alan', 'Turing');
    const gone = await makeUser('Gone', 'Person');
    const rated = await makeProduct(100);
    const unrated = await makeProduct(50);
    const rejectedOnly = await makeProduct(75);
    const adaReview = await review(rated, ada, 5, 'approved');
    await review(rated, alan, 2, 'approved');
    await review(rated, ada, 1, 'pending');
    await review(rejectedOnly, alan, 4, 'rejected');
    const goneReview = await review(unrated, gone, 3, 'pending');
    const adaCart = await openCart(models, { userId: ada });
    await addItem(models, adaCart.id, { product: rated, quantity: 2 });
    await addItem(models, adaCart.id, { product: unrated, quantity: 1 });
    const guestCart = await openCart(models, { sessionId: 'guest-1' });
    await addItem(models, guestCart.id, { product: unrated, quantity: 3 });
    const order = await placeOrder(models, { user: alan, items: [{ product: rated, quantity: 1 }] });

    expect(await repairCommerce(models, { batchSize: BATCH })).toEqual({ productRatings: 0, reviewAuthors: 0, cartTotals: 0 });

    // Corrupt every cache behind the services' backs, with the raw driver.
    const raw = (name: string) => db.connection.collection(name);
    await raw('products').updateOne({ _id: oid(rated) }, { $set: { ratings: { average: 1.1, count: 9 } } });
    await raw('products').updateOne({ _id: oid(unrated) }, { $set: { ratings: { average: 4, count: 3 } } });
    await raw('products').updateOne({ _id: oid(rejectedOnly) }, { $unset: { ratings: '' } });
    await raw('reviews').updateMany({ user: oid(ada) }, { $set: { author: { name: 'Somebody Else', avatar: 'https://cdn.example.com/old.png' } } }); // 2 reviews
    await raw('users').deleteOne({ _id: oid(gone) });
    await raw('carts').updateOne({ _id: oid(adaCart.id) }, { $set: { 'totals.subtotal': 1, 'totals.total': 1 } });
    await raw('carts').updateOne({ _id: oid(guestCart.id) }, { $unset: { totals: '' } });
    // History: a later catalog change must not reach the order's snapshot.
    await raw('products').updateOne({ _id: oid(rated) }, { $set: { name: 'Renamed Chair', 'price.regular': 999 } });

    const expected = { productRatings: 3, reviewAuthors: 3, cartTotals: 2 };
    expect(await repairCommerce(models, { dryRun: true, batchSize: BATCH })).toEqual(expected);
    expect((await raw('products').findOne({ _id: oid(rated) }))?.ratings).toEqual({ average: 1.1, count: 9 });

    expect(await repairCommerce(models, { batchSize: BATCH })).toEqual(expected);

    const ratings = async (id: string) => (await raw('products').findOne({ _id: oid(id) }))?.ratings;
    expect(await ratings(rated)).toEqual({ average: 3.5, count: 2 });
    expect(await ratings(unrated)).toEqual({ average: 0, count: 0 });
    expect(await ratings(rejectedOnly)).toEqual({ average: 0, count: 0 });

    expect((await raw('reviews').findOne({ _id: oid(adaReview) }))?.author).toEqual({ name: 'Ada Lovelace', avatar: 'https://cdn.example.com/ada.png' });
    expect((await raw('reviews').findOne({ _id: oid(goneReview) }))?.author).toEqual({ name: 'Deleted customer' });

    expect((await raw('carts').findOne({ _id: oid(adaCart.id) }))?.totals).toEqual({ subtotal: 250, tax: 0, shipping: 0, total: 250 });
    expect((await raw('carts').findOne({ _id: oid(guestCart.id) }))?.totals).toEqual({ subtotal: 150, tax: 0, shipping: 0, total: 150 });

    const storedOrder = await raw('orders').findOne({ _id: oid(order.id) });
    expect(storedOrder?.items[0].productSnapshot).toMatchObject({ name: order.items[0]?.productSnapshot.name, price: 100 });

    expect(await repairCommerce(models, { batchSize: BATCH })).toEqual({ productRatings: 0, reviewAuthors: 0, cartTotals: 0 });
    expect(await repairCommerce(models)).toEqual({ productRatings: 0, reviewAuthors: 0, cartTotals: 0 });
  });
});
