import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { createOdm } from '../../../src/main/db/odm';
import { generateOrderNumber } from '../../../src/main/domain/order-number';
import { registerModels } from '../../../src/main/models';

// Models on a connection that never connects: validation needs no server.
const models = registerModels(createOdm().createConnection());

type Doc = Record<string, unknown>;
interface Validatable {
  validate(): Promise<unknown>;
  get(path: string): unknown;
}
type AnyModel = new (doc: Doc) => Validatable;

const id = () => new Types.ObjectId();
const HASH = '$2b$12$' + 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0'; // shape of a bcrypt hash

/** Copies plain objects and arrays; ObjectIds and Dates are shared, not copied. */
function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (value && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value as Doc).map(([k, v]) => [k, clone(v)])) as T;
  }
  return value;
}

/** A copy of `doc` with `path` (dotted, numeric segments index arrays) set to `value`, or removed when undefined. */
function withPath(doc: Doc, path: string, value: unknown): Doc {
  const copy = clone(doc);
  const keys = path.split('.');
  let target: Record<string, unknown> = copy;
  keys.slice(0, -1).forEach((key, index) => {
    if (target[key] == null) target[key] = /^\d+$/.test(keys[index + 1] ?? '') ? [] : {};
    target = target[key] as Record<string, unknown>;
  });
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

/** Applies several `withPath` changes. */
function withPaths(doc: Doc, changes: Record<string, unknown>): Doc {
  return Object.entries(changes).reduce((current, [path, value]) => withPath(current, path, value), doc);
}

async function validationErrors(doc: Validatable): Promise<Record<string, string>> {
  try {
    await doc.validate();
    return {};
  } catch (error) {
    if ((error as { name?: string }).name !== 'ValidationError') throw error;
    const errors = (error as { errors: Record<string, { message: string }> }).errors;
    return Object.fromEntries(Object.entries(errors).map(([path, e]) => [path, e.message]));
  }
}

interface Rule {
  rule: string;
  good: Doc;
  bad: Doc;
  /** The error path(s) the bad document must fail on, and nothing else. */
  fails: string | string[];
}

/** For each rule: the good document validates, the bad one fails exactly on the named field(s), naming them. */
function checkRules(model: unknown, rules: Rule[]): void {
  const Model = model as AnyModel;
  for (const { rule, good, bad, fails } of rules) {
    describe(rule, () => {
      it('accepts the good document', async () => {
        expect(await validationErrors(new Model(good))).toEqual({});
      });
      it(`rejects the bad document on ${[fails].flat().join(', ')}`, async () => {
        const errors = await validationErrors(new Model(bad));
        const paths = [fails].flat();
        expect(Object.keys(errors).sort()).toEqual([...paths].sort());
        // The message names the field: its path without array positions.
        for (const path of paths) expect(errors[path]).toContain(path.replace(/\.\d+(?=\.|$)/g, ''));
      });
    });
  }
}

function built(model: unknown, doc: Doc): Validatable {
  return new (model as AnyModel)(doc);
}

// ---------------------------------------------------------------------------

describe('users', () => {
  const user: Doc = { email: 'ada@example.com', password: 'correct horse', firstName: 'Ada', lastName: 'Lovelace' };

  checkRules(models.User, [
    { rule: 'email is required', good: user, bad: withPath(user, 'email', undefined), fails: 'email' },
    { rule: 'email has a valid format', good: withPath(user, 'email', 'a.b+tag@shop.example.org'), bad: withPath(user, 'email', 'ada@example'), fails: 'email' },
    { rule: 'email has no spaces', good: user, bad: withPath(user, 'email', 'ada lovelace@example.com'), fails: 'email' },
    { rule: 'password is required', good: user, bad: withPath(user, 'password', undefined), fails: 'password' },
    { rule: 'password has at least 8 characters', good: withPath(user, 'password', '12345678'), bad: withPath(user, 'password', '1234567'), fails: 'password' },
    { rule: 'password has at most 72 bytes', good: withPath(user, 'password', 'x'.repeat(72)), bad: withPath(user, 'password', 'x'.repeat(73)), fails: 'password' },
    { rule: 'firstName is required', good: user, bad: withPath(user, 'firstName', undefined), fails: 'firstName' },
    { rule: 'lastName is required', good: user, bad: withPath(user, 'lastName', '  '), fails: 'lastName' },
    { rule: 'role is customer, seller or admin', good: withPath(user, 'role', 'seller'), bad: withPath(user, 'role', 'superuser'), fails: 'role' },
    { rule: 'phoneNumber is E.164', good: withPath(user, 'phoneNumber', '+14155550123'), bad: withPath(user, 'phoneNumber', '415-555-0123'), fails: 'phoneNumber' },
    { rule: 'phoneNumber has no leading zero country code', good: withPath(user, 'phoneNumber', '+447911123456'), bad: withPath(user, 'phoneNumber', '+0447911123456'), fails: 'phoneNumber' },
    { rule: 'phoneNumber has at most 15 digits', good: withPath(user, 'phoneNumber', '+123456789012345'), bad: withPath(user, 'phoneNumber', '+1234567890123456'), fails: 'phoneNumber' },
    { rule: 'preferences.currency is a currency code', good: withPath(user, 'preferences.currency', 'eur'), bad: withPath(user, 'preferences.currency', 'euro'), fails: 'preferences.currency' },
    { rule: 'schemaVersion is required', good: user, bad: withPath(user, 'schemaVersion', null), fails: 'schemaVersion' },
  ]);

  it('stores the email trimmed and lowercase', () => {
    expect(built(models.User, withPath(user, 'email', '  Ada@Example.COM ')).get('email')).toBe('ada@example.com');
  });

  it('accepts an existing bcrypt hash as the password (a loaded or imported user)', async () => {
    expect(await validationErrors(built(models.User, withPath(user, 'password', HASH)))).toEqual({});
  });

  it('never puts the plain password on the validation error', async () => {
    const doc = new models.User(withPath(user, 'password', 'short'));
    const error = await doc.validate().catch((e: unknown) => e);
    expect((error as { errors: Record<string, { value?: unknown }> }).errors.password?.value).toBeUndefined();
    expect(JSON.stringify(error)).not.toContain('short');
  });

  it('has the documented defaults', () => {
    const doc = new models.User(user);
    expect(doc.role).toBe('customer');
    expect(doc.isEmailVerified).toBe(false);
    expect(doc.isActive).toBe(true);
    expect(doc.toObject().preferences).toEqual({ newsletter: true, notifications: true, language: 'en', currency: 'USD' });
    expect(doc.addresses).toHaveLength(0);
    expect(doc.wishlist).toHaveLength(0);
    expect(doc.schemaVersion).toBe(1);
  });

  it('treats a blank username as absent (the unique index on it is sparse)', () => {
    expect(built(models.User, withPath(user, 'username', '   ')).get('username')).toBeUndefined();
    expect(built(models.User, withPath(user, 'username', null)).get('username')).toBeUndefined();
    expect(built(models.User, withPath(user, 'username', ' ada ')).get('username')).toBe('ada');
  });

  it('hides the password: not selected by default, never in JSON', () => {
    expect(models.User.schema.path('password').options.select).toBe(false);
    const json = new models.User(withPath(user, 'password', HASH)).toJSON() as Doc;
    expect(json).not.toHaveProperty('password');
    expect(json.email).toBe('ada@example.com');
  });

  it('refuses to verify a password it was not loaded with', async () => {
    const doc = models.User.hydrate({ _id: id(), email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
    await expect(doc.verifyPassword('correct horse')).rejects.toThrow(/select\("\+password"\)/);
  });
});

describe('products', () => {
  const product: Doc = {
    name: 'Gaming Laptop',
    slug: 'gaming-laptop',
    description: 'A fast laptop for games.',
    sku: 'GL-15',
    price: { regular: 1000 },
    inventory: { quantity: 50 },
  };
  const image = (isPrimary: boolean) => ({ url: 'https://cdn.example.com/a.jpg', alt: 'Laptop', isPrimary });

  checkRules(models.Product, [
    { rule: 'name is required', good: product, bad: withPath(product, 'name', undefined), fails: 'name' },
    { rule: 'name has at least 3 characters', good: withPath(product, 'name', 'Mug'), bad: withPath(product, 'name', 'TV'), fails: 'name' },
    { rule: 'name has at most 200 characters', good: withPath(product, 'name', 'x'.repeat(200)), bad: withPath(product, 'name', 'x'.repeat(201)), fails: 'name' },
    { rule: 'slug is required', good: product, bad: withPath(product, 'slug', undefined), fails: 'slug' },
    { rule: 'slug is url-safe', good: withPath(product, 'slug', 'Gaming-Laptop-15'), bad: withPath(product, 'slug', 'gaming laptop!'), fails: 'slug' },
    { rule: 'description is required', good: product, bad: withPath(product, 'description', undefined), fails: 'description' },
    { rule: 'sku is required', good: product, bad: withPath(product, 'sku', undefined), fails: 'sku' },
    { rule: 'price.regular is required', good: product, bad: withPath(product, 'price', undefined), fails: 'price.regular' },
    { rule: 'price.regular is at least 0', good: withPath(product, 'price.regular', 0), bad: withPath(product, 'price.regular', -1), fails: 'price.regular' },
    { rule: 'price.sale is at least 0', good: withPath(product, 'price.sale', 0), bad: withPath(product, 'price.sale', -1), fails: 'price.sale' },
    { rule: 'price.sale is below price.regular', good: withPath(product, 'price.sale', 999.99), bad: withPath(product, 'price.sale', 1000), fails: 'price.sale' },
    { rule: 'price.currency is a currency code', good: withPath(product, 'price.currency', 'eur'), bad: withPath(product, 'price.currency', 'EU'), fails: 'price.currency' },
    { rule: 'inventory.quantity is required', good: product, bad: withPath(product, 'inventory', undefined), fails: 'inventory.quantity' },
    { rule: 'inventory.quantity is not negative without backorder', good: withPath(product, 'inventory.quantity', 0), bad: withPath(product, 'inventory.quantity', -1), fails: 'inventory.quantity' },
    {
      rule: 'inventory.quantity may go negative with backorder',
      good: withPaths(product, { 'inventory.quantity': -3, 'inventory.allowBackorder': true }),
      bad: withPaths(product, { 'inventory.quantity': -3, 'inventory.allowBackorder': false }),
      fails: 'inventory.quantity',
    },
    { rule: 'inventory.quantity is whole', good: product, bad: withPath(product, 'inventory.quantity', 1.5), fails: 'inventory.quantity' },
    { rule: 'inventory.lowStockThreshold is at least 0', good: withPath(product, 'inventory.lowStockThreshold', 0), bad: withPath(product, 'inventory.lowStockThreshold', -1), fails: 'inventory.lowStockThreshold' },
    { rule: 'images: none is fine', good: withPath(product, 'images', []), bad: withPath(product, 'images', [image(false)]), fails: 'images' },
    { rule: 'images: exactly one primary', good: withPath(product, 'images', [image(false), image(true)]), bad: withPath(product, 'images', [image(true), image(true)]), fails: 'images' },
    { rule: 'images.url is required', good: withPath(product, 'images', [image(true)]), bad: withPath(product, 'images', [{ isPrimary: true }]), fails: 'images.0.url' },
    { rule: 'dimensions are not negative', good: withPath(product, 'dimensions', { weight: 2.5, length: 35, width: 25, height: 2 }), bad: withPath(product, 'dimensions.weight', -1), fails: 'dimensions.weight' },
    { rule: 'shipping.shippingClass is an enum', good: withPath(product, 'shipping.shippingClass', 'express'), bad: withPath(product, 'shipping.shippingClass', 'drone'), fails: 'shipping.shippingClass' },
    { rule: 'shipping.estimatedDays is not negative', good: withPath(product, 'shipping.estimatedDays', 3), bad: withPath(product, 'shipping.estimatedDays', -1), fails: 'shipping.estimatedDays' },
    { rule: 'ratings.average is at most 5', good: withPath(product, 'ratings.average', 5), bad: withPath(product, 'ratings.average', 5.1), fails: 'ratings.average' },
    { rule: 'ratings.average is at least 0', good: withPath(product, 'ratings.average', 0), bad: withPath(product, 'ratings.average', -0.1), fails: 'ratings.average' },
    { rule: 'ratings.count is at least 0', good: withPath(product, 'ratings.count', 3), bad: withPath(product, 'ratings.count', -1), fails: 'ratings.count' },
    { rule: 'status is draft, published or archived', good: withPath(product, 'status', 'published'), bad: withPath(product, 'status', 'live'), fails: 'status' },
    { rule: 'variants.name is required', good: withPath(product, 'variants', [{ name: 'Colour', values: ['red'] }]), bad: withPath(product, 'variants', [{ values: ['red'] }]), fails: 'variants.0.name' },
    { rule: 'totalSold is at least 0', good: withPath(product, 'totalSold', 7), bad: withPath(product, 'totalSold', -1), fails: 'totalSold' },
    { rule: 'viewCount is at least 0', good: withPath(product, 'viewCount', 7), bad: withPath(product, 'viewCount', -1), fails: 'viewCount' },
    {
      rule: 'categoryPath entries name a category',
      good: withPath(product, 'categoryPath', [{ _id: id(), name: 'Computers', slug: 'computers' }]),
      bad: withPath(product, 'categoryPath', [{ name: 'Computers', slug: 'computers' }]),
      fails: 'categoryPath.0._id',
    },
    { rule: 'schemaVersion is required', good: product, bad: withPath(product, 'schemaVersion', null), fails: 'schemaVersion' },
  ]);

  it('has the documented defaults', () => {
    const doc = new models.Product(product);
    expect(doc.price.currency).toBe('USD');
    expect(doc.inventory.lowStockThreshold).toBe(10);
    expect(doc.inventory.allowBackorder).toBe(false);
    expect(doc.status).toBe('draft');
    expect(doc.featured).toBe(false);
    expect(doc.isActive).toBe(true);
    expect(doc.shipping.freeShipping).toBe(false);
    expect(doc.toObject().ratings).toEqual({ average: 0, count: 0 });
    expect(doc.totalSold).toBe(0);
    expect(doc.viewCount).toBe(0);
    expect(doc.categoryPath).toHaveLength(0);
  });

  it.each([
    [50, 10, false, 'in_stock'],
    [11, 10, false, 'in_stock'],
    [10, 10, false, 'low_stock'],
    [1, 10, false, 'low_stock'],
    [0, 10, false, 'out_of_stock'],
    [0, 10, true, 'out_of_stock'],
    [-4, 10, true, 'out_of_stock'],
    [1, 0, false, 'in_stock'],
  ] as const)('derives inventory.status from quantity %i, threshold %i, backorder %s: %s', async (quantity, lowStockThreshold, allowBackorder, status) => {
    // A hand-set status is overwritten.
    const doc = new models.Product(withPath(product, 'inventory', { quantity, lowStockThreshold, allowBackorder, status: 'in_stock' }));
    await doc.validate();
    expect(doc.inventory.status).toBe(status);
  });

  it('uses the default threshold of 10 when deriving the status', async () => {
    const doc = new models.Product(withPath(product, 'inventory', { quantity: 10 }));
    await doc.validate();
    expect(doc.inventory.status).toBe('low_stock');
  });

  it('keeps specifications as a map of strings', () => {
    const doc = new models.Product(withPath(product, 'specifications', { cpu: 'i7', ram: 16 }));
    expect(doc.specifications?.get('cpu')).toBe('i7');
    expect(doc.specifications?.get('ram')).toBe('16');
  });

  it('stores the slug lowercase', () => {
    expect(built(models.Product, withPath(product, 'slug', 'Gaming-Laptop')).get('slug')).toBe('gaming-laptop');
  });
});

describe('categories', () => {
  const category: Doc = { name: 'Laptops', slug: 'laptops' };
  const computers = { _id: id(), name: 'Computers', slug: 'computers' };

  checkRules(models.Category, [
    { rule: 'name is required', good: category, bad: withPath(category, 'name', undefined), fails: 'name' },
    { rule: 'slug is required', good: category, bad: withPath(category, 'slug', undefined), fails: 'slug' },
    { rule: 'slug is url-safe', good: withPath(category, 'slug', 'gaming-laptops'), bad: withPath(category, 'slug', 'gaming_laptops'), fails: 'slug' },
    { rule: 'level is at least 0', good: withPath(category, 'level', 2), bad: withPath(category, 'level', -1), fails: 'level' },
    { rule: 'level is whole', good: withPath(category, 'level', 1), bad: withPath(category, 'level', 1.5), fails: 'level' },
    { rule: 'productCount is at least 0', good: withPath(category, 'productCount', 12), bad: withPath(category, 'productCount', -1), fails: 'productCount' },
    {
      rule: 'path entries have a name',
      good: withPaths(category, { parent: computers._id, level: 1, path: [computers] }),
      bad: withPaths(category, { parent: computers._id, level: 1, path: [{ _id: computers._id, slug: 'computers' }] }),
      fails: 'path.0.name',
    },
    { rule: 'schemaVersion is required', good: category, bad: withPath(category, 'schemaVersion', null), fails: 'schemaVersion' },
  ]);

  it('has the documented defaults', () => {
    const doc = new models.Category(category);
    expect(doc.parent).toBeNull();
    expect(doc.level).toBe(0);
    expect(doc.order).toBe(0);
    expect(doc.isActive).toBe(true);
    expect(doc.productCount).toBe(0);
    expect(doc.path).toHaveLength(0);
  });

  it('keeps a path entry\'s _id as the ancestor\'s own id', () => {
    const doc = new models.Category(withPaths(category, { parent: computers._id, level: 1, path: [computers] }));
    expect(doc.path[0]?._id.equals(computers._id)).toBe(true);
  });
});

describe('orders', () => {
  const item = { product: id(), productSnapshot: { name: 'Gaming Laptop', sku: 'GL-15', image: 'https://cdn.example.com/a.jpg', price: 10 }, quantity: 2, price: 10, subtotal: 20 };
  const order: Doc = {
    orderNumber: 'ORD-20251023-AB12C',
    user: id(),
    items: [item],
    pricing: { subtotal: 20, tax: 2, shipping: 5, discount: 0, total: 27 },
  };
  const noPricing = withPath(order, 'pricing', undefined);

  checkRules(models.Order, [
    { rule: 'orderNumber is required', good: order, bad: withPath(order, 'orderNumber', undefined), fails: 'orderNumber' },
    { rule: 'orderNumber is ORD-YYYYMMDD-XXXXX', good: withPath(order, 'orderNumber', generateOrderNumber(new Date())), bad: withPath(order, 'orderNumber', 'ORD-2025-00001'), fails: 'orderNumber' },
    { rule: 'orderNumber suffix is uppercase', good: order, bad: withPath(order, 'orderNumber', 'ORD-20251023-ab12c'), fails: 'orderNumber' },
    { rule: 'items has at least one item', good: noPricing, bad: withPath(noPricing, 'items', []), fails: 'items' },
    { rule: 'items.product is required', good: order, bad: withPath(order, 'items.0.product', undefined), fails: 'items.0.product' },
    { rule: 'items.quantity is required', good: noPricing, bad: withPath(noPricing, 'items.0.quantity', undefined), fails: 'items.0.quantity' },
    { rule: 'items.quantity is at least 1', good: withPaths(noPricing, { 'items.0.quantity': 1, 'items.0.subtotal': 10 }), bad: withPaths(noPricing, { 'items.0.quantity': 0, 'items.0.subtotal': 0 }), fails: 'items.0.quantity' },
    { rule: 'items.quantity is whole', good: noPricing, bad: withPaths(noPricing, { 'items.0.quantity': 1.5, 'items.0.subtotal': 15 }), fails: 'items.0.quantity' },
    { rule: 'items.price is required', good: noPricing, bad: withPath(noPricing, 'items.0.price', undefined), fails: 'items.0.price' },
    {
      rule: 'items.price is at least 0',
      good: withPaths(noPricing, { 'items.0.price': 0, 'items.0.subtotal': 0 }),
      bad: withPaths(noPricing, { 'items.0.price': -1, 'items.0.subtotal': -2 }),
      fails: ['items.0.price', 'items.0.subtotal'],
    },
    { rule: 'items.subtotal is required', good: noPricing, bad: withPath(noPricing, 'items.0.subtotal', undefined), fails: 'items.0.subtotal' },
    {
      rule: 'items.subtotal is quantity × price, to the cent',
      good: withPaths(noPricing, { 'items.0.quantity': 3, 'items.0.price': 19.99, 'items.0.subtotal': 59.97 }),
      bad: withPath(noPricing, 'items.0.subtotal', 25),
      fails: 'items.0.subtotal',
    },
    { rule: 'pricing.subtotal is the sum of the items', good: order, bad: withPaths(order, { 'pricing.subtotal': 30, 'pricing.total': 37 }), fails: 'pricing.subtotal' },
    { rule: 'pricing.total is subtotal + tax + shipping − discount', good: withPaths(order, { 'pricing.discount': 7, 'pricing.total': 20 }), bad: withPath(order, 'pricing.total', 30), fails: 'pricing.total' },
    { rule: 'pricing.total is never below 0', good: withPaths(order, { 'pricing.discount': 50, 'pricing.total': 0 }), bad: withPaths(order, { 'pricing.discount': 50, 'pricing.total': -23 }), fails: 'pricing.total' },
    { rule: 'pricing.subtotal is at least 0', good: order, bad: withPaths(noPricing, { items: [withPaths(item, { quantity: 1, price: 0, subtotal: 0 })], pricing: { subtotal: -1 } }), fails: 'pricing.subtotal' },
    { rule: 'pricing.tax is at least 0', good: order, bad: withPaths(order, { 'pricing.tax': -1, 'pricing.total': 24 }), fails: 'pricing.tax' },
    { rule: 'pricing.shipping is at least 0', good: order, bad: withPaths(order, { 'pricing.shipping': -1, 'pricing.total': 21 }), fails: 'pricing.shipping' },
    { rule: 'pricing.discount is at least 0', good: order, bad: withPaths(order, { 'pricing.discount': -1, 'pricing.total': 28 }), fails: 'pricing.discount' },
    { rule: 'status is an order status', good: withPath(order, 'status', 'shipped'), bad: withPath(order, 'status', 'lost'), fails: 'status' },
    { rule: 'shippingMethod is an enum', good: withPath(order, 'shippingMethod', 'overnight'), bad: withPath(order, 'shippingMethod', 'drone'), fails: 'shippingMethod' },
    { rule: 'shippingAddress.phone is E.164', good: withPath(order, 'shippingAddress.phone', '+14155550123'), bad: withPath(order, 'shippingAddress.phone', '555'), fails: 'shippingAddress.phone' },
    { rule: 'billingAddress.phone is E.164', good: withPath(order, 'billingAddress.phone', '+14155550123'), bad: withPath(order, 'billingAddress.phone', '555'), fails: 'billingAddress.phone' },
    { rule: 'timeline.status is an order status', good: withPath(order, 'timeline', [{ status: 'confirmed' }]), bad: withPath(order, 'timeline', [{ status: 'lost' }]), fails: 'timeline.0.status' },
    { rule: 'timeline.status is required', good: withPath(order, 'timeline', [{ status: 'pending', note: 'placed' }]), bad: withPath(order, 'timeline', [{ note: 'placed' }]), fails: 'timeline.0.status' },
    { rule: 'discount.type is percentage or fixed', good: withPath(order, 'discount', { code: 'save5', amount: 5, type: 'fixed' }), bad: withPath(order, 'discount', { code: 'SAVE5', amount: 5, type: 'bogo' }), fails: 'discount.type' },
    { rule: 'discount.amount is at least 0', good: withPath(order, 'discount', { amount: 0 }), bad: withPath(order, 'discount', { amount: -5 }), fails: 'discount.amount' },
    { rule: 'refund.status is an enum', good: withPath(order, 'refund', { amount: 5, status: 'requested' }), bad: withPath(order, 'refund', { amount: 5, status: 'maybe' }), fails: 'refund.status' },
    { rule: 'refund.amount is at least 0', good: withPath(order, 'refund', { amount: 0 }), bad: withPath(order, 'refund', { amount: -1 }), fails: 'refund.amount' },
    { rule: 'productSnapshot.price is at least 0', good: order, bad: withPath(order, 'items.0.productSnapshot.price', -1), fails: 'items.0.productSnapshot.price' },
    { rule: 'schemaVersion is required', good: order, bad: withPath(order, 'schemaVersion', null), fails: 'schemaVersion' },
  ]);

  it('has the documented defaults', () => {
    const doc = new models.Order(withPath(order, 'timeline', [{ status: 'pending' }]));
    expect(doc.status).toBe('pending');
    expect(doc.timeline[0]?.timestamp).toBeInstanceOf(Date);
    expect(doc.schemaVersion).toBe(1);
  });

  it('keeps the product snapshot and an _id per item, none per timeline entry', () => {
    const doc = new models.Order(withPath(order, 'timeline', [{ status: 'pending' }]));
    expect(doc.items[0]?.productSnapshot?.name).toBe('Gaming Laptop');
    expect(doc.items[0]?._id).toBeInstanceOf(Types.ObjectId);
    expect(doc.timeline[0]?.toObject()).not.toHaveProperty('_id');
  });

  it('stores coupon codes uppercase', () => {
    const doc = built(models.Order, withPaths(order, { couponCode: ' save10 ', discount: { code: 'save10', amount: 2, type: 'percentage' } }));
    expect(doc.get('couponCode')).toBe('SAVE10');
    expect(doc.get('discount.code')).toBe('SAVE10');
  });
});

describe('payments', () => {
  const payment: Doc = { order: id(), user: id(), amount: 27, method: 'credit_card' };

  checkRules(models.Payment, [
    { rule: 'amount is required', good: payment, bad: withPath(payment, 'amount', undefined), fails: 'amount' },
    { rule: 'amount is at least 0', good: withPath(payment, 'amount', 0), bad: withPath(payment, 'amount', -0.01), fails: 'amount' },
    { rule: 'currency is a currency code', good: withPath(payment, 'currency', 'gbp'), bad: withPath(payment, 'currency', 'pounds'), fails: 'currency' },
    { rule: 'method is an enum', good: withPath(payment, 'method', 'bank_transfer'), bad: withPath(payment, 'method', 'cash'), fails: 'method' },
    { rule: 'status is an enum', good: withPath(payment, 'status', 'completed'), bad: withPath(payment, 'status', 'done'), fails: 'status' },
    { rule: 'attempts is at least 0', good: withPath(payment, 'attempts', 2), bad: withPath(payment, 'attempts', -1), fails: 'attempts' },
    { rule: 'paymentDetails.last4 is 4 digits', good: withPath(payment, 'paymentDetails', { last4: '4242', brand: 'Visa' }), bad: withPath(payment, 'paymentDetails', { last4: '424' }), fails: 'paymentDetails.last4' },
    { rule: 'paymentDetails.last4 has no letters', good: withPath(payment, 'paymentDetails.last4', '0000'), bad: withPath(payment, 'paymentDetails.last4', '42a2'), fails: 'paymentDetails.last4' },
    { rule: 'refund.amount is at least 0', good: withPath(payment, 'refund', { amount: 5, refundId: 're_1' }), bad: withPath(payment, 'refund', { amount: -5 }), fails: 'refund.amount' },
    { rule: 'schemaVersion is required', good: payment, bad: withPath(payment, 'schemaVersion', null), fails: 'schemaVersion' },
  ]);

  it('has the documented defaults', () => {
    const doc = new models.Payment(payment);
    expect(doc.currency).toBe('USD');
    expect(doc.status).toBe('pending');
    expect(doc.attempts).toBe(0);
  });

  it('takes ciphertext strings for the encrypted card fields and the gateway response', async () => {
    // The shape the field encryption writes: enc:v1:<iv>:<tag>:<ciphertext>.
    const envelope = 'enc:v1:q83vASNFZ4mrze8B:AAECAwQFBgcICQoLDA0ODw==:c2VjcmV0';
    const doc = new models.Payment(withPaths(payment, { paymentDetails: { last4: '4242', brand: 'Visa', expiryMonth: envelope, expiryYear: envelope, holderName: envelope }, gatewayResponse: envelope }));
    expect(await validationErrors(doc)).toEqual({});
    expect(doc.paymentDetails?.expiryMonth).toBe(envelope);
    expect(doc.paymentDetails?.holderName).toBe(envelope);
    expect(doc.gatewayResponse).toBe(envelope);
  });

  it('treats a blank transactionId as absent (the unique index on it is sparse)', () => {
    expect(built(models.Payment, withPath(payment, 'transactionId', '')).get('transactionId')).toBeUndefined();
    expect(built(models.Payment, withPath(payment, 'transactionId', null)).get('transactionId')).toBeUndefined();
  });
});

describe('carts', () => {
  const guestCart: Doc = { sessionId: 'sess-123', items: [{ product: id(), quantity: 1, price: 10 }] };
  const userCart: Doc = { user: id(), items: [] };

  checkRules(models.Cart, [
    { rule: 'a guest cart needs a sessionId', good: guestCart, bad: withPath(guestCart, 'sessionId', undefined), fails: 'sessionId' },
    { rule: 'a user cart needs no sessionId', good: userCart, bad: withPath(userCart, 'user', null), fails: 'sessionId' },
    { rule: 'items.product is required', good: guestCart, bad: withPath(guestCart, 'items.0.product', undefined), fails: 'items.0.product' },
    { rule: 'items.quantity is required', good: guestCart, bad: withPath(guestCart, 'items.0.quantity', undefined), fails: 'items.0.quantity' },
    { rule: 'items.quantity is at least 1', good: withPath(guestCart, 'items.0.quantity', 1), bad: withPath(guestCart, 'items.0.quantity', 0), fails: 'items.0.quantity' },
    { rule: 'items.quantity is whole', good: withPath(guestCart, 'items.0.quantity', 3), bad: withPath(guestCart, 'items.0.quantity', 2.5), fails: 'items.0.quantity' },
    { rule: 'items.price is at least 0', good: withPath(guestCart, 'items.0.price', 0), bad: withPath(guestCart, 'items.0.price', -1), fails: 'items.0.price' },
    { rule: 'status is active, abandoned or converted', good: withPath(guestCart, 'status', 'abandoned'), bad: withPath(guestCart, 'status', 'lost'), fails: 'status' },
    ...(['subtotal', 'tax', 'shipping', 'total'] as const).map((field) => ({
      rule: `totals.${field} is at least 0`,
      good: withPath(guestCart, `totals.${field}`, 0),
      bad: withPath(guestCart, `totals.${field}`, -1),
      fails: `totals.${field}`,
    })),
    { rule: 'discount is at least 0', good: withPath(guestCart, 'discount', 5), bad: withPath(guestCart, 'discount', -5), fails: 'discount' },
    { rule: 'schemaVersion is required', good: guestCart, bad: withPath(guestCart, 'schemaVersion', null), fails: 'schemaVersion' },
  ]);

  it('stores user: null as absent, so guest carts do not collide on the sparse unique index', () => {
    const doc = new models.Cart(withPath(guestCart, 'user', null));
    expect(doc.user).toBeUndefined();
    expect(doc.toObject()).not.toHaveProperty('user');
  });

  it('has the documented defaults', () => {
    const doc = new models.Cart(guestCart);
    expect(doc.status).toBe('active');
    expect(doc.items[0]?.addedAt).toBeInstanceOf(Date);
  });
});

describe('reviews', () => {
  const review: Doc = { product: id(), user: id(), rating: 4, author: { name: 'Ada L.', avatar: 'https://cdn.example.com/ada.png' } };

  checkRules(models.Review, [
    { rule: 'product is required', good: review, bad: withPath(review, 'product', undefined), fails: 'product' },
    { rule: 'user is required', good: review, bad: withPath(review, 'user', undefined), fails: 'user' },
    { rule: 'rating is required', good: review, bad: withPath(review, 'rating', undefined), fails: 'rating' },
    { rule: 'rating is at least 1', good: withPath(review, 'rating', 1), bad: withPath(review, 'rating', 0), fails: 'rating' },
    { rule: 'rating is at most 5', good: withPath(review, 'rating', 5), bad: withPath(review, 'rating', 6), fails: 'rating' },
    { rule: 'rating is whole', good: withPath(review, 'rating', 3), bad: withPath(review, 'rating', 4.5), fails: 'rating' },
    { rule: 'status is pending, approved or rejected', good: withPath(review, 'status', 'approved'), bad: withPath(review, 'status', 'hidden'), fails: 'status' },
    { rule: 'helpful.count is at least 0', good: withPath(review, 'helpful.count', 2), bad: withPath(review, 'helpful.count', -1), fails: 'helpful.count' },
    { rule: 'reported.count is at least 0', good: withPath(review, 'reported.count', 2), bad: withPath(review, 'reported.count', -1), fails: 'reported.count' },
    { rule: 'schemaVersion is required', good: review, bad: withPath(review, 'schemaVersion', null), fails: 'schemaVersion' },
  ]);

  it('has the documented defaults and the author cache', () => {
    const doc = new models.Review(review);
    expect(doc.status).toBe('pending');
    expect(doc.isVerifiedPurchase).toBe(false);
    expect(doc.helpful.count).toBe(0);
    expect(doc.helpful.voters).toHaveLength(0);
    expect(doc.reported.count).toBe(0);
    expect(doc.author?.name).toBe('Ada L.');
  });
});

describe('addresses', () => {
  const address: Doc = {
    user: id(),
    type: 'shipping',
    fullName: 'Ada Lovelace',
    addressLine1: '12 St James Square',
    city: 'London',
    state: 'London',
    postalCode: 'SW1Y 4JH',
    country: 'GB',
    phone: '+442079460000',
  };

  checkRules(models.Address, [
    ...(['user', 'fullName', 'addressLine1', 'city', 'state', 'postalCode', 'country', 'phone'] as const).map((field) => ({
      rule: `${field} is required`,
      good: address,
      bad: withPath(address, field, undefined),
      fails: field,
    })),
    { rule: 'type is shipping, billing or both', good: withPath(address, 'type', 'both'), bad: withPath(address, 'type', 'home'), fails: 'type' },
    { rule: 'phone is E.164', good: withPath(address, 'phone', '+14155550123'), bad: withPath(address, 'phone', '020 7946 0000'), fails: 'phone' },
    { rule: 'coordinates.latitude is at least -90', good: withPath(address, 'coordinates', { latitude: -90, longitude: 0 }), bad: withPath(address, 'coordinates', { latitude: -90.5, longitude: 0 }), fails: 'coordinates.latitude' },
    { rule: 'coordinates.latitude is at most 90', good: withPath(address, 'coordinates', { latitude: 90, longitude: 0 }), bad: withPath(address, 'coordinates', { latitude: 91, longitude: 0 }), fails: 'coordinates.latitude' },
    { rule: 'coordinates.longitude is at least -180', good: withPath(address, 'coordinates', { latitude: 0, longitude: -180 }), bad: withPath(address, 'coordinates', { latitude: 0, longitude: -181 }), fails: 'coordinates.longitude' },
    { rule: 'coordinates.longitude is at most 180', good: withPath(address, 'coordinates', { latitude: 51.5, longitude: 180 }), bad: withPath(address, 'coordinates', { latitude: 51.5, longitude: 180.1 }), fails: 'coordinates.longitude' },
    { rule: 'schemaVersion is required', good: address, bad: withPath(address, 'schemaVersion', null), fails: 'schemaVersion' },
  ]);

  it('has the documented defaults', () => {
    const doc = new models.Address(address);
    expect(doc.isDefault).toBe(false);
    expect(doc.isActive).toBe(true);
  });
});

describe('coupons', () => {
  const percentage: Doc = { code: 'SAVE10', type: 'percentage', value: 10 };
  const fixed: Doc = { code: 'FIVEOFF', type: 'fixed', value: 5 };
  const freeShipping: Doc = { code: 'SHIPFREE', type: 'free_shipping' };
  const jan = (day: number) => new Date(Date.UTC(2026, 0, day));

  checkRules(models.Coupon, [
    { rule: 'code is required', good: percentage, bad: withPath(percentage, 'code', undefined), fails: 'code' },
    { rule: 'type is required', good: percentage, bad: withPath(percentage, 'type', undefined), fails: 'type' },
    { rule: 'type is percentage, fixed or free_shipping', good: freeShipping, bad: withPath(percentage, 'type', 'bogo'), fails: 'type' },
    { rule: 'value is required for a percentage coupon', good: percentage, bad: withPath(percentage, 'value', undefined), fails: 'value' },
    { rule: 'value is required for a fixed coupon', good: fixed, bad: withPath(fixed, 'value', undefined), fails: 'value' },
    { rule: 'value is at least 0', good: withPath(freeShipping, 'value', 0), bad: withPath(freeShipping, 'value', -1), fails: 'value' },
    { rule: 'percentage value is above 0', good: withPath(percentage, 'value', 0.5), bad: withPath(percentage, 'value', 0), fails: 'value' },
    { rule: 'percentage value is at most 100', good: withPath(percentage, 'value', 100), bad: withPath(percentage, 'value', 100.5), fails: 'value' },
    { rule: 'fixed value is above 0', good: withPath(fixed, 'value', 0.01), bad: withPath(fixed, 'value', 0), fails: 'value' },
    { rule: 'fixed value is not negative', good: fixed, bad: withPath(fixed, 'value', -5), fails: 'value' },
    { rule: 'minimumPurchase is at least 0', good: withPath(percentage, 'minimumPurchase', 0), bad: withPath(percentage, 'minimumPurchase', -1), fails: 'minimumPurchase' },
    { rule: 'maximumDiscount is at least 0', good: withPath(percentage, 'maximumDiscount', 50), bad: withPath(percentage, 'maximumDiscount', -1), fails: 'maximumDiscount' },
    { rule: 'usageLimit.total is at least 1', good: withPath(percentage, 'usageLimit.total', 1), bad: withPath(percentage, 'usageLimit.total', 0), fails: 'usageLimit.total' },
    { rule: 'usageLimit.total is whole', good: withPath(percentage, 'usageLimit.total', 100), bad: withPath(percentage, 'usageLimit.total', 1.5), fails: 'usageLimit.total' },
    { rule: 'usageLimit.perUser is at least 1', good: withPath(percentage, 'usageLimit.perUser', 1), bad: withPath(percentage, 'usageLimit.perUser', 0), fails: 'usageLimit.perUser' },
    { rule: 'usageCount is at least 0', good: withPath(percentage, 'usageCount', 3), bad: withPath(percentage, 'usageCount', -1), fails: 'usageCount' },
    { rule: 'validUntil is after validFrom', good: withPaths(percentage, { validFrom: jan(1), validUntil: jan(31) }), bad: withPaths(percentage, { validFrom: jan(31), validUntil: jan(1) }), fails: 'validUntil' },
    { rule: 'validUntil is not equal to validFrom', good: withPaths(percentage, { validUntil: jan(1) }), bad: withPaths(percentage, { validFrom: jan(1), validUntil: jan(1) }), fails: 'validUntil' },
    { rule: 'schemaVersion is required', good: percentage, bad: withPath(percentage, 'schemaVersion', null), fails: 'schemaVersion' },
  ]);

  it('stores the code trimmed and uppercase', () => {
    expect(built(models.Coupon, withPath(percentage, 'code', '  save10 ')).get('code')).toBe('SAVE10');
  });

  it('has the documented defaults', () => {
    const doc = new models.Coupon(percentage);
    expect(doc.usageCount).toBe(0);
    expect(doc.isActive).toBe(true);
    expect(doc.applicableProducts).toHaveLength(0);
  });
});

describe('wishlists', () => {
  const wishlist: Doc = { user: id(), name: 'Birthday', items: [{ product: id(), priority: 3, notes: 'the blue one' }] };

  checkRules(models.Wishlist, [
    { rule: 'user is required', good: wishlist, bad: withPath(wishlist, 'user', undefined), fails: 'user' },
    { rule: 'name is required', good: wishlist, bad: withPath(wishlist, 'name', ''), fails: 'name' },
    { rule: 'items.product is required', good: wishlist, bad: withPath(wishlist, 'items.0.product', undefined), fails: 'items.0.product' },
    { rule: 'items.priority is at least 1', good: withPath(wishlist, 'items.0.priority', 1), bad: withPath(wishlist, 'items.0.priority', 0), fails: 'items.0.priority' },
    { rule: 'items.priority is at most 5', good: withPath(wishlist, 'items.0.priority', 5), bad: withPath(wishlist, 'items.0.priority', 6), fails: 'items.0.priority' },
    { rule: 'items.priority is whole', good: withPath(wishlist, 'items.0.priority', 2), bad: withPath(wishlist, 'items.0.priority', 2.5), fails: 'items.0.priority' },
    { rule: 'schemaVersion is required', good: wishlist, bad: withPath(wishlist, 'schemaVersion', null), fails: 'schemaVersion' },
  ]);

  it('has the documented defaults', () => {
    const doc = new models.Wishlist(wishlist);
    expect(doc.isPublic).toBe(false);
    expect(doc.items[0]?.addedAt).toBeInstanceOf(Date);
  });

  it('treats a blank shareToken as absent (the unique index on it is sparse)', () => {
    expect(built(models.Wishlist, withPath(wishlist, 'shareToken', '')).get('shareToken')).toBeUndefined();
    expect(built(models.Wishlist, withPath(wishlist, 'shareToken', 'tok_123')).get('shareToken')).toBe('tok_123');
  });
});
