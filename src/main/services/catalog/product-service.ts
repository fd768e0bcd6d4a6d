import { trusted, Types } from 'mongoose';
import type { Product, ProductInput } from '@shared/contract';
import { productInputSchema } from '@shared/contract';
import type { z } from 'zod';
import type { AuditRecorder } from '../../audit/audit-recorder';
import type { Session } from '../../auth/session-manager';
import { slugify } from '../../../shared/slug';
import { deriveStockStatus } from '../../../shared/stock-status';
import { AppError } from '../../errors';
import type { Models } from '../../models';
import { notFoundById } from '../references';
import { countProductDependents, deleteProductCascade, onProductCategoryChanged, prepareProductCategory } from './product-integrity';
import { toProduct, type StoredProduct } from './product-dto';
import { listProducts, type ProductListInput } from './product-list';

type ParsedProduct = z.output<typeof productInputSchema>;

export interface ProductServiceDeps {
  models: () => Models;
  capabilities: () => { textSearch: boolean };
  /** Who last changed a document, for the conflict message (from the audit log). */
  lastChangedBy: (collection: string, targetId: string) => Promise<{ name: string; at: string } | null>;
}

/** Sellers see and change their own products only; to them another's product does not exist. */
function scopeOf(session: Session): Record<string, unknown> {
  return session.role === 'seller' ? { seller: new Types.ObjectId(session.userId) } : {};
}

function productNotFound(id: string): AppError {
  return notFoundById('id', 'product', id);
}

/** Absent rather than null: the model's number validators refuse null. */
function withoutNulls<T extends Record<string, unknown>>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, inner]) => inner !== null && inner !== undefined)) as Partial<T>;
}

/** The stored form of the editor's input: specs as a map, derived stock status, nulls as absent. */
function storedFields(input: ParsedProduct, slug: string, seller: Types.ObjectId | null, category: { category: string | null; categoryPath: Array<{ _id: string; name: string; slug: string }> }) {
  return {
    name: input.name,
    slug,
    description: input.description,
    shortDescription: input.shortDescription || undefined,
    sku: input.sku,
    category: category.category ? new Types.ObjectId(category.category) : null,
    categoryPath: category.categoryPath.map((entry) => ({ _id: new Types.ObjectId(entry._id), name: entry.name, slug: entry.slug })),
    subcategory: input.subcategory || undefined,
    brand: input.brand || undefined,
    price: { regular: input.price.regular, ...(input.price.sale != null ? { sale: input.price.sale } : {}), currency: input.price.currency },
    inventory: {
      quantity: input.inventory.quantity,
      lowStockThreshold: input.inventory.lowStockThreshold,
      allowBackorder: input.inventory.allowBackorder,
      status: deriveStockStatus(input.inventory.quantity, input.inventory.lowStockThreshold, input.inventory.allowBackorder),
    },
    images: input.images.map((image) => ({ url: image.url, alt: image.alt || undefined, isPrimary: image.isPrimary })),
    specifications: Object.fromEntries(input.specifications.map((row) => [row.key, row.value])),
    dimensions: withoutNulls(input.dimensions),
    shipping: { freeShipping: false, ...withoutNulls(input.shipping) },
    seo: input.seo ?? { keywords: [] },
    seller,
    status: input.status,
    featured: input.featured,
    tags: [...new Set(input.tags)],
    variants: input.variants,
    relatedProducts: input.relatedProducts.map((id) => new Types.ObjectId(id)),
    isActive: input.isActive,
  };
}

/** The catalog's products: list, read, create, edit, duplicate, delete. */
export function createProductService(deps: ProductServiceDeps) {
  async function load(id: string, session: Session): Promise<StoredProduct> {
    const product = await deps.models().Product.findOne({ _id: new Types.ObjectId(id), ...scopeOf(session) }).lean<StoredProduct>();
    if (!product) throw productNotFound(id);
    return product;
  }

  async function present(product: StoredProduct): Promise<Product> {
    const { User, Product: Products } = deps.models();
    const [seller, related] = await Promise.all([
      product.seller ? User.findById(product.seller, { firstName: 1, lastName: 1 }).lean() : null,
      (product.relatedProducts ?? []).length > 0 ? Products.find({ _id: trusted({ $in: product.relatedProducts }) }, { name: 1, sku: 1 }).lean() : [],
    ]);
    return toProduct(
      product,
      seller ? { id: seller._id.toHexString(), name: `${seller.firstName} ${seller.lastName}` } : product.seller ? { id: product.seller.toHexString(), name: 'Deleted user' } : null,
      related.map((row) => ({ id: row._id.toHexString(), name: row.name, sku: row.sku })),
    );
  }

  /** Which product already uses a SKU or slug (other than `excludeId`). */
  async function owners(sku: string | undefined, slug: string | undefined, excludeId?: string) {
    const { Product: Products } = deps.models();
    const other = excludeId ? { _id: trusted({ $ne: new Types.ObjectId(excludeId) }) } : {};
    const [bySku, bySlug] = await Promise.all([
      sku ? Products.findOne({ sku, ...other }, { name: 1 }).lean() : null,
      slug ? Products.findOne({ slug, ...other }, { name: 1 }).lean() : null,
    ]);
    return {
      sku: bySku ? { id: bySku._id.toHexString(), name: bySku.name } : null,
      slug: bySlug ? { id: bySlug._id.toHexString(), name: bySlug.name } : null,
    };
  }

  /** A free slug: the one asked for (CONFLICT when taken), or one made from the name with -2, -3… */
  async function chooseSlug(input: ParsedProduct, excludeId?: string): Promise<string> {
    if (input.slug) {
      const taken = (await owners(undefined, input.slug, excludeId)).slug;
      if (taken) throw new AppError('CONFLICT', `slug: "${input.slug}" is used by "${taken.name}"`, { slug: `Used by "${taken.name}"` });
      return input.slug;
    }
    const base = slugify(input.name) || 'product';
    for (let suffix = 1; suffix < 1000; suffix += 1) {
      const candidate = suffix === 1 ? base : `${base}-${suffix}`;
      if (!(await owners(undefined, candidate, excludeId)).slug) return candidate;
    }
    throw new AppError('CONFLICT', 'slug: no free slug could be made from this name; enter one', { slug: 'Enter a slug' });
  }

  async function assertSkuFree(sku: string, excludeId?: string): Promise<void> {
    const taken = (await owners(sku, undefined, excludeId)).sku;
    if (taken) throw new AppError('CONFLICT', `sku: "${sku}" is used by "${taken.name}"`, { sku: `Used by "${taken.name}"` });
  }

  /** Admins choose the seller (a staff member); a seller's products are always their own. */
  async function sellerFor(input: ParsedProduct, session: Session): Promise<Types.ObjectId | null> {
    if (session.role === 'seller') return new Types.ObjectId(session.userId);
    if (!input.seller) return null;
    const seller = await deps.models().User.exists({ _id: new Types.ObjectId(input.seller), role: trusted({ $in: ['seller', 'admin'] }) });
    if (!seller) throw new AppError('VALIDATION', 'seller: no staff member with this id', { seller: 'No staff member with this id' });
    return seller._id;
  }

  async function assertRelatedExist(ids: string[], selfId?: string): Promise<void> {
    if (selfId && ids.includes(selfId)) throw new AppError('VALIDATION', 'relatedProducts: a product cannot be related to itself', { relatedProducts: 'Cannot include this product itself' });
    if (ids.length === 0) return;
    const found = await deps.models().Product.countDocuments({ _id: trusted({ $in: ids.map((id) => new Types.ObjectId(id)) }) });
    if (found !== new Set(ids).size) throw new AppError('VALIDATION', 'relatedProducts: some related products do not exist', { relatedProducts: 'Some of these products no longer exist' });
  }

  /** Runs the model's own validation on the document a save would write. */
  async function validate(fields: Record<string, unknown>): Promise<void> {
    await new (deps.models().Product)(fields).validate();
  }

  return {
    list(input: ProductListInput, session: Session) {
      return listProducts(deps.models(), input, scopeOf(session), deps.capabilities());
    },

    async brands(session: Session): Promise<{ brands: string[] }> {
      const brands = (await deps.models().Product.distinct('brand', scopeOf(session))) as unknown[];
      return { brands: brands.filter((brand): brand is string => typeof brand === 'string' && brand !== '').sort((a, b) => a.localeCompare(b)) };
    },

    async get(id: string, session: Session): Promise<{ product: Product }> {
      return { product: await present(await load(id, session)) };
    },

    checkUnique(input: { sku?: string; slug?: string; excludeId?: string }) {
      return owners(input.sku, input.slug, input.excludeId);
    },

    async create(raw: ProductInput, session: Session, audit: AuditRecorder): Promise<{ product: Product }> {
      const input = productInputSchema.parse(raw);
      await assertSkuFree(input.sku);
      const [slug, seller, category] = await Promise.all([chooseSlug(input), sellerFor(input, session), prepareProductCategory(deps.models(), input.category)]);
      await assertRelatedExist(input.relatedProducts);
      const fields = storedFields(input, slug, seller, category);
      await validate(fields);
      const created = await deps.models().Product.create(fields);
      await onProductCategoryChanged(deps.models(), null, category.category);
      const stored = await load(created._id.toHexString(), session);
      audit.record({ collection: 'products', targetId: created._id.toHexString(), before: null, after: fields });
      return { product: await present(stored) };
    },

    async update(id: string, expectedUpdatedAt: string, raw: ProductInput, session: Session, audit: AuditRecorder): Promise<{ product: Product }> {
      const input = productInputSchema.parse(raw);
      const before = await load(id, session);
      const expected = new Date(expectedUpdatedAt);
      if (before.updatedAt.getTime() !== expected.getTime()) throw await conflict(id, before.updatedAt);
      await assertSkuFree(input.sku, id);
      const [slug, seller, category] = await Promise.all([chooseSlug(input, id), sellerFor(input, session), prepareProductCategory(deps.models(), input.category)]);
      await assertRelatedExist(input.relatedProducts, id);
      const fields = storedFields(input, slug, session.role === 'seller' ? (before.seller ?? seller) : seller, category);
      await validate({ ...fields, ratings: before.ratings });

      // Written only if nobody saved since it was read: no silent lost update.
      const result = await deps.models().Product.updateOne(
        { _id: before._id, updatedAt: before.updatedAt },
        { $set: { ...fields, updatedAt: new Date() } },
        { timestamps: false },
      );
      if (result.matchedCount === 0) throw await conflict(id, null);
      await onProductCategoryChanged(deps.models(), before.category ?? null, category.category);
      const after = await load(id, session);
      audit.record({ collection: 'products', targetId: id, before: comparable(before), after: comparable(after) });
      return { product: await present(after) };
    },

    async duplicate(id: string, session: Session, audit: AuditRecorder): Promise<{ product: Product }> {
      const original = await present(await load(id, session));
      const copy: ProductInput = {
        ...editableInput(original),
        name: `${original.name} (copy)`.slice(0, 200),
        slug: '',
        sku: await freeSku(`${original.sku}-COPY`),
        status: 'draft',
        featured: false,
      };
      const created = await this.create(copy, session, audit);
      return created;
    },

    async dependents(id: string, session: Session) {
      await load(id, session);
      return countProductDependents(deps.models(), id);
    },

    async remove(id: string, session: Session, audit: AuditRecorder) {
      const before = await load(id, session);
      const report = await deleteProductCascade(deps.models(), id);
      audit.record({ collection: 'products', targetId: id, before: comparable(before), after: null });
      const { couponsDeactivated: _deactivated, ...counts } = report;
      return counts;
    },
  };

  async function freeSku(base: string): Promise<string> {
    for (let suffix = 1; suffix < 1000; suffix += 1) {
      const candidate = (suffix === 1 ? base : `${base}-${suffix}`).slice(0, 64);
      if (!(await owners(candidate, undefined)).sku) return candidate;
    }
    throw new AppError('CONFLICT', 'sku: no free SKU could be made for the copy', { sku: 'Enter a SKU' });
  }

  async function conflict(id: string, storedAt: Date | null): Promise<AppError> {
    const changed = await deps.lastChangedBy('products', id);
    const who = changed ? `${changed.name} at ${changed.at}` : storedAt ? `someone at ${storedAt.toISOString()}` : 'someone';
    return new AppError('CONFLICT', `This product was changed by ${who} since you opened it. Reload to see their changes, or overwrite them.`);
  }
}

/** What the audit diff compares: the stored product without bookkeeping fields. */
function comparable(product: StoredProduct): Record<string, unknown> {
  const { _id: _ignoredId, createdAt: _created, updatedAt: _updated, ...rest } = product as StoredProduct & { __v?: number };
  return { ...rest, specifications: rest.specifications instanceof Map ? Object.fromEntries(rest.specifications) : rest.specifications };
}

/** The editor's input for an existing product (used to duplicate it). */
export function editableInput(product: Product): ProductInput {
  return {
    name: product.name,
    slug: product.slug,
    description: product.description,
    shortDescription: product.shortDescription ?? undefined,
    sku: product.sku,
    category: product.category,
    subcategory: product.subcategory ?? undefined,
    brand: product.brand ?? undefined,
    price: { regular: product.price.regular, sale: product.price.sale, currency: product.price.currency },
    inventory: { quantity: product.inventory.quantity, lowStockThreshold: product.inventory.lowStockThreshold, allowBackorder: product.inventory.allowBackorder },
    images: product.images.map((image) => ({ url: image.url, alt: image.alt ?? undefined, isPrimary: image.isPrimary })),
    specifications: product.specifications,
    dimensions: product.dimensions,
    shipping: product.shipping,
    seo: { title: product.seo.title ?? undefined, description: product.seo.description ?? undefined, keywords: product.seo.keywords },
    seller: product.seller?.id ?? null,
    status: product.status,
    featured: product.featured,
    tags: product.tags,
    variants: product.variants.map((variant) => ({ name: variant.name, values: variant.values, priceModifier: variant.priceModifier })),
    relatedProducts: product.relatedProducts.map((related) => related.id),
    isActive: product.isActive,
  };
}

export type ProductService = ReturnType<typeof createProductService>;
