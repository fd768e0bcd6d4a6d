import type { Types } from 'mongoose';
import type { Product, ProductRow } from '@shared/contract';
import type { ProductStatus, ShippingClass, StockStatus } from '@shared/enums';

interface StoredPathEntry {
  _id: Types.ObjectId;
  name: string;
  slug: string;
}

/** A product as `lean()` returns it. */
export interface StoredProduct {
  _id: Types.ObjectId;
  name: string;
  slug: string;
  description: string;
  shortDescription?: string | null;
  sku: string;
  category?: Types.ObjectId | null;
  categoryPath?: StoredPathEntry[] | null;
  subcategory?: string | null;
  brand?: string | null;
  price: { regular: number; sale?: number | null; currency?: string | null };
  inventory: { quantity: number; lowStockThreshold?: number | null; status?: StockStatus | null; allowBackorder?: boolean | null };
  images?: Array<{ _id: Types.ObjectId; url: string; alt?: string | null; isPrimary?: boolean | null }> | null;
  specifications?: Record<string, string> | Map<string, string> | null;
  dimensions?: { weight?: number | null; length?: number | null; width?: number | null; height?: number | null } | null;
  shipping?: { freeShipping?: boolean | null; shippingClass?: ShippingClass | null; estimatedDays?: number | null } | null;
  seo?: { title?: string | null; description?: string | null; keywords?: string[] | null } | null;
  ratings?: { average?: number | null; count?: number | null } | null;
  seller?: Types.ObjectId | null;
  status: ProductStatus;
  featured?: boolean | null;
  tags?: string[] | null;
  variants?: Array<{ _id: Types.ObjectId; name: string; values?: string[] | null; priceModifier?: number | null }> | null;
  relatedProducts?: Types.ObjectId[] | null;
  totalSold?: number | null;
  isActive?: boolean | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The fields a list row needs; lists project to these. */
export const ROW_PROJECTION = { name: 1, sku: 1, slug: 1, images: 1, category: 1, categoryPath: 1, brand: 1, price: 1, inventory: 1, status: 1, featured: 1, updatedAt: 1, createdAt: 1, ratings: 1 } as const;

export function categoryLabel(path: readonly StoredPathEntry[] | null | undefined): string {
  return (path ?? []).map((entry) => entry.name).join(' › ');
}

function primaryImage(product: Pick<StoredProduct, 'images'>): { url: string; alt: string | null } | null {
  const images = product.images ?? [];
  const image = images.find((candidate) => candidate.isPrimary) ?? images[0];
  return image ? { url: image.url, alt: image.alt ?? null } : null;
}

export function toProductRow(product: StoredProduct): ProductRow {
  return {
    id: product._id.toHexString(),
    name: product.name,
    sku: product.sku,
    slug: product.slug,
    image: primaryImage(product),
    category: product.category ? { id: product.category.toHexString(), path: categoryLabel(product.categoryPath) } : null,
    brand: product.brand ?? null,
    price: { regular: product.price.regular, sale: product.price.sale ?? null, currency: product.price.currency ?? 'USD' },
    stock: { quantity: product.inventory.quantity, status: product.inventory.status ?? 'out_of_stock' },
    status: product.status,
    featured: product.featured === true,
    updatedAt: product.updatedAt.toISOString(),
  };
}

function specificationRows(specifications: StoredProduct['specifications']): Array<{ key: string; value: string }> {
  if (!specifications) return [];
  const entries = specifications instanceof Map ? [...specifications.entries()] : Object.entries(specifications);
  return entries.map(([key, value]) => ({ key, value }));
}

export function toProduct(
  product: StoredProduct,
  seller: { id: string; name: string } | null,
  related: Array<{ id: string; name: string; sku: string }>,
): Product {
  return {
    id: product._id.toHexString(),
    name: product.name,
    slug: product.slug,
    description: product.description,
    shortDescription: product.shortDescription ?? null,
    sku: product.sku,
    category: product.category ? product.category.toHexString() : null,
    categoryPath: (product.categoryPath ?? []).map((entry) => ({ id: entry._id.toHexString(), name: entry.name, slug: entry.slug })),
    subcategory: product.subcategory ?? null,
    brand: product.brand ?? null,
    price: { regular: product.price.regular, sale: product.price.sale ?? null, currency: product.price.currency ?? 'USD' },
    inventory: {
      quantity: product.inventory.quantity,
      lowStockThreshold: product.inventory.lowStockThreshold ?? 10,
      status: product.inventory.status ?? 'out_of_stock',
      allowBackorder: product.inventory.allowBackorder === true,
    },
    images: (product.images ?? []).map((image) => ({ id: image._id.toHexString(), url: image.url, alt: image.alt ?? null, isPrimary: image.isPrimary === true })),
    specifications: specificationRows(product.specifications),
    dimensions: {
      weight: product.dimensions?.weight ?? null,
      length: product.dimensions?.length ?? null,
      width: product.dimensions?.width ?? null,
      height: product.dimensions?.height ?? null,
    },
    shipping: {
      freeShipping: product.shipping?.freeShipping === true,
      shippingClass: product.shipping?.shippingClass ?? null,
      estimatedDays: product.shipping?.estimatedDays ?? null,
    },
    seo: { title: product.seo?.title ?? null, description: product.seo?.description ?? null, keywords: product.seo?.keywords ?? [] },
    ratings: { average: product.ratings?.average ?? 0, count: product.ratings?.count ?? 0 },
    seller,
    status: product.status,
    featured: product.featured === true,
    tags: product.tags ?? [],
    variants: (product.variants ?? []).map((variant) => ({ id: variant._id.toHexString(), name: variant.name, values: variant.values ?? [], priceModifier: variant.priceModifier ?? 0 })),
    relatedProducts: related,
    totalSold: product.totalSold ?? 0,
    isActive: product.isActive !== false,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}
