import { Types, type mongo } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BCRYPT_COST, isBcryptHash } from '../../src/main/domain/password';
import { registerModels, type Models } from '../../src/main/models';
import { hasCapability, openTestDatabase, requireCapability, type TestDatabase } from '../support/test-database';

/** The design document's unique indexes: collection -> key -> options the server must report. */
const UNIQUE_INDEXES: Array<[keyof Models, string, { unique: true; sparse?: true }]> = [
  ['User', 'email', { unique: true }],
  ['User', 'username', { unique: true, sparse: true }],
  ['Product', 'slug', { unique: true }],
  ['Product', 'sku', { unique: true }],
  ['Category', 'slug', { unique: true }],
  ['Order', 'orderNumber', { unique: true }],
  ['Payment', 'transactionId', { unique: true, sparse: true }],
  ['Cart', 'user', { unique: true, sparse: true }],
  ['Coupon', 'code', { unique: true }],
  ['Wishlist', 'shareToken', { unique: true, sparse: true }],
];

interface ListedIndex {
  name: string;
  key: Record<string, unknown>;
  unique?: boolean;
  sparse?: boolean;
  expireAfterSeconds?: number;
}

const PASSWORD = 'correct horse battery';
const COST_12 = new RegExp(`^\\$2[ab]\\$${BCRYPT_COST}\\$`);

describe('models on a real server', () => {
  let db: TestDatabase;
  let models: Models;
  let listed: Map<keyof Models, ListedIndex[]>;

  beforeAll(async () => {
    db = await openTestDatabase('models');
    models = registerModels(db.connection);
    listed = new Map();
    for (const [name, Model] of Object.entries(models) as Array<[keyof Models, Models[keyof Models]]>) {
      // The text index needs server support; without it, create the others and leave it out.
      if (name === 'Product' && !hasCapability('textSearch')) {
        await Model.createCollection();
        for (const [key, options] of Model.schema.indexes()) {
          if (!Object.values(key).includes('text')) await Model.collection.createIndex(key as Record<string, 1 | -1>, options as mongo.CreateIndexesOptions);
        }
      } else {
        await Model.syncIndexes();
      }
      listed.set(name, (await Model.collection.listIndexes().toArray()) as ListedIndex[]);
    }
  });
  afterAll(() => db?.dispose());

  const user = (overrides: Record<string, unknown> = {}) => ({ email: 'ada@example.com', password: PASSWORD, firstName: 'Ada', lastName: 'Lovelace', ...overrides });

  describe('indexes', () => {
    it.each(UNIQUE_INDEXES)('%s.%s is unique on the server', (name, field, options) => {
      const index = listed.get(name)?.find((candidate) => JSON.stringify(candidate.key) === JSON.stringify({ [field]: 1 }));
      expect(index, `${name} index on ${field}`).toBeDefined();
      expect(index?.unique).toBe(true);
      expect(Boolean(index?.sparse)).toBe(Boolean(options.sparse));
    });

    it('the carts TTL index expires documents at expiresAt', () => {
      const index = listed.get('Cart')?.find((candidate) => JSON.stringify(candidate.key) === JSON.stringify({ expiresAt: 1 }));
      expect(index?.expireAfterSeconds).toBe(0);
    });

    it('the products text index covers name, description and tags and answers $text', async (ctx) => {
      requireCapability(ctx, 'textSearch');
      const text = listed.get('Product')?.find((candidate) => candidate.key._fts === 'text' || Object.values(candidate.key).includes('text'));
      expect(text).toBeDefined();
      await models.Product.create({ name: 'Gaming Laptop', slug: 'text-gaming-laptop', description: 'Fast', sku: 'TXT-1', price: { regular: 10 }, inventory: { quantity: 1 }, tags: ['rgb'] });
      const found = await models.Product.find({ $text: { $search: 'rgb' } }).lean();
      expect(found.map((p) => p.sku)).toEqual(['TXT-1']);
    });
  });

  describe('users', () => {
    it('rejects a duplicate email with code 11000, whatever its case', async () => {
      await models.User.create(user({ email: 'dup@example.com' }));
      await expect(models.User.create(user({ email: 'dup@example.com' }))).rejects.toMatchObject({ code: 11000 });
      await expect(models.User.create(user({ email: ' DUP@Example.com ' }))).rejects.toMatchObject({ code: 11000 });
    });

    it('lets many users have no username (sparse) but not share one', async () => {
      await models.User.create(user({ email: 'nouser1@example.com' }));
      await models.User.create(user({ email: 'nouser2@example.com', username: '' }));
      await models.User.create(user({ email: 'named1@example.com', username: 'ada' }));
      await expect(models.User.create(user({ email: 'named2@example.com', username: 'ada' }))).rejects.toMatchObject({ code: 11000 });
    });

    it('stores the password as a bcrypt hash of cost 12 and returns it only when asked', async () => {
      const created = await models.User.create(user({ email: 'hash@example.com' }));
      const raw = await db.connection.collection('users').findOne({ _id: created._id });
      expect(raw?.password).toMatch(COST_12);
      expect(raw?.password).not.toContain(PASSWORD);

      const plainFind = await models.User.findOne({ _id: created._id });
      expect(plainFind?.password).toBeUndefined();
      expect(await models.User.findOne({ _id: created._id }).lean()).not.toHaveProperty('password');

      const withPassword = await models.User.findOne({ _id: created._id }).select('+password').orFail();
      expect(withPassword.password).toBe(raw?.password);
      expect(await withPassword.verifyPassword(PASSWORD)).toBe(true);
      expect(await withPassword.verifyPassword('wrong horse battery')).toBe(false);
    });

    it('refuses a short password on save, before any hashing', async () => {
      await expect(models.User.create(user({ email: 'short@example.com', password: 'short' }))).rejects.toMatchObject({
        name: 'ValidationError',
        errors: { password: { message: 'password must be at least 8 characters' } },
      });
      expect(await models.User.countDocuments({ email: 'short@example.com' })).toBe(0);
    });

    it('does not re-hash on unrelated saves, and re-hashes a changed password', async () => {
      const created = await models.User.create(user({ email: 'rehash@example.com' }));
      const hashOf = async () => (await db.connection.collection('users').findOne({ _id: created._id }))?.password as string;
      const firstHash = await hashOf();

      const loaded = await models.User.findById(created._id).orFail(); // password not selected
      loaded.firstName = 'Augusta';
      await loaded.save();
      expect(await hashOf()).toBe(firstHash);

      const withPassword = await models.User.findById(created._id).select('+password').orFail();
      withPassword.lastName = 'King';
      await withPassword.save();
      expect(await hashOf()).toBe(firstHash);

      withPassword.password = 'a brand new secret';
      await withPassword.save();
      const secondHash = await hashOf();
      expect(secondHash).toMatch(COST_12);
      expect(secondHash).not.toBe(firstHash);
      expect(await withPassword.verifyPassword('a brand new secret')).toBe(true);
    });

    it('hashes a password written through an update, and refuses a short one', async () => {
      const created = await models.User.create(user({ email: 'update@example.com' }));
      await models.User.updateOne({ _id: created._id }, { $set: { password: 'updated secret 1' } });
      let raw = await db.connection.collection('users').findOne({ _id: created._id });
      expect(isBcryptHash(raw?.password)).toBe(true);

      await models.User.findOneAndUpdate({ _id: created._id }, { password: 'updated secret 2' });
      raw = await db.connection.collection('users').findOne({ _id: created._id });
      expect(raw?.password).toMatch(COST_12);
      const reloaded = await models.User.findById(created._id).select('+password').orFail();
      expect(await reloaded.verifyPassword('updated secret 2')).toBe(true);

      await expect(models.User.updateOne({ _id: created._id }, { $set: { password: 'short' } })).rejects.toMatchObject({
        name: 'ValidationError',
        errors: { password: { message: 'password must be at least 8 characters' } },
      });
    });

    it('hashes passwords given to insertMany and still refuses short ones', async () => {
      await models.User.insertMany([user({ email: 'many1@example.com' })]);
      const raw = await db.connection.collection('users').findOne({ email: 'many1@example.com' });
      expect(raw?.password).toMatch(COST_12);
      await expect(models.User.insertMany([user({ email: 'many2@example.com', password: 'short' })])).rejects.toMatchObject({ name: 'ValidationError' });
      expect(await models.User.countDocuments({ email: 'many2@example.com' })).toBe(0);
    });
  });

  describe('sparse unique indexes and absent values', () => {
    it('keeps any number of guest carts (user absent) but one cart per user', async () => {
      await models.Cart.create({ sessionId: 'guest-1', user: null });
      await models.Cart.create({ sessionId: 'guest-2' });
      const owner = new Types.ObjectId();
      await models.Cart.create({ user: owner, expiresAt: new Date(Date.now() + 86_400_000) });
      await expect(models.Cart.create({ user: owner })).rejects.toMatchObject({ code: 11000 });
      const raw = await db.connection.collection('carts').findOne({ sessionId: 'guest-1' });
      expect(raw).not.toHaveProperty('user');
    });

    it('keeps payments without a transactionId apart from duplicates of one', async () => {
      await models.Payment.create({ amount: 10 });
      await models.Payment.create({ amount: 10, transactionId: '' });
      await models.Payment.create({ amount: 10, transactionId: 'txn_1' });
      await expect(models.Payment.create({ amount: 10, transactionId: 'txn_1' })).rejects.toMatchObject({ code: 11000 });
    });

    it('rejects duplicate slugs, skus, order numbers, coupon codes and share tokens', async () => {
      const product = { name: 'Mug', description: 'A mug', price: { regular: 5 }, inventory: { quantity: 3 } };
      await models.Product.create({ ...product, slug: 'mug', sku: 'MUG-1' });
      await expect(models.Product.create({ ...product, slug: 'mug', sku: 'MUG-2' })).rejects.toMatchObject({ code: 11000 });
      await expect(models.Product.create({ ...product, slug: 'mug-2', sku: 'MUG-1' })).rejects.toMatchObject({ code: 11000 });

      await models.Category.create({ name: 'Kitchen', slug: 'kitchen' });
      await expect(models.Category.create({ name: 'Kitchen 2', slug: 'kitchen' })).rejects.toMatchObject({ code: 11000 });

      const order = { items: [{ product: new Types.ObjectId(), quantity: 1, price: 5, subtotal: 5 }] };
      await models.Order.create({ ...order, orderNumber: 'ORD-20251023-AAAAA' });
      await expect(models.Order.create({ ...order, orderNumber: 'ORD-20251023-AAAAA' })).rejects.toMatchObject({ code: 11000 });

      await models.Coupon.create({ code: 'save10', type: 'percentage', value: 10 });
      await expect(models.Coupon.create({ code: 'SAVE10', type: 'fixed', value: 1 })).rejects.toMatchObject({ code: 11000 });

      const owner = new Types.ObjectId();
      await models.Wishlist.create({ user: owner, name: 'A' });
      await models.Wishlist.create({ user: owner, name: 'B', shareToken: '' });
      await models.Wishlist.create({ user: owner, name: 'C', shareToken: 'tok' });
      await expect(models.Wishlist.create({ user: owner, name: 'D', shareToken: 'tok' })).rejects.toMatchObject({ code: 11000 });
    });
  });

  it('saves the derived stock status, the schema version and timestamps', async () => {
    const created = await models.Product.create({ name: 'Kettle', slug: 'kettle', description: 'Boils', sku: 'KET-1', price: { regular: 30 }, inventory: { quantity: 4 } });
    const raw = await db.connection.collection('products').findOne({ _id: created._id });
    expect(raw?.inventory).toMatchObject({ quantity: 4, lowStockThreshold: 10, status: 'low_stock', allowBackorder: false });
    expect(raw?.schemaVersion).toBe(1);
    expect(raw?.createdAt).toBeInstanceOf(Date);
    expect(raw?.updatedAt).toBeInstanceOf(Date);
  });
});
