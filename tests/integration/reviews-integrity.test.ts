import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../src/main/domain/enums';
import { AppError } from '../../src/main/errors';
import { registerModels, type Models } from '../../src/main/models';
import {
  createReview,
  deleteReview,
  editReview,
  moderateReview,
  recomputeProductRating,
  refreshAuthorCache,
  type ModerationDecision,
} from '../../src/main/services/reviews/review-integrity';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let models: Models;
let serial = 0;

beforeAll(async () => {
  db = await openTestDatabase('reviews_integrity');
  models = registerModels(db.connection);
  await Promise.all([models.Order.createIndexes(), models.Product.createIndexes(), models.User.createIndexes()]);
});
afterAll(() => db?.dispose());

async function makeUser(overrides: Record<string, unknown> = {}): Promise<string> {
  serial += 1;
  const user = await models.User.create({
    email: `reviewer${serial}@example.com`,
    password: 'correct horse battery',
    firstName: 'Grace',
    lastName: 'Hopper',
    avatar: `https://cdn.example.com/avatars/${serial}.png`,
    ...overrides,
  });
  return user.id as string;
}

async function makeProduct(): Promise<string> {
  serial += 1;
  const product = await models.Product.create({ name: `Kettle ${serial}`, slug: `kettle-${serial}`, description: 'Boils', sku: `KET-${serial}`, price: { regular: 30 }, inventory: { quantity: 5 } });
  return product.id as string;
}

async function makeOrder(user: string, product: string, status: OrderStatus): Promise<string> {
  serial += 1;
  const order = await models.Order.create({
    orderNumber: `ORD-20250101-${String(serial).padStart(5, '0')}`,
    user,
    items: [{ product, quantity: 1, price: 30, subtotal: 30, productSnapshot: { name: 'Kettle', sku: 'KET', price: 30 } }],
    pricing: { subtotal: 30, tax: 0, shipping: 0, discount: 0, total: 30 },
    status,
  });
  return order.id as string;
}

async function ratingsOf(product: string) {
  const found = await models.Product.findById(product, { ratings: 1 }).lean().orFail();
  return { average: found.ratings.average, count: found.ratings.count };
}

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('createReview', () => {
  it('caches the author from the user and starts pending, outside the rating', async () => {
    const user = await makeUser({ firstName: 'Grace', lastName: 'Hopper' });
    const product = await makeProduct();
    const review = await createReview(models, { product, user, rating: 4, title: 'Fast', comment: 'Boils quickly' });

    expect(review).toMatchObject({ product, user, rating: 4, status: 'pending', isVerifiedPurchase: false, order: null });
    expect(review.author).toEqual({ name: 'Grace Hopper', avatar: expect.stringContaining('/avatars/') });
    const raw = await db.connection.collection('reviews').findOne({ _id: new Types.ObjectId(review.id) });
    expect(raw?.author).toEqual(review.author);
    expect(await ratingsOf(product)).toEqual({ average: 0, count: 0 });
  });

  it('marks a verified purchase only for a delivered order containing the product', async () => {
    const user = await makeUser();
    const product = await makeProduct();
    const other = await makeProduct();
    await makeOrder(user, product, 'shipped');
    await makeOrder(user, other, 'delivered');
    expect((await createReview(models, { product, user, rating: 5 })).isVerifiedPurchase).toBe(false);

    const delivered = await makeOrder(user, product, 'delivered');
    const verified = await createReview(models, { product, user, rating: 5 });
    expect(verified.isVerifiedPurchase).toBe(true);
    expect(verified.order).toBe(delivered);
  });

  it('refuses a missing product or user, naming the field', async () => {
    const user = await makeUser();
    const product = await makeProduct();
    const ghost = new Types.ObjectId().toHexString();

    const noProduct = await appError(createReview(models, { product: ghost, user, rating: 3 }));
    expect(noProduct.code).toBe('NOT_FOUND');
    expect(Object.keys(noProduct.fields ?? {})).toEqual(['product']);

    const noUser = await appError(createReview(models, { product, user: ghost, rating: 3 }));
    expect(noUser.code).toBe('NOT_FOUND');
    expect(Object.keys(noUser.fields ?? {})).toEqual(['user']);

    const badUser = await appError(createReview(models, { product, user: 'nobody', rating: 3 }));
    expect(badUser).toMatchObject({ code: 'NOT_FOUND', fields: { user: expect.any(String) } });

    const badRating = await appError(createReview(models, { product, user, rating: 6 }));
    expect(badRating).toMatchObject({ code: 'VALIDATION', fields: { rating: expect.any(String) } });
    expect(await models.Review.countDocuments({ product: new Types.ObjectId(product) })).toBe(0);
  });
});

describe('product ratings from approved reviews', () => {
  it('are recomputed on every approve, reject, edit and delete', async () => {
    const product = await makeProduct();
    const review = async (rating: number) => (await createReview(models, { product, user: await makeUser(), rating })).id;
    const five = await review(5);
    const four = await review(4);
    const two = await review(2);
    const pending = await review(1);

    await moderateReview(models, five, 'approved');
    expect(await ratingsOf(product)).toEqual({ average: 5, count: 1 });
    await moderateReview(models, four, 'approved');
    expect(await ratingsOf(product)).toEqual({ average: 4.5, count: 2 });
    await moderateReview(models, two, 'approved');
    expect(await ratingsOf(product)).toEqual({ average: 3.67, count: 3 }); // 11 / 3, two decimals

    await moderateReview(models, two, 'rejected');
    expect(await ratingsOf(product)).toEqual({ average: 4.5, count: 2 });

    await editReview(models, four, { rating: 3, comment: 'Got louder' });
    expect(await ratingsOf(product)).toEqual({ average: 4, count: 2 });
    await editReview(models, pending, { rating: 5 }); // pending: does not count
    expect(await ratingsOf(product)).toEqual({ average: 4, count: 2 });

    await deleteReview(models, five);
    expect(await ratingsOf(product)).toEqual({ average: 3, count: 1 });
    await deleteReview(models, four);
    expect(await ratingsOf(product)).toEqual({ average: 0, count: 0 });
    expect(await models.Review.countDocuments({ product: new Types.ObjectId(product) })).toBe(2);
  });

  it('recomputeProductRating rebuilds a corrupted summary from the reviews', async () => {
    const product = await makeProduct();
    const id = (await createReview(models, { product, user: await makeUser(), rating: 2 })).id;
    await moderateReview(models, id, 'approved');
    await db.connection.collection('products').updateOne({ _id: new Types.ObjectId(product) }, { $set: { 'ratings.average': 4.9, 'ratings.count': 80 } });
    expect(await recomputeProductRating(models, product)).toEqual({ average: 2, count: 1 });
    expect(await ratingsOf(product)).toEqual({ average: 2, count: 1 });
  });

  it('rejects unknown reviews and decisions', async () => {
    const ghost = new Types.ObjectId().toHexString();
    expect(await appError(moderateReview(models, ghost, 'approved'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await appError(editReview(models, ghost, { title: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await appError(deleteReview(models, ghost))).toMatchObject({ code: 'NOT_FOUND' });
    const id = (await createReview(models, { product: await makeProduct(), user: await makeUser(), rating: 3 })).id;
    expect(await appError(moderateReview(models, id, 'pending' as ModerationDecision))).toMatchObject({ code: 'VALIDATION', fields: { status: expect.any(String) } });
    expect(await appError(editReview(models, id, { rating: 0 }))).toMatchObject({ code: 'VALIDATION', fields: { rating: expect.any(String) } });
  });
});

describe('author cache', () => {
  it('is refreshed on every review of the user when their name or avatar changes', async () => {
    const user = await makeUser({ firstName: 'Ada', lastName: 'Byron' });
    const bystander = await makeUser({ firstName: 'Alan', lastName: 'Turing' });
    const first = await createReview(models, { product: await makeProduct(), user, rating: 5 });
    const second = await createReview(models, { product: await makeProduct(), user, rating: 4 });
    const theirs = await createReview(models, { product: await makeProduct(), user: bystander, rating: 4 });

    await models.User.updateOne({ _id: user }, { $set: { lastName: 'Lovelace' }, $unset: { avatar: 1 } });
    expect(await refreshAuthorCache(models, user)).toBe(2);

    for (const id of [first.id, second.id]) {
      const stored = await models.Review.findById(id).lean().orFail();
      expect(stored.author).toEqual({ name: 'Ada Lovelace' });
    }
    expect((await models.Review.findById(theirs.id).lean().orFail()).author?.name).toBe('Alan Turing');
  });

  it('reads "Deleted customer" once the user is gone', async () => {
    const user = await makeUser();
    const review = await createReview(models, { product: await makeProduct(), user, rating: 5 });
    await models.User.deleteOne({ _id: user });
    await refreshAuthorCache(models, user);
    expect((await models.Review.findById(review.id).lean().orFail()).author).toEqual({ name: 'Deleted customer' });
  });
});
