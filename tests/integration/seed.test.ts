import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Types } from 'mongoose';
import { grandTotal, roundMoney, sameMoney } from '../../src/main/domain/cart-totals';
import { ORDER_STATUSES } from '../../src/main/domain/enums';
import { verifyPassword } from '../../src/main/domain/password';
import { deriveStockStatus } from '../../src/shared/stock-status';
import { silentLogger } from '../../src/main/logger';
import { registerModels, type Models } from '../../src/main/models';
import { openFieldKey } from '../../src/main/secrets/field-key';
import { repairAll } from '../../src/main/services/maintenance/repair';
import { roundRating } from '../../src/main/services/reviews/review-integrity';
import { DEMO_PASSWORD, runSeedCommand, type SeedCommandOptions } from '../../src/main/seed/command';
import { silentProgress } from '../../src/main/seed/pipeline/progress';
import type { SeedReport } from '../../src/main/seed/pipeline/run-seed';
import { SEED_SCALES } from '../../src/main/seed/scale';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

/** The full demo scale: it seeds in a few seconds even on the stand-in. */
const OPTIONS: SeedCommandOptions = { scale: SEED_SCALES.demo, seed: 42, anchor: new Date('2026-06-15T00:00:00Z'), reset: false, batchSize: 250 };

type Id = Types.ObjectId;
const hex = (id: Id | null | undefined) => id?.toHexString() ?? null;

describe('npm run seed -- --scale demo, on a real server', () => {
  let database: TestDatabase;
  let models: Models;
  let report: SeedReport;
  let printed = '';
  const savedKey = process.env.BACKROOM_FIELD_KEY;

  const seed = (options: SeedCommandOptions) =>
    runSeedCommand(options, {
      openKey: () => openFieldKey(),
      // The test's database, left open: the command's close() must not end the test's connection.
      openDatabase: async () => ({ connection: database.connection, db: database.connection.db!, dataDir: '', close: async () => undefined }),
      logger: silentLogger,
      progress: silentProgress,
      print: (text) => {
        printed += text;
      },
    });

  beforeAll(async () => {
    process.env.BACKROOM_FIELD_KEY = randomBytes(32).toString('base64');
    database = await openTestDatabase('seed');
    models = registerModels(database.connection);
    report = await seed(OPTIONS);
  }, 120_000);

  afterAll(async () => {
    if (savedKey === undefined) delete process.env.BACKROOM_FIELD_KEY;
    else process.env.BACKROOM_FIELD_KEY = savedKey;
    await database?.dispose();
  });

  it('writes the demo counts and reports them', async () => {
    const counts = {
      products: await models.Product.countDocuments(),
      categories: await models.Category.countDocuments(),
      customers: await models.User.countDocuments({ role: 'customer' }),
      sellers: await models.User.countDocuments({ role: 'seller' }),
      admins: await models.User.countDocuments({ role: 'admin' }),
      orders: await models.Order.countDocuments(),
      payments: await models.Payment.countDocuments(),
      reviews: await models.Review.countDocuments(),
    };
    expect(counts).toEqual({ products: 200, categories: 60, customers: 50, sellers: 2, admins: 1, orders: 1_000, payments: 1_000, reviews: 800 });
    expect(await models.Address.countDocuments()).toBeGreaterThanOrEqual(50);
    expect(await models.Cart.countDocuments()).toBeGreaterThan(10);
    expect(await models.Wishlist.countDocuments()).toBeGreaterThan(5);
    expect(await models.Coupon.countDocuments()).toBe(13);
    expect(report.collections.orders?.documents).toBe(1_000);
    expect(report.collections.reviews?.documents).toBe(800);
    expect(report.totalDocuments).toBeGreaterThan(3_000);
  });

  it('covers every order, review, payment, cart, coupon, product and stock state', async () => {
    const distinct = async (model: { distinct(field: string): Promise<unknown[]> }, field: string) => new Set((await model.distinct(field)).map(String));
    expect(await distinct(models.Order, 'status')).toEqual(new Set(ORDER_STATUSES));
    expect(await distinct(models.Review, 'status')).toEqual(new Set(['pending', 'approved', 'rejected']));
    expect(await distinct(models.Payment, 'status')).toEqual(new Set(['pending', 'processing', 'completed', 'failed', 'refunded']));
    expect(await distinct(models.Cart, 'status')).toEqual(new Set(['active', 'abandoned', 'converted']));
    expect(await distinct(models.Coupon, 'type')).toEqual(new Set(['percentage', 'fixed', 'free_shipping']));
    expect(await distinct(models.Product, 'status')).toEqual(new Set(['draft', 'published', 'archived']));
    expect(await distinct(models.Product, 'inventory.status')).toEqual(new Set(['in_stock', 'low_stock', 'out_of_stock']));
  });

  it('stores product ratings equal to the average and count of approved reviews', async () => {
    const groups = await models.Review.aggregate<{ _id: Id; average: number; count: number }>([
      { $match: { status: 'approved' } },
      { $group: { _id: '$product', average: { $avg: '$rating' }, count: { $sum: 1 } } },
    ]);
    const expected = new Map(groups.map((group) => [hex(group._id), { average: roundRating(group.average), count: group.count }]));
    const products = await models.Product.find({}, { ratings: 1 }).lean();
    expect(groups.length).toBeGreaterThan(50);
    for (const product of products) {
      expect({ id: hex(product._id), ...product.ratings }).toEqual({ id: hex(product._id), ...(expected.get(hex(product._id)) ?? { average: 0, count: 0 }) });
    }
  });

  it('stores totalSold equal to the units in orders that were not cancelled', async () => {
    const groups = await models.Order.aggregate<{ _id: Id; units: number }>([
      { $match: { status: { $ne: 'cancelled' } } },
      { $unwind: '$items' },
      { $group: { _id: '$items.product', units: { $sum: '$items.quantity' } } },
    ]);
    const units = new Map(groups.map((group) => [hex(group._id), group.units]));
    const products = await models.Product.find({}, { totalSold: 1 }).lean();
    expect(products.filter((product) => product.totalSold > 0).length).toBeGreaterThan(50);
    for (const product of products) expect([hex(product._id), product.totalSold]).toEqual([hex(product._id), units.get(hex(product._id)) ?? 0]);
  });

  it('keeps the category tree, product paths, product counts and stock statuses consistent', async () => {
    const categories = await models.Category.find({}).lean();
    const byId = new Map(categories.map((category) => [hex(category._id), category]));
    for (const category of categories) {
      const parent = category.parent ? byId.get(hex(category.parent)) : undefined;
      expect(category.level).toBe(parent ? parent.level + 1 : 0);
      const expectedPath = parent ? [...parent.path.map((entry) => hex(entry._id)), hex(parent._id)] : [];
      expect(category.path.map((entry) => hex(entry._id))).toEqual(expectedPath);
    }
    expect(new Set(categories.map((category) => category.level))).toEqual(new Set([0, 1, 2]));

    const counts = await models.Product.aggregate<{ _id: Id; count: number }>([{ $group: { _id: '$category', count: { $sum: 1 } } }]);
    const countOf = new Map(counts.map((group) => [hex(group._id), group.count]));
    for (const category of categories) expect([category.name, category.productCount]).toEqual([category.name, countOf.get(hex(category._id)) ?? 0]);

    const products = await models.Product.find({}, { category: 1, categoryPath: 1, inventory: 1, images: 1, price: 1 }).lean();
    for (const product of products) {
      const category = byId.get(hex(product.category))!;
      expect(category.level).toBe(2);
      expect(product.categoryPath.map((entry) => [hex(entry._id), entry.name, entry.slug])).toEqual(
        [...category.path, { _id: category._id, name: category.name, slug: category.slug }].map((entry) => [hex(entry._id), entry.name, entry.slug]),
      );
      const inventory = product.inventory!;
      expect(inventory.status).toBe(deriveStockStatus(inventory.quantity, inventory.lowStockThreshold ?? 10, inventory.allowBackorder ?? false));
      expect(product.images.filter((image) => image.isPrimary)).toHaveLength(1);
      if (product.price?.sale != null) expect(product.price.sale).toBeLessThan(product.price.regular);
    }
  });

  it('prices orders to the cent and links each to its payment', async () => {
    const orders = await models.Order.find({}).lean();
    const payments = new Map((await models.Payment.find({}).lean()).map((payment) => [hex(payment._id), payment]));
    for (const order of orders) {
      const pricing = order.pricing!;
      expect(sameMoney(pricing.subtotal!, roundMoney(order.items.reduce((sum, item) => sum + item.subtotal, 0)))).toBe(true);
      expect(pricing.total).toBe(grandTotal(pricing.subtotal!, pricing));
      expect(order.timeline[order.timeline.length - 1]?.status).toBe(order.status);
      const payment = payments.get(hex(order.payment))!;
      expect(hex(payment.order)).toBe(hex(order._id));
      expect(payment.amount).toBe(pricing.total);
    }
    expect(new Set(orders.map((order) => order.orderNumber)).size).toBe(1_000);
  });

  it('counts coupon usage from the orders that used them', async () => {
    const used = await models.Order.aggregate<{ _id: string; count: number }>([{ $match: { couponCode: { $type: 'string' } } }, { $group: { _id: '$couponCode', count: { $sum: 1 } } }]);
    const usage = new Map(used.map((group) => [group._id, group.count]));
    expect(used.length).toBeGreaterThan(2);
    for (const coupon of await models.Coupon.find({}).lean()) expect([coupon.code, coupon.usageCount]).toEqual([coupon.code, usage.get(coupon.code) ?? 0]);
  });

  it('caches each review author from the user', async () => {
    const users = new Map((await models.User.find({}, { firstName: 1, lastName: 1, avatar: 1 }).lean()).map((user) => [hex(user._id), user]));
    for (const review of await models.Review.find({}, { user: 1, author: 1 }).lean()) {
      const user = users.get(hex(review.user))!;
      expect(review.author?.name).toBe(`${user.firstName} ${user.lastName}`);
      expect(review.author?.avatar ?? null).toBe(user.avatar ?? null);
    }
  });

  it('stores no payment with a plaintext holder name', async () => {
    const names = (await models.User.find({ role: 'customer' }, { firstName: 1, lastName: 1 }).lean()).map((user) => Buffer.from(`${user.firstName} ${user.lastName}`));
    const raw = (await database.connection.db!.collection('payments').find({}, { raw: true }).toArray()) as unknown as Buffer[];
    expect(raw).toHaveLength(1_000);
    expect(raw.some((bytes) => bytes.includes(Buffer.from('enc:v1:')))).toBe(true);
    for (const bytes of raw) for (const name of names) expect(bytes.includes(name)).toBe(false);
  });

  it('leaves nothing for the repair command to fix', async () => {
    const repair = await repairAll(models, { dryRun: true });
    expect(repair.total).toBe(0);
  });

  it('prints the demo sign-in, which works for the admin', async () => {
    expect(printed).toContain('admin@example.com');
    expect(printed).toContain(DEMO_PASSWORD);
    const admin = await models.User.findOne({ email: 'admin@example.com' }).select('+password').lean();
    expect(admin?.role).toBe('admin');
    expect(await verifyPassword(DEMO_PASSWORD, admin!.password)).toBe(true);
  });

  it('refuses to seed a database that has data unless --reset', async () => {
    await expect(seed(OPTIONS)).rejects.toThrow(/already holds data .*--reset/);
    expect(await models.Order.countDocuments()).toBe(1_000);
  });

  it('with --reset drops and seeds again, to the same data (same seed and anchor)', async () => {
    const snapshot = async () => ({
      orders: JSON.stringify(await models.Order.find({}).sort({ _id: 1 }).lean()),
      products: JSON.stringify(await models.Product.find({}).sort({ _id: 1 }).lean()),
      reviews: JSON.stringify(await models.Review.find({}).sort({ _id: 1 }).lean()),
    });
    const before = await snapshot();
    await models.Order.collection.insertOne({ stray: true });
    await seed({ ...OPTIONS, reset: true });
    expect(await models.Order.countDocuments()).toBe(1_000);
    expect(await snapshot()).toEqual(before);
  }, 60_000);
});
