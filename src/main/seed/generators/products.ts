import type { Types } from 'mongoose';
import { roundMoney } from '../../domain/cart-totals';
import type { ProductStatus, ShippingClass, StockStatus } from '../../domain/enums';
import { slugify } from '../../../shared/slug';
import { deriveStockStatus } from '../../../shared/stock-status';
import { CURRENT_SCHEMA_VERSION } from '../../models/schema-version';
import { roundRating } from '../../services/reviews/review-integrity';
import { DAY_MS } from '../clock';
import { CLOSERS, MODEL_WORDS, QUALITIES, type LeafProfile } from '../data/taxonomy';
import { subdocumentIndex } from '../ids';
import type { Random } from '../prng';
import type { SeedWorld } from '../world';
import type { CategoryNode, CategoryPathEntry } from './categories';
import { variantLabel } from '../../domain/variant-price';

export interface SeedVariant {
  _id: Types.ObjectId;
  name: string;
  values: string[];
  priceModifier?: number;
}

/**
 * The part of a product other documents copy (order snapshots, cart prices,
 * review wording). Cheap to recompute from the index: drawn from the product's
 * own stream before anything else, while descriptions and specifications come
 * from a second stream only the products collection reads.
 */
export interface ProductCore {
  index: number;
  id: Types.ObjectId;
  createdAt: number;
  leaf: CategoryNode;
  profile: LeafProfile;
  brand: string;
  noun: string;
  name: string;
  slug: string;
  sku: string;
  price: { regular: number; sale?: number };
  /** What a customer pays for the plain product: the sale price when there is one. */
  unitPrice: number;
  primaryImage: string;
  status: ProductStatus;
  variants: SeedVariant[];
  /** Between 1 and 5: how reviewers tend to rate it. */
  quality: number;
  seller: Types.ObjectId;
}

export interface ProductDoc {
  _id: Types.ObjectId;
  name: string;
  slug: string;
  description: string;
  shortDescription: string;
  sku: string;
  category: Types.ObjectId;
  categoryPath: CategoryPathEntry[];
  subcategory: string;
  brand: string;
  price: { regular: number; sale?: number; currency: string };
  inventory: { quantity: number; lowStockThreshold: number; status: StockStatus; allowBackorder: boolean };
  images: Array<{ _id: Types.ObjectId; url: string; alt: string; isPrimary: boolean }>;
  specifications: Record<string, string>;
  dimensions: { weight: number; length: number; width: number; height: number };
  shipping: { freeShipping: boolean; shippingClass: ShippingClass; estimatedDays: number };
  seo: { title: string; description: string; keywords: string[] };
  ratings: { average: number; count: number };
  seller: Types.ObjectId;
  status: ProductStatus;
  featured: boolean;
  tags: string[];
  variants: SeedVariant[];
  relatedProducts: Types.ObjectId[];
  totalSold: number;
  viewCount: number;
  isActive: boolean;
  schemaVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The denormalised figures a product carries, summed from orders and approved reviews. */
export interface ProductTotals {
  totalSold: number;
  ratingSum: number;
  ratingCount: number;
}

/** Products this close to the start are published and old, so every order date finds something to buy. */
export const EARLY_PRODUCTS = 24;

/** Up to 9.99 rounded up to x.99; above 100 to x9.99. */
function shelfPrice(value: number): number {
  return roundMoney(value >= 100 ? Math.floor(value / 10) * 10 + 9.99 : Math.floor(value) + 0.99);
}

/** A markdown rounded down to x.99 (x9.99 above 100), so it stays below the regular price. */
function markdownPrice(value: number): number {
  return roundMoney(value >= 100 ? Math.floor(value / 10) * 10 - 0.01 : Math.floor(value) - 0.01);
}

function code(text: string): string {
  return slugify(text).replace(/-/g, '').slice(0, 3).toUpperCase().padEnd(3, 'X');
}

export function productCore(world: SeedWorld, index: number): ProductCore {
  const rng = world.rng('product', index);
  const early = index < EARLY_PRODUCTS;
  const createdAt = early || rng.chance(0.88) ? world.clock.betweenDaysAgo(rng, 1_000, 400) : world.clock.betweenDaysAgo(rng, 365, 20);
  const leafPosition = world.leafSlots[index % world.leafSlots.length]!;
  const leaf = world.leaves[leafPosition]!;
  const profile = leaf.profile!;
  const brand = rng.pick(profile.brands);
  const noun = rng.pick(profile.nouns);
  const model = `${rng.pick(MODEL_WORDS)}${rng.chance(0.5) ? ` ${rng.int(2, 9)}${rng.pick(['', '0', ' Pro', 'X', 'S'])}` : ''}`;
  const name = `${brand} ${model} ${noun}`;
  const slug = `${slugify(name)}-${index.toString(36)}`;
  const [low, high] = profile.price;
  const regular = shelfPrice(Math.exp(rng.float(Math.log(low), Math.log(high))));
  const sale = rng.chance(0.22) ? markdownPrice(regular * rng.float(0.6, 0.92)) : undefined;
  const price = sale !== undefined && sale > 0 && sale < regular ? { regular, sale } : { regular };
  const status: ProductStatus = early ? 'published' : rng.weighted([['published', 85], ['draft', 8], ['archived', 7]] as const);
  const variants: SeedVariant[] = [];
  if (profile.variants.length > 0 && rng.chance(0.35)) {
    const options = rng.sample(profile.variants, rng.int(1, Math.min(2, profile.variants.length)));
    options.forEach((option, position) => {
      const values = option.values.length > 2 ? rng.sample(option.values, rng.int(2, option.values.length)) : option.values.slice();
      variants.push({
        _id: world.id('productVariant', subdocumentIndex(index, 8 + position), createdAt),
        name: option.name,
        values,
        ...(option.priceModifier !== undefined ? { priceModifier: option.priceModifier } : {}),
      });
    });
  }
  const seller = world.sellers[rng.int(0, world.sellers.length - 1)]!;
  return {
    index,
    id: world.id('product', index, createdAt),
    createdAt,
    leaf,
    profile,
    brand,
    noun,
    name,
    slug,
    sku: `${code(leaf.slug)}-${code(brand)}-${String(index).padStart(6, '0')}`,
    price,
    unitPrice: price.sale ?? price.regular,
    primaryImage: `https://cdn.example.com/backroom/products/${slug}/1.jpg`,
    status,
    variants,
    quality: rng.float(2.4, 4.9),
    seller: seller.id,
  };
}

/** A variant a buyer chose ("Color: Navy") and what it adds to the price. */
export interface VariantChoice {
  label: string;
  priceModifier: number;
}

export function chooseVariant(product: ProductCore, rng: Random): VariantChoice | undefined {
  if (product.variants.length === 0 || !rng.chance(0.8)) return undefined;
  const variant = rng.pick(product.variants);
  return { label: variantLabel(variant.name, rng.pick(variant.values)), priceModifier: variant.priceModifier ?? 0 };
}

export function unitPriceWith(product: ProductCore, variant: VariantChoice | undefined): number {
  return roundMoney(product.unitPrice + (variant?.priceModifier ?? 0));
}

interface ProductFilter {
  /** Only products that existed before this time. */
  before: number;
  /** Allowed statuses (drafts are never sold). */
  statuses: ReadonlyArray<ProductStatus>;
}

/**
 * A product matching `filter`, popular ones more often: a skewed rank scattered
 * over the indexes, so bestsellers sit on every shelf. Falls back to the early
 * products, which are old and published.
 */
export function pickProduct(world: SeedWorld, rng: Random, filter: ProductFilter, exclude?: ReadonlySet<number>): ProductCore {
  const count = world.scale.products;
  for (let attempt = 0; attempt < 16; attempt += 1) {
    const rank = Math.floor(count * rng.next() ** 2.2);
    const index = (rank * world.productScatter + world.seedTag) % count;
    if (exclude?.has(index)) continue;
    const product = productCore(world, index);
    if (product.createdAt < filter.before && filter.statuses.includes(product.status)) return product;
  }
  const early = Math.min(EARLY_PRODUCTS, count);
  for (let attempt = 0; attempt < early * 2; attempt += 1) {
    const index = rng.int(0, early - 1);
    if (!exclude?.has(index)) return productCore(world, index);
  }
  return productCore(world, rng.int(0, early - 1));
}

/** Up to `count` other products on the same shelf. */
function relatedProducts(world: SeedWorld, product: ProductCore, rng: Random, count: number): Types.ObjectId[] {
  const slots = world.slotsByLeaf[world.leafSlots[product.index % world.leafSlots.length]!]!;
  const period = world.leafSlots.length;
  const found = new Set<number>();
  for (let attempt = 0; attempt < count * 4 && found.size < count; attempt += 1) {
    const slot = rng.pick(slots);
    const rounds = Math.floor((world.scale.products - 1 - slot) / period);
    if (rounds < 0) continue;
    const index = slot + rng.int(0, rounds) * period;
    if (index !== product.index) found.add(index);
  }
  return [...found].map((index) => productCore(world, index).id);
}

function productCopy(product: ProductCore, specs: Record<string, string>, rng: Random): { description: string; shortDescription: string } {
  const [quality, other] = rng.sample(QUALITIES, 2);
  const highlights = Object.entries(specs)
    .slice(0, 2)
    .map(([name, value]) => `${name} ${value}`);
  const shortDescription = `${quality![0]!.toUpperCase()}${quality!.slice(1)} ${product.noun.toLowerCase()} by ${product.brand}.`;
  const description = [
    `The ${product.name} is a ${quality} ${product.noun.toLowerCase()} built for everyday use.`,
    highlights.length > 0 ? `Key specs: ${highlights.join('; ')}.` : '',
    `${other![0]!.toUpperCase()}${other!.slice(1)} and easy to live with, it suits ${rng.pick(['beginners and enthusiasts alike', 'home and travel', 'gifting', 'daily routines'])}.`,
    rng.pick(CLOSERS),
  ]
    .filter(Boolean)
    .join(' ');
  return { description, shortDescription };
}

/** Stock level: some out of stock, some low, most comfortable. */
function inventoryOf(rng: Random): ProductDoc['inventory'] {
  const lowStockThreshold = rng.pick([5, 10, 10, 10, 15, 20]);
  const level = rng.weighted([['out', 8], ['low', 14], ['ok', 78]] as const);
  const quantity = level === 'out' ? 0 : level === 'low' ? rng.int(1, lowStockThreshold) : rng.int(lowStockThreshold + 1, 400);
  const allowBackorder = rng.chance(0.05);
  return { quantity, lowStockThreshold, status: deriveStockStatus(quantity, lowStockThreshold, allowBackorder), allowBackorder };
}

/** The products collection's document for product `index`. */
export function productDoc(world: SeedWorld, product: ProductCore, totals: ProductTotals): ProductDoc {
  const rng = world.rng('product-details', product.index);
  const profile = product.profile;
  const specifications: Record<string, string> = {};
  for (const [name, values] of Object.entries(profile.specs)) if (rng.chance(0.85)) specifications[name] = rng.pick(values);
  const { description, shortDescription } = productCopy(product, specifications, rng);
  const imageCount = rng.weighted([[1, 20], [2, 25], [3, 30], [4, 15], [5, 10]] as const);
  const images = Array.from({ length: imageCount }, (_, position) => ({
    _id: world.id('productImage', subdocumentIndex(product.index, position), product.createdAt),
    url: position === 0 ? product.primaryImage : `https://cdn.example.com/backroom/products/${product.slug}/${position + 1}.jpg`,
    alt: position === 0 ? product.name : `${product.name}, view ${position + 1}`,
    isPrimary: position === 0,
  }));
  const [minWeight, maxWeight] = profile.weightKg;
  const [minSize, maxSize] = profile.sizeCm;
  const length = Math.round(rng.float(minSize, maxSize) * 10) / 10;
  const weight = Math.round(rng.float(minWeight, maxWeight) * 100) / 100;
  const shippingClass: ShippingClass = weight > 20 ? 'standard' : rng.weighted([['standard', 75], ['express', 20], ['overnight', 5]] as const);
  const isNew = product.createdAt > world.clock.daysAgo(90);
  const tags = [
    ...rng.sample(profile.tags, rng.int(2, Math.min(4, profile.tags.length))),
    ...(product.price.sale !== undefined ? ['sale'] : []),
    ...(isNew ? ['new-arrival'] : []),
  ];
  const updatedAt = world.clock.within(rng, product.createdAt, product.createdAt + 200 * DAY_MS);
  return {
    _id: product.id,
    name: product.name,
    slug: product.slug,
    description,
    shortDescription,
    sku: product.sku,
    category: product.leaf.id,
    categoryPath: product.leaf.pathIncludingSelf,
    subcategory: product.noun,
    brand: product.brand,
    price: { ...product.price, currency: 'USD' },
    inventory: inventoryOf(rng),
    images,
    specifications,
    dimensions: {
      weight,
      length,
      width: Math.round(length * rng.float(0.3, 0.9) * 10) / 10,
      height: Math.round(length * rng.float(0.05, 0.6) * 10) / 10,
    },
    shipping: {
      freeShipping: product.unitPrice >= 75 || rng.chance(0.15),
      shippingClass,
      estimatedDays: shippingClass === 'overnight' ? 1 : shippingClass === 'express' ? rng.int(2, 3) : rng.int(3, 7),
    },
    seo: { title: `${product.name} | ${product.leaf.name}`, description: shortDescription, keywords: tags.slice(0, 4) },
    // Rounded as the reviews service stores it, so the repair command finds nothing to change.
    ratings: { average: totals.ratingCount > 0 ? roundRating(totals.ratingSum / totals.ratingCount) : 0, count: totals.ratingCount },
    seller: product.seller,
    status: product.status,
    featured: product.status === 'published' && rng.chance(0.06),
    tags,
    variants: product.variants,
    relatedProducts: rng.chance(0.6) ? relatedProducts(world, product, rng, rng.int(1, 4)) : [],
    totalSold: totals.totalSold,
    viewCount: totals.totalSold * rng.int(8, 40) + rng.int(0, 800),
    isActive: product.status !== 'archived',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: new Date(product.createdAt),
    updatedAt: new Date(updatedAt),
  };
}
