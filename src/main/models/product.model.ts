import { Schema, type Connection, type HydratedDocumentFromSchema, type InferSchemaType } from 'mongoose';
import { CURRENCY_PATTERN } from '../domain/contact';
import { PRODUCT_STATUSES, SHIPPING_CLASSES, STOCK_STATUSES } from '../domain/enums';
import { integer, matches, max, maxLength, min, minLength, oneOf, required } from '../domain/field-rules';
import { SLUG_PATTERN } from '../../shared/slug';
import { deriveStockStatus } from '../../shared/stock-status';
import { categoryPathEntrySchema } from './category.model';
import { schemaVersionField } from './schema-version';

export const PRODUCT_MODEL = 'Product';

const priceSchema = new Schema(
  {
    regular: { type: Number, required: required('price.regular'), min: min(0, 'price.regular') },
    sale: {
      type: Number,
      min: min(0, 'price.sale'),
      validate: {
        validator(this: { regular?: unknown }, sale: number): boolean {
          return typeof this.regular !== 'number' || sale < this.regular;
        },
        message: 'price.sale must be below price.regular (got {VALUE})',
      },
    },
    currency: { type: String, default: 'USD', trim: true, uppercase: true, match: matches(CURRENCY_PATTERN, 'price.currency', 'a 3-letter currency code') },
  },
  { _id: false },
);

const inventorySchema = new Schema(
  {
    quantity: {
      type: Number,
      required: required('inventory.quantity'),
      validate: [
        integer('inventory.quantity'),
        {
          validator(this: { allowBackorder?: unknown }, quantity: number): boolean {
            return quantity >= 0 || this.allowBackorder === true;
          },
          message: 'inventory.quantity cannot be negative unless inventory.allowBackorder is true (got {VALUE})',
        },
      ],
    },
    lowStockThreshold: { type: Number, default: 10, min: min(0, 'inventory.lowStockThreshold'), validate: integer('inventory.lowStockThreshold') },
    // Derived from the numbers above in pre('validate'); never set by hand.
    status: { type: String, enum: oneOf(STOCK_STATUSES, 'inventory.status') },
    allowBackorder: { type: Boolean, default: false },
  },
  { _id: false },
);

// Images keep their _id: the catalog picks, reorders and removes one image at a time.
const imageSchema = new Schema({
  url: { type: String, required: required('images.url'), trim: true },
  alt: { type: String, trim: true },
  isPrimary: { type: Boolean, default: false },
});

const dimensionsSchema = new Schema(
  {
    weight: { type: Number, min: min(0, 'dimensions.weight') },
    length: { type: Number, min: min(0, 'dimensions.length') },
    width: { type: Number, min: min(0, 'dimensions.width') },
    height: { type: Number, min: min(0, 'dimensions.height') },
  },
  { _id: false },
);

const shippingSchema = new Schema(
  {
    freeShipping: { type: Boolean, default: false },
    shippingClass: { type: String, enum: oneOf(SHIPPING_CLASSES, 'shipping.shippingClass') },
    estimatedDays: { type: Number, min: min(0, 'shipping.estimatedDays'), validate: integer('shipping.estimatedDays') },
  },
  { _id: false },
);

const seoSchema = new Schema(
  {
    title: { type: String, trim: true },
    description: { type: String, trim: true },
    keywords: [{ type: String, trim: true }],
  },
  { _id: false },
);

// Kept by the reviews service from approved reviews (design document 5.2).
const ratingsSchema = new Schema(
  {
    average: { type: Number, default: 0, min: min(0, 'ratings.average'), max: max(5, 'ratings.average') },
    count: { type: Number, default: 0, min: min(0, 'ratings.count'), validate: integer('ratings.count') },
  },
  { _id: false },
);

// Variants keep their _id: orders and carts name the one chosen.
const variantSchema = new Schema({
  name: { type: String, required: required('variants.name'), trim: true },
  values: [{ type: String, trim: true }],
  priceModifier: { type: Number },
});

export const productSchema = new Schema(
  {
    name: { type: String, required: required('name'), trim: true, minlength: minLength(3, 'name'), maxlength: maxLength(200, 'name') },
    // slug and sku carry non-sparse unique indexes, so a second product without one could not be saved: required.
    slug: { type: String, required: required('slug'), trim: true, lowercase: true, match: matches(SLUG_PATTERN, 'slug', 'lowercase letters, digits and single hyphens') },
    description: { type: String, required: required('description'), trim: true },
    shortDescription: { type: String, trim: true },
    sku: { type: String, required: required('sku'), trim: true },
    category: { type: Schema.Types.ObjectId, ref: 'Category' },
    // Root to the product's category, kept by the catalog service (design document 5.2).
    categoryPath: { type: [categoryPathEntrySchema('categoryPath')], default: [] },
    subcategory: { type: String, trim: true },
    brand: { type: String, trim: true },
    price: { type: priceSchema, default: () => ({}) },
    inventory: { type: inventorySchema, default: () => ({}) },
    images: {
      type: [imageSchema],
      default: [],
      validate: {
        validator: (images: Array<{ isPrimary?: boolean | null }>): boolean =>
          images.length === 0 || images.filter((image) => image.isPrimary === true).length === 1,
        message: 'images must have exactly one primary image (isPrimary) when there are any',
      },
    },
    specifications: { type: Map, of: String },
    dimensions: { type: dimensionsSchema },
    shipping: { type: shippingSchema, default: () => ({}) },
    seo: { type: seoSchema },
    ratings: { type: ratingsSchema, default: () => ({}) },
    seller: { type: Schema.Types.ObjectId, ref: 'User' },
    status: { type: String, enum: oneOf(PRODUCT_STATUSES, 'status'), default: 'draft' },
    featured: { type: Boolean, default: false },
    tags: [{ type: String, trim: true }],
    variants: { type: [variantSchema], default: [] },
    relatedProducts: [{ type: Schema.Types.ObjectId, ref: PRODUCT_MODEL }],
    totalSold: { type: Number, default: 0, min: min(0, 'totalSold'), validate: integer('totalSold') },
    viewCount: { type: Number, default: 0, min: min(0, 'viewCount'), validate: integer('viewCount') },
    isActive: { type: Boolean, default: true },
    schemaVersion: schemaVersionField(),
  },
  { collection: 'products', timestamps: true },
);

productSchema.index({ name: 1 });
productSchema.index({ slug: 1 }, { unique: true });
productSchema.index({ sku: 1 }, { unique: true });
productSchema.index({ category: 1 });
productSchema.index({ 'price.regular': 1 });
productSchema.index({ 'ratings.average': -1 });
productSchema.index({ status: 1, isActive: 1 });
productSchema.index({ featured: 1 });
productSchema.index({ seller: 1 });
productSchema.index({ tags: 1 });
productSchema.index({ createdAt: -1 });
productSchema.index({ name: 'text', description: 'text', tags: 'text' });
// Not in the design document: serves the Dashboard's stock counts (dashboard.summary)
// and the catalog's stock-status filter.
productSchema.index({ 'inventory.status': 1 });
// Not in the design document: the catalog list pages on (sort key, _id) keysets
// (catalog.products.list); a single-field index cannot give that order, so each
// sort the list offers has its compound index. Also the brand filter and list.
productSchema.index({ updatedAt: -1, _id: -1 });
productSchema.index({ name: 1, _id: 1 });
productSchema.index({ 'price.regular': 1, _id: 1 });
productSchema.index({ createdAt: -1, _id: -1 });
productSchema.index({ 'ratings.average': -1, _id: -1 });
productSchema.index({ brand: 1 });

// The stock status follows the numbers on every save. Updates that bypass documents
// (a conditional `$inc` on inventory.quantity) must set inventory.status themselves.
productSchema.pre('validate', function () {
  const inventory = this.inventory;
  if (inventory && typeof inventory.quantity === 'number') {
    inventory.status = deriveStockStatus(inventory.quantity, inventory.lowStockThreshold ?? 10, inventory.allowBackorder ?? false);
  }
});

export type ProductAttrs = InferSchemaType<typeof productSchema>;
export type ProductDocument = HydratedDocumentFromSchema<typeof productSchema>;

/** Compiles the model on `connection`. Use `registerModels` (index.ts), which reuses a registered one. */
export function compileProductModel(connection: Connection) {
  return connection.model(PRODUCT_MODEL, productSchema);
}
export type ProductModel = ReturnType<typeof compileProductModel>;
