import { isObjectIdOrHexString, trusted, Types } from 'mongoose';
import { computeTotals, lineSubtotal, roundMoney, type Totals } from '../../domain/cart-totals';
import { generateOrderNumber } from '../../domain/order-number';
import { variantPriceModifier, type VariantOption } from '../../domain/variant-price';
import { deriveStockStatus } from '../../../shared/stock-status';
import { AppError } from '../../errors';
import type { Models } from '../../models';
import { isoOrNull } from '../references';

/**
 * Placing an order: check the references, price the lines from the catalog,
 * take the stock, then insert the order under a fresh order number.
 *
 * Without multi-document transactions the steps are ordered so a failure never
 * sells stock that is not there:
 * - stock is taken first, one conditional update per line, and every failure
 *   after that (a short line, an insert that fails) puts back what was taken;
 * - a crash between taking stock and inserting the order leaves stock counted
 *   low (and totalSold high) with no order: the safe direction (nothing is
 *   oversold), corrected by the next stock count (inventory adjustment). An
 *   order inserted first could instead promise stock that was never taken.
 */

export interface OrderItemInput {
  product: string;
  quantity: number;
  variant?: string;
}

export interface OrderAddressInput {
  fullName?: string;
  addressLine1?: string;
  addressLine2?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  country?: string;
  phone?: string;
}

export interface PlaceOrderInput {
  user: string;
  items: OrderItemInput[];
  /** Charges decided before placement (tax rules, shipping rates and coupons live elsewhere). */
  tax?: number;
  shipping?: number;
  discount?: number;
  shippingAddress?: OrderAddressInput;
  billingAddress?: OrderAddressInput;
  shippingMethod?: 'standard' | 'express' | 'overnight';
  couponCode?: string;
  customerNote?: string;
  /** The staff member placing the order, recorded on the timeline. */
  placedBy?: string;
}

export interface PlaceOrderOptions {
  /** Makes order numbers; tests inject clashing ones. Defaults to domain/order-number.ts. */
  orderNumber?: (date: Date) => string;
  /** How many numbers to try before giving up on a clash. */
  maxNumberAttempts?: number;
}

export interface ProductSnapshot {
  name: string;
  sku: string;
  image: string | null;
  price: number;
}

export interface OrderLineDTO {
  id: string;
  product: string;
  productSnapshot: ProductSnapshot;
  quantity: number;
  price: number;
  variant: string | null;
  subtotal: number;
}

export interface TimelineEntryDTO {
  status: string;
  timestamp: string | null;
  note: string | null;
  updatedBy: string | null;
}

export interface OrderDTO {
  id: string;
  orderNumber: string;
  user: string | null;
  items: OrderLineDTO[];
  pricing: Totals;
  status: string;
  timeline: TimelineEntryDTO[];
  shippingAddress: OrderAddressInput | null;
  createdAt: string | null;
}

const DEFAULT_NUMBER_ATTEMPTS = 5;

interface PriceSource {
  regular?: number | null;
  sale?: number | null;
}

/** What a product sells for now: its sale price when set, else its regular price. */
export function effectivePrice(price: PriceSource | null | undefined): number {
  return price?.sale ?? price?.regular ?? 0;
}

/** The primary image's url (the first image's when none is marked), or null without images. */
export function primaryImageUrl(images: ReadonlyArray<{ url?: string | null; isPrimary?: boolean | null }> | null | undefined): string | null {
  const list = images ?? [];
  return (list.find((image) => image.isPrimary === true) ?? list[0])?.url ?? null;
}

interface CatalogProduct {
  _id: Types.ObjectId;
  name: string;
  sku: string;
  price?: PriceSource | null;
  images?: Array<{ url?: string | null; isPrimary?: boolean | null }> | null;
  variants?: VariantOption[] | null;
}

/** A priced line, ready to store. */
interface OrderLine {
  product: Types.ObjectId;
  productSnapshot: ProductSnapshot;
  quantity: number;
  price: number;
  variant?: string;
  subtotal: number;
}

interface StockAfter {
  quantity: number;
  lowStockThreshold?: number | null;
  allowBackorder?: boolean | null;
}

/** Stock taken for one line, so it can be put back. */
interface TakenStock {
  product: Types.ObjectId;
  quantity: number;
}

// ---- step 1: the input's own shape -------------------------------------------------

function checkInput(input: PlaceOrderInput): void {
  const fields: Record<string, string> = {};
  if (!Array.isArray(input.items) || input.items.length === 0) fields.items = 'An order needs at least one item';
  (input.items ?? []).forEach((item, index) => {
    if (!Number.isInteger(item.quantity) || item.quantity < 1) fields[`items.${index}.quantity`] = 'Must be a whole number of at least 1';
  });
  for (const charge of ['tax', 'shipping', 'discount'] as const) {
    const value = input[charge];
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value >= 0)) fields[charge] = 'Must be an amount of at least 0';
  }
  const [first] = Object.entries(fields);
  if (first) throw new AppError('VALIDATION', `${first[0]}: ${first[1]}`, fields);
}

// ---- step 2: references --------------------------------------------------------------

function notFound(fields: Record<string, string>): AppError {
  const [first] = Object.entries(fields);
  return new AppError('NOT_FOUND', first ? `${first[0]}: ${first[1]}` : 'Not found', fields);
}

async function checkCustomer(models: Models, userId: string): Promise<Types.ObjectId> {
  const found = isObjectIdOrHexString(userId) ? await models.User.exists({ _id: new Types.ObjectId(userId) }) : null;
  if (!found) throw notFound({ user: `No user with id "${userId}"` });
  return found._id;
}

/** The catalog products the items name, in item order; NOT_FOUND names every missing or inactive one. */
async function loadProducts(models: Models, items: OrderItemInput[]): Promise<CatalogProduct[]> {
  const ids = items.filter((item) => isObjectIdOrHexString(item.product)).map((item) => new Types.ObjectId(item.product));
  const found = await models.Product.find({ _id: trusted({ $in: ids }), isActive: true }, { name: 1, sku: 1, price: 1, images: 1, variants: 1 }).lean<CatalogProduct[]>();
  const byId = new Map(found.map((product) => [product._id.toHexString(), product]));
  const missing: Record<string, string> = {};
  const products = items.map((item, index) => {
    const product = byId.get(String(item.product).toLowerCase());
    if (!product) missing[`items.${index}.product`] = `No active product with id "${item.product}"`;
    return product;
  });
  if (Object.keys(missing).length > 0) throw notFound(missing);
  return products as CatalogProduct[];
}

// ---- step 3: prices and the snapshot ---------------------------------------------------

/** The snapshot keeps the product as listed; the line's price adds the chosen variant's modifier. */
function priceLine(item: OrderItemInput, product: CatalogProduct, index: number): OrderLine {
  const listed = effectivePrice(product.price);
  const modifier = item.variant ? variantPriceModifier(product.variants ?? [], item.variant) : 0;
  if (modifier === null) {
    const field = `items.${index}.variant`;
    throw new AppError('VALIDATION', `${field}: "${product.name}" has no variant "${item.variant}"`, { [field]: 'Not a variant of this product (use "Name: value")' });
  }
  const price = roundMoney(listed + modifier);
  return {
    product: product._id,
    productSnapshot: { name: product.name, sku: product.sku, image: primaryImageUrl(product.images), price: listed },
    quantity: item.quantity,
    price,
    ...(item.variant ? { variant: item.variant } : {}),
    subtotal: lineSubtotal(item.quantity, price),
  };
}

// ---- step 4: stock -----------------------------------------------------------------------

/**
 * Takes `line.quantity` units in one conditional update (enough stock, or
 * backorders allowed) and counts them as sold. Returns the inventory after, or
 * null when the condition did not match (short, or the product is gone).
 * `trusted` is needed: with sanitizeFilter on (db/odm.ts) a bare `{ $gte: n }`
 * would be wrapped in `$eq` and never match.
 */
async function decrementStock(models: Models, line: OrderLine): Promise<StockAfter | null> {
  const after = await models.Product.findOneAndUpdate(
    { _id: line.product, $or: [{ 'inventory.quantity': trusted({ $gte: line.quantity }) }, { 'inventory.allowBackorder': true }] },
    { $inc: { 'inventory.quantity': -line.quantity, totalSold: line.quantity } },
    { returnDocument: 'after', projection: { inventory: 1 } },
  ).lean();
  return after?.inventory ?? null;
}

/**
 * Hooks do not run on updates, so the stock status is set after a quantity
 * change, and only if the quantity is still the one just written: a later
 * writer sets its own.
 */
async function syncStockStatus(models: Models, product: Types.ObjectId, inventory: StockAfter | null | undefined): Promise<void> {
  if (!inventory) return;
  const status = deriveStockStatus(inventory.quantity, inventory.lowStockThreshold ?? 10, inventory.allowBackorder ?? false);
  await models.Product.updateOne({ _id: product, 'inventory.quantity': inventory.quantity }, { $set: { 'inventory.status': status } });
}

/** Puts back stock taken for an order that will not be placed (the compensation step). */
async function giveBackStock(models: Models, taken: TakenStock[]): Promise<void> {
  for (const { product, quantity } of taken) {
    const after = await models.Product.findOneAndUpdate(
      { _id: product },
      { $inc: { 'inventory.quantity': quantity, totalSold: -quantity } },
      { returnDocument: 'after', projection: { inventory: 1 } },
    ).lean();
    await syncStockStatus(models, product, after?.inventory);
  }
}

async function shortageError(models: Models, lines: OrderLine[], index: number): Promise<AppError> {
  const line = lines[index] as OrderLine;
  const field = `items.${index}.quantity`;
  const product = await models.Product.findById(line.product, { 'inventory.quantity': 1 }).lean();
  if (!product) return notFound({ [`items.${index}.product`]: `Product "${line.productSnapshot.name}" was deleted while the order was placed` });
  const left = Math.max(0, product.inventory?.quantity ?? 0);
  return new AppError('CONFLICT', `${field}: not enough stock of "${line.productSnapshot.name}" (SKU ${line.productSnapshot.sku}): ${line.quantity} wanted, ${left} left`, {
    [field]: `Only ${left} in stock`,
  });
}

/** Takes stock for every line, or for none: on any failure what was taken goes back. */
async function takeStockForAll(models: Models, lines: OrderLine[]): Promise<TakenStock[]> {
  const taken: TakenStock[] = [];
  try {
    for (const [index, line] of lines.entries()) {
      const inventory = await decrementStock(models, line);
      if (!inventory) throw await shortageError(models, lines, index);
      taken.push({ product: line.product, quantity: line.quantity });
      await syncStockStatus(models, line.product, inventory);
    }
  } catch (error) {
    await giveBackStock(models, taken);
    throw error;
  }
  return taken;
}

// ---- step 5: the order under a unique number --------------------------------------------

function isOrderNumberClash(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || (error as { code?: unknown }).code !== 11000) return false;
  const { keyPattern, keyValue, message } = error as { keyPattern?: object; keyValue?: object; message?: string };
  return 'orderNumber' in (keyPattern ?? keyValue ?? {}) || String(message).includes('orderNumber');
}

/**
 * Inserts the order, drawing a new number while the unique index reports a clash.
 * Concurrent placements each insert their own number; the index, not a prior
 * lookup, decides, so two can never share one.
 */
async function insertWithFreshNumber(models: Models, order: Record<string, unknown>, options: PlaceOrderOptions) {
  const makeNumber = options.orderNumber ?? ((date: Date) => generateOrderNumber(date));
  const attempts = options.maxNumberAttempts ?? DEFAULT_NUMBER_ATTEMPTS;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      return await models.Order.create({ ...order, orderNumber: makeNumber(new Date()) });
    } catch (error) {
      if (!isOrderNumberClash(error)) throw error;
    }
  }
  throw new AppError('CONFLICT', `Could not find a free order number in ${attempts} attempts; try again`, { orderNumber: 'Already in use' });
}

function buildOrder(input: PlaceOrderInput, user: Types.ObjectId, lines: OrderLine[]): Record<string, unknown> {
  const placedBy = input.placedBy && isObjectIdOrHexString(input.placedBy) ? new Types.ObjectId(input.placedBy) : undefined;
  const pricing = computeTotals(lines, { tax: input.tax, shipping: input.shipping, discount: input.discount });
  return {
    user,
    items: lines,
    pricing,
    status: 'pending',
    timeline: [{ status: 'pending', timestamp: new Date(), note: 'Order placed', ...(placedBy ? { updatedBy: placedBy } : {}) }],
    ...(input.shippingAddress ? { shippingAddress: input.shippingAddress } : {}),
    ...(input.billingAddress ? { billingAddress: input.billingAddress } : {}),
    ...(input.shippingMethod ? { shippingMethod: input.shippingMethod } : {}),
    ...(input.couponCode ? { couponCode: input.couponCode } : {}),
    ...(input.customerNote ? { notes: { customer: input.customerNote } } : {}),
  };
}

// ---- the whole ----------------------------------------------------------------------------

export async function placeOrder(models: Models, input: PlaceOrderInput, options: PlaceOrderOptions = {}): Promise<OrderDTO> {
  checkInput(input);
  const user = await checkCustomer(models, input.user);
  const products = await loadProducts(models, input.items);
  const lines = input.items.map((item, index) => priceLine(item, products[index] as CatalogProduct, index));
  const order = buildOrder(input, user, lines);
  // Everything but the number is checked before stock moves, so a bad address costs no stock churn.
  await new models.Order(order).validate({ pathsToSkip: ['orderNumber'] });
  const taken = await takeStockForAll(models, lines);
  try {
    const placed = await insertWithFreshNumber(models, order, options);
    return toOrderDTO(placed.toObject());
  } catch (error) {
    await giveBackStock(models, taken);
    throw error;
  }
}

// ---- output --------------------------------------------------------------------------------

interface StoredOrder {
  _id: Types.ObjectId;
  orderNumber: string;
  user?: Types.ObjectId | null;
  items: Array<{
    _id?: Types.ObjectId;
    product: Types.ObjectId;
    productSnapshot?: { name?: string | null; sku?: string | null; image?: string | null; price?: number | null } | null;
    quantity: number;
    price: number;
    variant?: string | null;
    subtotal: number;
  }>;
  pricing?: { subtotal?: number | null; tax?: number | null; shipping?: number | null; discount?: number | null; total?: number | null } | null;
  status?: string | null;
  timeline?: Array<{ status: string; timestamp?: Date | null; note?: string | null; updatedBy?: Types.ObjectId | null }> | null;
  shippingAddress?: Record<string, unknown> | null;
  createdAt?: Date | null;
}

function plainAddress(address: Record<string, unknown> | null | undefined): OrderAddressInput | null {
  if (!address) return null;
  return Object.fromEntries(Object.entries(address).filter(([, value]) => typeof value === 'string')) as OrderAddressInput;
}

export function toOrderDTO(order: StoredOrder): OrderDTO {
  return {
    id: order._id.toHexString(),
    orderNumber: order.orderNumber,
    user: order.user ? order.user.toHexString() : null,
    items: order.items.map((item) => ({
      id: item._id?.toHexString() ?? '',
      product: item.product.toHexString(),
      productSnapshot: {
        name: item.productSnapshot?.name ?? '',
        sku: item.productSnapshot?.sku ?? '',
        image: item.productSnapshot?.image ?? null,
        price: item.productSnapshot?.price ?? item.price,
      },
      quantity: item.quantity,
      price: item.price,
      variant: item.variant ?? null,
      subtotal: item.subtotal,
    })),
    pricing: {
      subtotal: order.pricing?.subtotal ?? 0,
      tax: order.pricing?.tax ?? 0,
      shipping: order.pricing?.shipping ?? 0,
      discount: order.pricing?.discount ?? 0,
      total: order.pricing?.total ?? 0,
    },
    status: order.status ?? 'pending',
    timeline: (order.timeline ?? []).map((entry) => ({
      status: entry.status,
      timestamp: isoOrNull(entry.timestamp),
      note: entry.note ?? null,
      updatedBy: entry.updatedBy ? entry.updatedBy.toHexString() : null,
    })),
    shippingAddress: plainAddress(order.shippingAddress),
    createdAt: isoOrNull(order.createdAt),
  };
}
