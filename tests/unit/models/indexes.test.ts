import type { Schema } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { createOdm } from '../../../src/main/db/odm';
import { registerModels, type Models } from '../../../src/main/models';

type IndexSpec = [Record<string, 1 | -1 | 'text'>, Record<string, unknown>];

/**
 * Transcribed from the design document, section 4 ("Indexes" of each collection),
 * key order and options as written there.
 */
const DOCUMENTED_INDEXES: Record<keyof Models, { collection: string; indexes: IndexSpec[] }> = {
  User: {
    collection: 'users',
    indexes: [
      [{ email: 1 }, { unique: true }],
      [{ username: 1 }, { unique: true, sparse: true }],
      [{ role: 1 }, {}],
      [{ isActive: 1 }, {}],
      [{ createdAt: -1 }, {}],
    ],
  },
  Product: {
    collection: 'products',
    indexes: [
      [{ name: 1 }, {}],
      [{ slug: 1 }, { unique: true }],
      [{ sku: 1 }, { unique: true }],
      [{ category: 1 }, {}],
      [{ 'price.regular': 1 }, {}],
      [{ 'ratings.average': -1 }, {}],
      [{ status: 1, isActive: 1 }, {}],
      [{ featured: 1 }, {}],
      [{ seller: 1 }, {}],
      [{ tags: 1 }, {}],
      [{ createdAt: -1 }, {}],
      [{ name: 'text', description: 'text', tags: 'text' }, {}],
    ],
  },
  Category: {
    collection: 'categories',
    indexes: [
      [{ slug: 1 }, { unique: true }],
      [{ parent: 1 }, {}],
      [{ level: 1 }, {}],
      [{ order: 1 }, {}],
      [{ isActive: 1 }, {}],
    ],
  },
  Order: {
    collection: 'orders',
    indexes: [
      [{ orderNumber: 1 }, { unique: true }],
      [{ user: 1, createdAt: -1 }, {}],
      [{ status: 1 }, {}],
      [{ 'tracking.trackingNumber': 1 }, {}],
      [{ createdAt: -1 }, {}],
      [{ 'items.product': 1 }, {}],
    ],
  },
  Payment: {
    collection: 'payments',
    indexes: [
      [{ order: 1 }, {}],
      [{ user: 1 }, {}],
      [{ transactionId: 1 }, { unique: true, sparse: true }],
      [{ status: 1 }, {}],
      [{ createdAt: -1 }, {}],
    ],
  },
  Cart: {
    collection: 'carts',
    indexes: [
      [{ user: 1 }, { unique: true, sparse: true }],
      [{ sessionId: 1 }, { sparse: true }],
      [{ status: 1 }, {}],
      // The document also lists a plain { expiresAt: 1 }; MongoDB cannot keep both
      // (same key, different options), so only the TTL index stands.
      [{ expiresAt: 1 }, { expireAfterSeconds: 0 }],
      [{ lastActivity: -1 }, {}],
    ],
  },
  Review: {
    collection: 'reviews',
    indexes: [
      [{ product: 1, createdAt: -1 }, {}],
      [{ user: 1 }, {}],
      [{ rating: 1 }, {}],
      [{ status: 1 }, {}],
      [{ isVerifiedPurchase: 1 }, {}],
      [{ 'helpful.count': -1 }, {}],
    ],
  },
  Address: {
    collection: 'addresses',
    indexes: [
      [{ user: 1 }, {}],
      [{ user: 1, isDefault: 1 }, {}],
      [{ postalCode: 1 }, {}],
    ],
  },
  Coupon: {
    collection: 'coupons',
    indexes: [
      [{ code: 1 }, { unique: true }],
      [{ isActive: 1, validFrom: 1, validUntil: 1 }, {}],
      [{ applicableProducts: 1 }, {}],
      [{ applicableCategories: 1 }, {}],
    ],
  },
  Wishlist: {
    collection: 'wishlists',
    indexes: [
      [{ user: 1 }, {}],
      [{ shareToken: 1 }, { unique: true, sparse: true }],
    ],
  },
};

const models = registerModels(createOdm().createConnection());
const entries = Object.entries(DOCUMENTED_INDEXES) as Array<[keyof Models, (typeof DOCUMENTED_INDEXES)[keyof Models]]>;

/** Every schema type of `schema`, sub-documents and document arrays included, with its full path. */
function allPaths(schema: Schema, prefix = ''): Array<{ path: string; options: Record<string, unknown> }> {
  const found: Array<{ path: string; options: Record<string, unknown> }> = [];
  schema.eachPath((path, type) => {
    found.push({ path: prefix + path, options: type.options as Record<string, unknown> });
    const nested = (type as unknown as { schema?: Schema }).schema;
    if (nested) found.push(...allPaths(nested, `${prefix}${path}.`));
  });
  return found;
}

/**
 * Indexes beyond the design document, each serving a query of ours (named here
 * and next to the declaration). Listed apart so the document's table stays a
 * faithful transcription.
 */
const ADDED_FOR_QUERIES: Partial<Record<keyof Models, IndexSpec[]>> = {
  Product: [
    // Dashboard stock counts (dashboard.summary) and the catalog's stock-status filter.
    [{ 'inventory.status': 1 }, {}],
    // catalog.products.list: keyset paging on (sort key, _id) for each sort it offers.
    [{ updatedAt: -1, _id: -1 }, {}],
    [{ name: 1, _id: 1 }, {}],
    [{ 'price.regular': 1, _id: 1 }, {}],
    [{ createdAt: -1, _id: -1 }, {}],
    [{ 'ratings.average': -1, _id: -1 }, {}],
    // The brand filter and the brands list.
    [{ brand: 1 }, {}],
  ],
};

describe('indexes', () => {
  it.each(entries)('%s: schema.indexes() is exactly the documented list plus the query additions', (name, { collection, indexes }) => {
    const Model = models[name];
    const expected = [...indexes, ...(ADDED_FOR_QUERIES[name] ?? [])];
    expect(Model.collection.collectionName).toBe(collection);
    expect(Model.schema.indexes()).toEqual(expected);
    // toEqual ignores key order; in an index key the order is the index.
    expect(Model.schema.indexes().map(([key]) => Object.keys(key))).toEqual(expected.map(([key]) => Object.keys(key)));
  });

  it.each(entries)('%s: no field-level index options (they would duplicate schema.index())', (name) => {
    for (const { path, options } of allPaths(models[name].schema)) {
      for (const option of ['index', 'unique', 'sparse', 'expires', 'text']) {
        expect(options[option], `${path}.${option}`).toBeUndefined();
      }
    }
  });

  it('every index key names a declared field (or a timestamp)', () => {
    for (const [name, { indexes }] of entries) {
      const schema = models[name].schema;
      for (const [key] of indexes) {
        for (const path of Object.keys(key)) expect(schema.path(path) ?? schema.pathType(path), `${name}.${path}`).not.toBe('adhocOrUndefined');
      }
    }
  });
});
