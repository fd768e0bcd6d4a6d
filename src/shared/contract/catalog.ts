import { z } from 'zod';
import { PRODUCT_STATUSES, SHIPPING_CLASSES, STOCK_STATUSES } from '../enums';
import { defineChannel } from './channel';
import { objectIdSchema } from './common';
import { jobSchema } from './jobs';

// ---- categories ----------------------------------------------------------------------

export const categoryPathEntrySchema = z.object({ id: z.string(), name: z.string(), slug: z.string() });
export type CategoryPathEntry = z.infer<typeof categoryPathEntrySchema>;

export const categorySchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
  parent: z.string().nullable(),
  level: z.number().int(),
  /** Ancestors, root first. */
  path: z.array(categoryPathEntrySchema),
  image: z.string().nullable(),
  icon: z.string().nullable(),
  order: z.number().int(),
  isActive: z.boolean(),
  metadata: z.object({ seoTitle: z.string().nullable(), seoDescription: z.string().nullable(), keywords: z.array(z.string()) }),
  /** Products directly in this category (not its subcategories). */
  productCount: z.number().int(),
});
export type Category = z.infer<typeof categorySchema>;

const slugInput = z
  .string()
  .trim()
  .toLowerCase()
  .max(120, 'Must be at most 120 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Only lowercase letters, digits and single hyphens');
const optionalText = (max: number) => z.string().trim().max(max, `Must be at most ${max} characters`).optional();
const urlInput = z.string().trim().max(2000).url('Must be a full URL (https://…)');

export const categoryInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'Required').max(100, 'Must be at most 100 characters'),
  slug: slugInput.optional(),
  description: optionalText(2000),
  image: urlInput.optional().or(z.literal('')),
  icon: optionalText(200),
  order: z.number().int().min(0).max(100_000).optional(),
  isActive: z.boolean().optional(),
  metadata: z
    .strictObject({ seoTitle: optionalText(70), seoDescription: optionalText(160), keywords: z.array(z.string().trim().min(1).max(50)).max(30).optional() })
    .optional(),
});
export type CategoryInput = z.infer<typeof categoryInputSchema>;

// ---- products ------------------------------------------------------------------------

const money = z.number().min(0, 'Cannot be negative').max(100_000_000).multipleOf(0.01, 'At most two decimals');

export const productInputSchema = z
  .strictObject({
    name: z.string().trim().min(3, 'At least 3 characters').max(200, 'At most 200 characters'),
    /** Generated from the name when empty. */
    slug: slugInput.optional().or(z.literal('')),
    description: z.string().trim().min(1, 'Required').max(20_000, 'At most 20,000 characters'),
    shortDescription: optionalText(500),
    sku: z.string().trim().min(1, 'Required').max(64, 'At most 64 characters').regex(/^[A-Za-z0-9._-]+$/, 'Letters, digits, dot, dash and underscore only'),
    category: objectIdSchema.nullable().optional(),
    subcategory: optionalText(100),
    brand: optionalText(100),
    price: z.strictObject({
      regular: money,
      sale: money.nullable().optional(),
      currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'A 3-letter currency code').default('USD'),
    }),
    inventory: z.strictObject({
      quantity: z.number().int('A whole number'),
      lowStockThreshold: z.number().int('A whole number').min(0).max(1_000_000).default(10),
      allowBackorder: z.boolean().default(false),
    }),
    images: z
      .array(z.strictObject({ url: urlInput, alt: optionalText(200), isPrimary: z.boolean() }))
      .max(30, 'At most 30 images')
      .default([]),
    specifications: z
      .array(z.strictObject({ key: z.string().trim().min(1, 'Required').max(100), value: z.string().trim().max(500) }))
      .max(100)
      .default([]),
    dimensions: z
      .strictObject({
        weight: z.number().min(0).max(100_000).nullable().optional(),
        length: z.number().min(0).max(100_000).nullable().optional(),
        width: z.number().min(0).max(100_000).nullable().optional(),
        height: z.number().min(0).max(100_000).nullable().optional(),
      })
      .optional(),
    shipping: z
      .strictObject({
        freeShipping: z.boolean().default(false),
        shippingClass: z.enum(SHIPPING_CLASSES).nullable().optional(),
        estimatedDays: z.number().int().min(0).max(365).nullable().optional(),
      })
      .optional(),
    seo: z
      .strictObject({ title: optionalText(70), description: optionalText(160), keywords: z.array(z.string().trim().min(1).max(50)).max(30).default([]) })
      .optional(),
    seller: objectIdSchema.nullable().optional(),
    status: z.enum(PRODUCT_STATUSES).default('draft'),
    featured: z.boolean().default(false),
    tags: z.array(z.string().trim().min(1).max(50)).max(50).default([]),
    variants: z
      .array(
        z.strictObject({
          name: z.string().trim().min(1, 'Required').max(50),
          values: z.array(z.string().trim().min(1).max(50)).min(1, 'At least one value').max(100),
          priceModifier: z.number().min(-100_000).max(100_000).multipleOf(0.01).default(0),
        }),
      )
      .max(20)
      .default([]),
    relatedProducts: z.array(objectIdSchema).max(50).default([]),
    isActive: z.boolean().default(true),
  })
  .superRefine((product, context) => {
    if (product.price.sale !== undefined && product.price.sale !== null && product.price.sale >= product.price.regular) {
      context.addIssue({ code: 'custom', path: ['price', 'sale'], message: 'Must be below the regular price' });
    }
    if (product.inventory.quantity < 0 && !product.inventory.allowBackorder) {
      context.addIssue({ code: 'custom', path: ['inventory', 'quantity'], message: 'Cannot be negative unless backorders are allowed' });
    }
    if (product.images.length > 0 && product.images.filter((image) => image.isPrimary).length !== 1) {
      context.addIssue({ code: 'custom', path: ['images'], message: 'Mark exactly one image as primary' });
    }
    const keys = product.specifications.map((row) => row.key.toLowerCase());
    keys.forEach((key, index) => {
      if (keys.indexOf(key) !== index) context.addIssue({ code: 'custom', path: ['specifications', index, 'key'], message: 'This key is used twice' });
    });
  });
export type ProductInput = z.input<typeof productInputSchema>;

export const productSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  shortDescription: z.string().nullable(),
  sku: z.string(),
  category: z.string().nullable(),
  categoryPath: z.array(categoryPathEntrySchema),
  subcategory: z.string().nullable(),
  brand: z.string().nullable(),
  price: z.object({ regular: z.number(), sale: z.number().nullable(), currency: z.string() }),
  inventory: z.object({ quantity: z.number(), lowStockThreshold: z.number(), status: z.enum(STOCK_STATUSES), allowBackorder: z.boolean() }),
  images: z.array(z.object({ id: z.string(), url: z.string(), alt: z.string().nullable(), isPrimary: z.boolean() })),
  specifications: z.array(z.object({ key: z.string(), value: z.string() })),
  dimensions: z.object({ weight: z.number().nullable(), length: z.number().nullable(), width: z.number().nullable(), height: z.number().nullable() }),
  shipping: z.object({ freeShipping: z.boolean(), shippingClass: z.enum(SHIPPING_CLASSES).nullable(), estimatedDays: z.number().nullable() }),
  seo: z.object({ title: z.string().nullable(), description: z.string().nullable(), keywords: z.array(z.string()) }),
  ratings: z.object({ average: z.number(), count: z.number() }),
  seller: z.object({ id: z.string(), name: z.string() }).nullable(),
  status: z.enum(PRODUCT_STATUSES),
  featured: z.boolean(),
  tags: z.array(z.string()),
  variants: z.array(z.object({ id: z.string(), name: z.string(), values: z.array(z.string()), priceModifier: z.number() })),
  relatedProducts: z.array(z.object({ id: z.string(), name: z.string(), sku: z.string() })),
  totalSold: z.number(),
  isActive: z.boolean(),
  createdAt: z.string(),
  /** The version the editor saves against: a save with an older one is a CONFLICT. */
  updatedAt: z.string(),
});
export type Product = z.infer<typeof productSchema>;

export const productRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  sku: z.string(),
  slug: z.string(),
  image: z.object({ url: z.string(), alt: z.string().nullable() }).nullable(),
  category: z.object({ id: z.string(), path: z.string() }).nullable(),
  brand: z.string().nullable(),
  price: z.object({ regular: z.number(), sale: z.number().nullable(), currency: z.string() }),
  stock: z.object({ quantity: z.number(), status: z.enum(STOCK_STATUSES) }),
  status: z.enum(PRODUCT_STATUSES),
  featured: z.boolean(),
  updatedAt: z.string(),
});
export type ProductRow = z.infer<typeof productRowSchema>;

/** Sorts the list offers, each served by an index (see product.model.ts). */
export const PRODUCT_SORTS = ['updatedAt', 'name', 'price', 'createdAt', 'rating'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export const productFiltersShape = {
  search: z.string().trim().max(200).optional(),
  status: z.enum(PRODUCT_STATUSES).optional(),
  /** Includes its subcategories. */
  category: objectIdSchema.optional(),
  brand: z.string().trim().max(100).optional(),
  featured: z.boolean().optional(),
  stock: z.enum(STOCK_STATUSES).optional(),
  priceMin: z.number().min(0).optional(),
  priceMax: z.number().min(0).optional(),
};
export const productFiltersSchema = z.strictObject(productFiltersShape);
export type ProductFilters = z.infer<typeof productFiltersSchema>;

export const catalogChannels = {
  'catalog.categories.list': defineChannel({
    input: z.strictObject({}),
    output: z.object({ categories: z.array(categorySchema) }),
    permission: 'catalog.read',
    mutates: false,
  }),
  'catalog.categories.create': defineChannel({
    input: z.strictObject({ parent: objectIdSchema.nullable(), category: categoryInputSchema }),
    output: z.object({ category: categorySchema }),
    permission: 'categories.write',
    mutates: true,
  }),
  'catalog.categories.update': defineChannel({
    input: z.strictObject({ id: objectIdSchema, category: categoryInputSchema.partial() }),
    output: z.object({ category: categorySchema }),
    permission: 'categories.write',
    mutates: true,
  }),
  'catalog.categories.move': defineChannel({
    input: z.strictObject({ id: objectIdSchema, parent: objectIdSchema.nullable(), order: z.number().int().min(0).max(100_000).optional() }),
    output: z.object({ category: categorySchema }),
    permission: 'categories.write',
    mutates: true,
  }),
  'catalog.categories.reorder': defineChannel({
    /** Every child of `parent`, in the new order (one write for the whole row of siblings). */
    input: z.strictObject({ parent: objectIdSchema.nullable(), ids: z.array(objectIdSchema).min(1).max(1000) }),
    output: z.object({ categories: z.array(categorySchema) }),
    permission: 'categories.write',
    mutates: true,
  }),
  'catalog.categories.delete': defineChannel({
    input: z.strictObject({ id: objectIdSchema, moveProductsTo: objectIdSchema.optional() }),
    output: z.object({ productsMoved: z.number().int(), coupons: z.number().int(), couponsDeactivated: z.number().int() }),
    permission: 'categories.write',
    mutates: true,
  }),

  'catalog.products.list': defineChannel({
    input: z
      .strictObject({
        ...productFiltersShape,
        sort: z.enum(PRODUCT_SORTS).default('updatedAt'),
        direction: z.enum(['asc', 'desc']).default('desc'),
        cursor: z.string().max(500).optional(),
        limit: z.number().int().min(1).max(100).default(25),
      })
      .refine((input) => input.priceMin === undefined || input.priceMax === undefined || input.priceMin <= input.priceMax, {
        path: ['priceMax'],
        message: 'Must not be below the minimum price',
      }),
    output: z.object({
      items: z.array(productRowSchema),
      nextCursor: z.string().nullable(),
      /** Matching products; for a search, the matches found (searches are capped). */
      total: z.number().int(),
      /** How the search was answered, so the list can say so. */
      searchMode: z.enum(['none', 'exact', 'text', 'prefix']),
    }),
    permission: 'catalog.read',
    mutates: false,
  }),
  'catalog.products.brands': defineChannel({
    input: z.strictObject({}),
    output: z.object({ brands: z.array(z.string()) }),
    permission: 'catalog.read',
    mutates: false,
  }),
  'catalog.products.get': defineChannel({
    input: z.strictObject({ id: objectIdSchema }),
    output: z.object({ product: productSchema }),
    permission: 'catalog.read',
    mutates: false,
  }),
  'catalog.products.checkUnique': defineChannel({
    input: z.strictObject({ sku: z.string().trim().max(64).optional(), slug: z.string().trim().max(120).optional(), excludeId: objectIdSchema.optional() }),
    output: z.object({
      sku: z.object({ id: z.string(), name: z.string() }).nullable(),
      slug: z.object({ id: z.string(), name: z.string() }).nullable(),
    }),
    permission: 'catalog.read',
    mutates: false,
  }),
  'catalog.products.create': defineChannel({
    input: z.strictObject({ product: productInputSchema }),
    output: z.object({ product: productSchema }),
    permission: 'catalog.write',
    mutates: true,
  }),
  'catalog.products.update': defineChannel({
    input: z.strictObject({
      id: objectIdSchema,
      /** The `updatedAt` the editor loaded; a newer stored one is a CONFLICT naming who changed it. */
      expectedUpdatedAt: z.iso.datetime({ offset: true }),
      product: productInputSchema,
    }),
    output: z.object({ product: productSchema }),
    permission: 'catalog.write',
    mutates: true,
  }),
  'catalog.products.duplicate': defineChannel({
    input: z.strictObject({ id: objectIdSchema }),
    output: z.object({ product: productSchema }),
    permission: 'catalog.write',
    mutates: true,
  }),
  'catalog.products.dependents': defineChannel({
    input: z.strictObject({ id: objectIdSchema }),
    output: z.object({ reviews: z.number().int(), carts: z.number().int(), wishlists: z.number().int(), relatedProducts: z.number().int(), coupons: z.number().int() }),
    permission: 'catalog.read',
    mutates: false,
  }),
  'catalog.products.delete': defineChannel({
    input: z.strictObject({ id: objectIdSchema }),
    output: z.object({ reviews: z.number().int(), carts: z.number().int(), wishlists: z.number().int(), relatedProducts: z.number().int(), coupons: z.number().int() }),
    permission: 'catalog.write',
    mutates: true,
  }),
};

// ---- bulk changes --------------------------------------------------------------------

/** Which products: picked rows, or every product matching the list's filters. */
export const bulkSelectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ids'), ids: z.array(objectIdSchema).min(1, 'Select at least one product').max(1000, 'At most 1,000 picked rows; use "all matching" for more') }),
  z.strictObject({ kind: z.literal('filter'), filters: productFiltersSchema }),
]);
export type BulkSelection = z.infer<typeof bulkSelectionSchema>;

export const bulkActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('publish') }),
  z.strictObject({ type: z.literal('archive') }),
  z.strictObject({ type: z.literal('setFeatured'), featured: z.boolean() }),
  z.strictObject({ type: z.literal('moveToCategory'), category: objectIdSchema.nullable() }),
  z.strictObject({ type: z.literal('addTags'), tags: z.array(z.string().trim().min(1).max(50)).min(1).max(20) }),
  z.strictObject({ type: z.literal('removeTags'), tags: z.array(z.string().trim().min(1).max(50)).min(1).max(20) }),
  z.strictObject({
    type: z.literal('changePrice'),
    /** percent: +10 raises by 10 %, -15 lowers by 15 %; fixed: an amount added (negative lowers). */
    mode: z.enum(['percent', 'fixed']),
    amount: z.number().min(-100_000).max(100_000).refine((value) => value !== 0, 'Must not be zero'),
    target: z.enum(['regular', 'sale', 'both']),
  }),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;

export const pricePreviewRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  sku: z.string(),
  before: z.object({ regular: z.number(), sale: z.number().nullable() }),
  after: z.object({ regular: z.number(), sale: z.number().nullable() }),
  /** Why this row would be refused (price below zero, sale not below regular). */
  problem: z.string().nullable(),
});
export type PricePreviewRow = z.infer<typeof pricePreviewRowSchema>;

export const bulkChannels = {
  'catalog.bulk.preview': defineChannel({
    input: z.strictObject({ selection: bulkSelectionSchema, action: bulkActionSchema }),
    output: z.object({ total: z.number().int(), sample: z.array(pricePreviewRowSchema) }),
    permission: 'catalog.write',
    mutates: false,
  }),
  'catalog.bulk.start': defineChannel({
    input: z.strictObject({ selection: bulkSelectionSchema, action: bulkActionSchema }),
    output: z.object({ job: jobSchema }),
    permission: 'catalog.write',
    mutates: true,
  }),
};
