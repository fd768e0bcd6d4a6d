import mongoose, { type Schema } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { createOdm } from '../../../src/main/db/odm';
import { CURRENT_SCHEMA_VERSION, registerModels, type Models } from '../../../src/main/models';
import { CURRENT_SCHEMA_VERSION as FROM_SCHEMA_VERSION_FILE } from '../../../src/main/models/schema-version';

/** Every ObjectId in the design document that points at another collection, and where. */
const REFERENCES: Record<keyof Models, Record<string, string>> = {
  User: { addresses: 'Address', wishlist: 'Product' },
  Product: { category: 'Category', 'categoryPath._id': 'Category', seller: 'User', relatedProducts: 'Product' },
  Category: { parent: 'Category', 'path._id': 'Category' },
  Order: { user: 'User', 'items.product': 'Product', payment: 'Payment', 'timeline.updatedBy': 'User' },
  Payment: { order: 'Order', user: 'User' },
  Cart: { user: 'User', 'items.product': 'Product' },
  Review: { product: 'Product', user: 'User', order: 'Order', 'helpful.voters': 'User', 'adminReply.repliedBy': 'User' },
  Address: { user: 'User' },
  Coupon: { applicableProducts: 'Product', applicableCategories: 'Category', 'userRestrictions.specificUsers': 'User', createdBy: 'User' },
  Wishlist: { user: 'User', 'items.product': 'Product' },
};

interface SchemaTypeLike {
  instance: string;
  options: { ref?: string };
  schema?: Schema;
  embeddedSchemaType?: SchemaTypeLike;
  caster?: SchemaTypeLike;
}

/** path -> ref for every ObjectId (or array of ObjectIds), except a sub-document's own generated _id. */
function objectIdRefs(schema: Schema, prefix = ''): Record<string, string | undefined> {
  const found: Record<string, string | undefined> = {};
  schema.eachPath((path, schemaType) => {
    const type = schemaType as unknown as SchemaTypeLike;
    const element = type.instance === 'Array' ? (type.embeddedSchemaType ?? type.caster) : type;
    if (element?.instance === 'ObjectId') {
      const ref = type.options.ref ?? element.options.ref;
      if (!(path === '_id' && ref === undefined)) found[prefix + path] = ref;
    }
    if (type.schema) Object.assign(found, objectIdRefs(type.schema, `${prefix}${path}.`));
  });
  return found;
}

describe('registerModels', () => {
  it('registers the ten models on the given connection, not on the global mongoose', () => {
    const connection = createOdm().createConnection();
    const models = registerModels(connection);
    expect(Object.keys(models).sort()).toEqual(['Address', 'Cart', 'Category', 'Coupon', 'Order', 'Payment', 'Product', 'Review', 'User', 'Wishlist']);
    expect(connection.modelNames().sort()).toEqual(Object.keys(models).sort());
    for (const Model of Object.values(models)) expect(Model.db).toBe(connection);
    expect(mongoose.modelNames()).toEqual([]);
  });

  it('is idempotent on one connection and separate across connections', () => {
    const odm = createOdm();
    const first = odm.createConnection();
    const a = registerModels(first);
    const b = registerModels(first);
    for (const name of Object.keys(a) as Array<keyof Models>) expect(b[name]).toBe(a[name]);
    const other = registerModels(odm.createConnection());
    expect(other.User).not.toBe(a.User);
  });

  it('refuses to reuse a different model registered under one of its names', () => {
    const connection = createOdm().createConnection();
    connection.model('User', new mongoose.Schema({ name: String }));
    expect(() => registerModels(connection)).toThrow(/another "User" model/);
  });
});

describe('every schema', () => {
  const models = registerModels(createOdm().createConnection());
  const names = Object.keys(REFERENCES) as Array<keyof Models>;

  it('exports CURRENT_SCHEMA_VERSION = 1', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(1);
    expect(FROM_SCHEMA_VERSION_FILE).toBe(1);
  });

  it.each(names)('%s has timestamps and a required schemaVersion defaulting to the current version', (name) => {
    const schema = models[name].schema;
    expect(schema.options.timestamps).toBe(true);
    expect(schema.path('createdAt')).toBeDefined();
    expect(schema.path('updatedAt')).toBeDefined();
    const version = schema.path('schemaVersion');
    expect(version.instance).toBe('Number');
    expect(version.isRequired).toBe(true);
    expect(version.options.default).toBe(CURRENT_SCHEMA_VERSION);
  });

  it.each(names)('%s references other collections on every ObjectId', (name) => {
    expect(objectIdRefs(models[name].schema)).toEqual(REFERENCES[name]);
  });

  it('names only models that exist in refs', () => {
    const known = new Set(Object.keys(models));
    for (const refs of Object.values(REFERENCES)) for (const ref of Object.values(refs)) expect(known.has(ref)).toBe(true);
  });
});
