import { Types } from 'mongoose';
import { computeTotals } from '../../domain/cart-totals';
import { AppError } from '../../errors';
import type { Models } from '../../models';
import { effectivePrice } from '../orders/order-placement';
import { isoOrNull, notFoundById, objectIdOrNotFound } from '../references';

/**
 * Minimal cart operations. Every change recomputes `totals` from the items
 * (domain/cart-totals.ts) and bumps `lastActivity`, in the same write as the
 * change, so a cart's totals never lag its items.
 *
 * Writes are compare-and-set on the version key (`__v`): read the cart, change
 * it in memory, write only if nobody wrote in between, else re-read and retry.
 * Two staff members changing one cart at once therefore cannot lose a line or
 * store totals of the other's items.
 */

export type CartOwner = { userId: string } | { sessionId: string };

export interface CartLineDTO {
  id: string;
  product: string;
  quantity: number;
  price: number;
  variant: string | null;
  addedAt: string | null;
}

export interface CartTotalsDTO {
  subtotal: number;
  tax: number;
  shipping: number;
  total: number;
}

export interface CartDTO {
  id: string;
  user: string | null;
  sessionId: string | null;
  items: CartLineDTO[];
  totals: CartTotalsDTO;
  discount: number;
  status: string;
  lastActivity: string | null;
}

export interface AddItemInput {
  product: string;
  quantity: number;
  variant?: string;
}

/** A cart line as stored (and as the repair command streams it). */
export interface StoredCartLine {
  _id?: Types.ObjectId;
  product: Types.ObjectId;
  quantity: number;
  price?: number | null;
  variant?: string | null;
  addedAt?: Date | null;
}

/** The parts of a stored cart its totals depend on. */
export interface CartTotalsSource {
  items?: StoredCartLine[] | null;
  totals?: { tax?: number | null; shipping?: number | null } | null;
  discount?: number | null;
}

interface StoredCart extends CartTotalsSource {
  _id: Types.ObjectId;
  __v?: number;
  user?: Types.ObjectId | null;
  sessionId?: string | null;
  items: StoredCartLine[];
  status?: string | null;
  lastActivity?: Date | null;
}

const MAX_WRITE_ATTEMPTS = 5;

/**
 * A cart's totals from its lines. Tax and shipping are estimates set elsewhere
 * (checkout), so they are kept as they are; the cart-level `discount` comes off
 * the total. A line without a price counts as free rather than breaking the sum.
 */
export function cartTotals(cart: CartTotalsSource): CartTotalsDTO {
  const lines = (cart.items ?? []).map((line) => ({ quantity: line.quantity, price: line.price ?? 0 }));
  const { subtotal, tax, shipping, total } = computeTotals(lines, {
    tax: cart.totals?.tax,
    shipping: cart.totals?.shipping,
    discount: cart.discount,
  });
  return { subtotal, tax, shipping, total };
}

function checkQuantity(quantity: unknown): asserts quantity is number {
  if (!Number.isInteger(quantity) || (quantity as number) < 1) {
    throw new AppError('VALIDATION', 'quantity must be a whole number of at least 1', { quantity: 'Must be a whole number of at least 1' });
  }
}

function toCartDTO(cart: StoredCart): CartDTO {
  return {
    id: cart._id.toHexString(),
    user: cart.user ? cart.user.toHexString() : null,
    sessionId: cart.sessionId ?? null,
    items: cart.items.map((line) => ({
      id: line._id?.toHexString() ?? '',
      product: line.product.toHexString(),
      quantity: line.quantity,
      price: line.price ?? 0,
      variant: line.variant ?? null,
      addedAt: isoOrNull(line.addedAt),
    })),
    totals: cartTotals(cart),
    discount: cart.discount ?? 0,
    status: cart.status ?? 'active',
    lastActivity: isoOrNull(cart.lastActivity),
  };
}

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

async function findCart(models: Models, cartId: Types.ObjectId): Promise<StoredCart | null> {
  return models.Cart.findById(cartId).lean<StoredCart>();
}

/** The cart of a user (one per user) or of a guest session, created empty when there is none. */
export async function openCart(models: Models, owner: CartOwner): Promise<CartDTO> {
  const filter = await ownerFilter(models, owner);
  const existing = await models.Cart.findOne(filter).lean<StoredCart>();
  if (existing) return toCartDTO(existing);
  try {
    const created = await models.Cart.create({ ...filter, items: [], totals: cartTotals({}), lastActivity: new Date() });
    return toCartDTO(created.toObject() as StoredCart);
  } catch (error) {
    // The unique index on carts.user: a concurrent open created it first.
    if (!isDuplicateKey(error)) throw error;
    const raced = await models.Cart.findOne(filter).lean<StoredCart>();
    if (!raced) throw error;
    return toCartDTO(raced);
  }
}

async function ownerFilter(models: Models, owner: CartOwner): Promise<{ user: Types.ObjectId } | { sessionId: string }> {
  if ('sessionId' in owner) {
    if (typeof owner.sessionId !== 'string' || owner.sessionId.trim() === '') {
      throw new AppError('VALIDATION', 'sessionId is required for a guest cart', { sessionId: 'Required' });
    }
    return { sessionId: owner.sessionId.trim() };
  }
  const user = objectIdOrNotFound(owner.userId, 'user', 'user');
  if (!(await models.User.exists({ _id: user }))) throw notFoundById('user', 'user', owner.userId);
  return { user };
}

/**
 * Applies `change` to the cart's lines and writes lines, totals and lastActivity
 * at once, if the cart is still at the version read; otherwise retries.
 */
async function changeCart(models: Models, cartIdText: string, change: (items: StoredCartLine[]) => StoredCartLine[]): Promise<CartDTO> {
  const cartId = objectIdOrNotFound(cartIdText, 'cart', 'cart');
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt += 1) {
    const cart = await findCart(models, cartId);
    if (!cart) throw notFoundById('cart', 'cart', cartIdText);
    const items = change(cart.items.map((line) => ({ ...line })));
    const next = { ...cart, items };
    const updated = await models.Cart.findOneAndUpdate(
      { _id: cartId, __v: cart.__v ?? 0 },
      { $set: { items, totals: cartTotals(next), lastActivity: new Date() }, $inc: { __v: 1 } },
      { returnDocument: 'after', runValidators: true },
    ).lean<StoredCart>();
    if (updated) return toCartDTO(updated);
  }
  throw new AppError('CONFLICT', 'The cart kept changing while it was being updated; try again');
}

function lineIndex(items: StoredCartLine[], itemId: string): number {
  const index = items.findIndex((line) => line._id?.toHexString() === itemId);
  if (index < 0) throw notFoundById('item', 'cart line', itemId);
  return index;
}

/**
 * Adds `quantity` of a product to the cart: to its line when the same product and
 * variant is already there (its price refreshed to today's), else as a new line.
 */
export async function addItem(models: Models, cartId: string, input: AddItemInput): Promise<CartDTO> {
  checkQuantity(input.quantity);
  const productId = objectIdOrNotFound(input.product, 'product', 'product');
  const product = await models.Product.findOne({ _id: productId, isActive: true }, { price: 1 }).lean();
  if (!product) throw notFoundById('product', 'active product', input.product);
  const price = effectivePrice(product.price);
  const variant = input.variant ?? null;
  return changeCart(models, cartId, (items) => {
    const same = items.find((line) => line.product.equals(productId) && (line.variant ?? null) === variant);
    if (same) {
      same.quantity += input.quantity;
      same.price = price;
      return items;
    }
    return [...items, { _id: new Types.ObjectId(), product: productId, quantity: input.quantity, price, ...(input.variant ? { variant: input.variant } : {}), addedAt: new Date() }];
  });
}

/** Sets one line's quantity (at least 1; remove the line to drop it). */
export async function setQuantity(models: Models, cartId: string, itemId: string, quantity: number): Promise<CartDTO> {
  checkQuantity(quantity);
  return changeCart(models, cartId, (items) => {
    const line = items[lineIndex(items, itemId)];
    if (line) line.quantity = quantity;
    return items;
  });
}

export async function removeItem(models: Models, cartId: string, itemId: string): Promise<CartDTO> {
  return changeCart(models, cartId, (items) => {
    const index = lineIndex(items, itemId);
    return items.filter((_, i) => i !== index);
  });
}
