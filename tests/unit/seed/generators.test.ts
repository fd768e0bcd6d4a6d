import { beforeAll, describe, expect, it } from 'vitest';
import { grandTotal, lineSubtotal, roundMoney, sameMoney } from '../../../src/main/domain/cart-totals';
import { ORDER_STATUSES } from '../../../src/main/domain/enums';
import { deriveStockStatus } from '../../../src/shared/stock-status';
import { createOdm } from '../../../src/main/db/odm';
import { registerModels, type Models } from '../../../src/main/models';
import { isEncrypted } from '../../../src/main/secrets/field-encryption';
import { decryptPayment } from '../../../src/main/services/payment-protection';
import { validateThroughModel, type ValidatingModel } from '../../../src/main/seed/pipeline/batch-writer';
import { demoWorld, FIELD_KEY, sampleDocuments } from './sample';

// Models on a connection that never connects: validation needs no server.
const models = registerModels(createOdm().createConnection());
const world = demoWorld();
const sample = sampleDocuments(world, 200);

const collections: Array<[keyof Models, keyof typeof sample]> = [
  ['Order', 'orders'],
  ['Payment', 'payments'],
  ['Review', 'reviews'],
  ['Product', 'products'],
  ['User', 'users'],
  ['Address', 'addresses'],
  ['Cart', 'carts'],
  ['Wishlist', 'wishlists'],
  ['Category', 'categories'],
  ['Coupon', 'coupons'],
];

/** Plain JSON of a stored document, so two ways of producing it compare by value. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value, (_key, inner: unknown) => (inner instanceof Map ? Object.fromEntries(inner) : inner))) as unknown;

describe('seed generators against the models', () => {
  it.each(collections)('every generated %s passes its model validation', async (modelName, key) => {
    const documents = sample[key] as object[];
    expect(documents.length).toBeGreaterThan(0);
    await expect(validateThroughModel(models[modelName] as unknown as ValidatingModel, documents, modelName, 0, 'hydrate')).resolves.toHaveLength(documents.length);
  });

  it.each(collections)('the hydrate path stores exactly what new %s(doc) would', async (modelName, key) => {
    const documents = (sample[key] as object[]).slice(0, 200);
    const model = models[modelName] as unknown as ValidatingModel;
    const hydrated = await validateThroughModel(model, documents, modelName, 0, 'hydrate');
    const constructed = await validateThroughModel(model, documents, modelName, 0, 'construct');
    expect(plain(hydrated)).toEqual(plain(constructed));
  });

  it('reports the first invalid document by position', async () => {
    const broken = { ...sample.orders[3]!, pricing: { ...sample.orders[3]!.pricing, total: 1 } };
    await expect(validateThroughModel(models.Order as unknown as ValidatingModel, [sample.orders[0]!, broken], 'orders', 10)).rejects.toThrow(/orders document #11 .*pricing\.total/);
  });
});

describe('seed orders', () => {
  it('add up to the cent and snapshot their products', () => {
    for (const { order, products } of sample.generated) {
      order.items.forEach((item, position) => {
        expect(item.subtotal).toBe(lineSubtotal(item.quantity, item.price));
        expect(item.productSnapshot).toMatchObject({ name: products[position]!.name, sku: products[position]!.sku, image: products[position]!.primaryImage });
        expect(item.product.equals(products[position]!.id)).toBe(true);
      });
      const { subtotal, tax, shipping, discount, total } = order.pricing;
      expect(sameMoney(subtotal, roundMoney(order.items.reduce((sum, item) => sum + item.subtotal, 0)))).toBe(true);
      expect(total).toBe(grandTotal(subtotal, { tax, shipping, discount }));
      expect(discount).toBeLessThanOrEqual(subtotal);
    }
  });

  it('cover every status, with timelines that walk to it in time order', () => {
    const statuses = new Set(sample.orders.map((order) => order.status));
    expect([...statuses].sort()).toEqual([...ORDER_STATUSES].sort());
    for (const order of sample.orders) {
      const steps = order.timeline.map((entry) => entry.status);
      expect(steps[0]).toBe('pending');
      expect(steps[steps.length - 1]).toBe(order.status);
      const times = order.timeline.map((entry) => entry.timestamp.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times[0]).toBe(order.createdAt.getTime());
      expect(order.updatedAt.getTime()).toBeGreaterThanOrEqual(times[times.length - 1]!);
      expect(order.updatedAt.getTime()).toBeLessThanOrEqual(world.clock.anchor);
      const shipped = steps.includes('shipped');
      expect(order.tracking !== undefined).toBe(shipped);
      expect(order.tracking?.actualDelivery !== undefined).toBe(steps.includes('delivered'));
      if (order.status === 'refunded') expect(order.refund?.status).toBe('processed');
    }
  });

  it('have a payment whose status, amount and links follow the order', () => {
    const expected: Record<string, string[]> = {
      pending: ['pending', 'processing'],
      confirmed: ['completed'],
      processing: ['completed'],
      shipped: ['completed'],
      delivered: ['completed'],
      cancelled: ['failed', 'refunded'],
      refunded: ['refunded'],
    };
    sample.generated.forEach(({ order }, position) => {
      const payment = sample.plainPayments[position]!;
      expect(expected[order.status]).toContain(payment.status);
      expect(payment._id.equals(order.payment)).toBe(true);
      expect(payment.order.equals(order._id)).toBe(true);
      expect(payment.amount).toBe(order.pricing.total);
      if (payment.status === 'refunded') expect(payment.refund?.amount).toBeLessThanOrEqual(order.pricing.total);
      if (payment.status === 'completed' || payment.status === 'refunded') expect(payment.paidAt).toBeInstanceOf(Date);
    });
    const statuses = new Set(sample.plainPayments.map((payment) => payment.status));
    expect(statuses.size).toBe(5);
  });

  it('store payments with the holder name, expiry and gateway response encrypted', () => {
    const withCard = sample.payments.filter((payment) => payment.paymentDetails?.holderName != null);
    expect(withCard.length).toBeGreaterThan(50);
    for (const payment of sample.payments) {
      if (payment.paymentDetails?.holderName != null) expect(isEncrypted(payment.paymentDetails.holderName)).toBe(true);
      if (payment.paymentDetails?.expiryYear != null) expect(isEncrypted(payment.paymentDetails.expiryYear)).toBe(true);
      if (payment.gatewayResponse != null) expect(isEncrypted(payment.gatewayResponse)).toBe(true);
      // Ciphertext is random base64 and may spell a short name by chance: look at the plain values only.
      const plainValues = JSON.stringify(payment, (_key, value: unknown) => (isEncrypted(value) ? '[encrypted]' : value));
      expect(plainValues).not.toContain(sample.customers.find((customer) => customer.id.equals(payment.user as never))!.lastName);
    }
    const first = withCard[0]!;
    expect(decryptPayment(first, FIELD_KEY).paymentDetails?.holderName).toMatch(/^\w+ \w+$/);
  });
});

describe('seed catalog', () => {
  it('prices, stock and images follow the product rules', () => {
    for (const product of sample.products) {
      if (product.price.sale !== undefined) expect(product.price.sale).toBeLessThan(product.price.regular);
      expect(product.inventory.status).toBe(deriveStockStatus(product.inventory.quantity, product.inventory.lowStockThreshold, product.inventory.allowBackorder));
      expect(product.images.filter((image) => image.isPrimary)).toHaveLength(1);
      expect(product.categoryPath.map((entry) => entry._id.toHexString())).toEqual(
        world.categories.find((node) => node.id.equals(product.category))!.pathIncludingSelf.map((entry) => entry._id.toHexString()),
      );
    }
    const stock = new Set(sample.products.map((product) => product.inventory.status));
    expect(stock).toEqual(new Set(['in_stock', 'low_stock', 'out_of_stock']));
    const statuses = new Set(sample.products.map((product) => product.status));
    expect(statuses).toEqual(new Set(['published', 'draft', 'archived']));
    expect(sample.products.filter((product) => product.status === 'published').length / sample.products.length).toBeGreaterThan(0.75);
    expect(sample.products.some((product) => product.variants.length > 0)).toBe(true);
    expect(new Set(sample.products.map((product) => product.slug)).size).toBe(sample.products.length);
    expect(new Set(sample.products.map((product) => product.sku)).size).toBe(sample.products.length);
  });

  it('builds a three-level tree with levels and paths from the parents, products on leaves only', () => {
    const roots = sample.categories.filter((category) => category.level === 0);
    expect(roots).toHaveLength(6);
    expect(sample.categories.filter((category) => category.level === 1)).toHaveLength(18);
    expect(sample.categories.filter((category) => category.level === 2)).toHaveLength(36);
    const byId = new Map(sample.categories.map((category) => [category._id.toHexString(), category]));
    for (const category of sample.categories) {
      const parent = category.parent ? byId.get(category.parent.toHexString()) : undefined;
      expect(category.level).toBe(parent ? parent.level + 1 : 0);
      expect(category.path.map((entry) => entry._id.toHexString())).toEqual(parent ? [...parent.path.map((entry) => entry._id.toHexString()), parent._id.toHexString()] : []);
    }
    const leafIds = new Set(sample.categories.filter((category) => category.level === 2).map((category) => category._id.toHexString()));
    expect(sample.products.every((product) => leafIds.has(product.category.toHexString()))).toBe(true);
    expect(new Set(sample.products.map((product) => product.category.toHexString())).size).toBe(36);
  });

  it('offers coupons of all three types, and carts whose totals come from their lines', () => {
    expect(new Set(sample.coupons.map((coupon) => coupon.type))).toEqual(new Set(['percentage', 'fixed', 'free_shipping']));
    expect(new Set(sample.carts.map((cart) => cart.status))).toEqual(new Set(['active', 'abandoned', 'converted']));
    for (const cart of sample.carts) {
      const subtotal = roundMoney(cart.items.reduce((sum, item) => sum + lineSubtotal(item.quantity, item.price), 0));
      expect(cart.totals.subtotal).toBe(subtotal);
      expect(cart.totals.total).toBe(grandTotal(subtotal, { tax: cart.totals.tax, shipping: cart.totals.shipping, discount: cart.discount }));
      expect(cart.expiresAt.getTime()).toBeGreaterThan(world.clock.anchor);
    }
  });
});

describe('seed reviews', () => {
  let statuses: Set<string>;
  beforeAll(() => {
    statuses = new Set(sample.reviews.map((review) => review.status));
  });

  it('come in every moderation state, with the author cached from the user', () => {
    expect(statuses).toEqual(new Set(['pending', 'approved', 'rejected']));
    for (const review of sample.reviews) {
      const author = sample.customers.find((customer) => customer.id.equals(review.user))!;
      expect(review.author.name).toBe(`${author.firstName} ${author.lastName}`);
      expect(review.author.avatar).toBe(author.avatar);
      expect(review.helpful.count).toBe(review.helpful.voters.length);
    }
  });

  it('are verified exactly when they name the delivered order they were bought in', () => {
    const orders = new Map(sample.orders.map((order) => [order._id.toHexString(), order]));
    for (const review of sample.reviews) {
      expect(review.isVerifiedPurchase).toBe(review.order !== undefined);
      if (!review.order) continue;
      const order = orders.get(review.order.toHexString())!;
      expect(order.status).toBe('delivered');
      expect(order.user.equals(review.user)).toBe(true);
      expect(order.items.some((item) => item.product.equals(review.product))).toBe(true);
      expect(review.createdAt.getTime()).toBeGreaterThan(order.tracking!.actualDelivery!.getTime());
    }
  });
});
