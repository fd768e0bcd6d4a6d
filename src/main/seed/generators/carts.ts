import type { Types } from 'mongoose';
import { computeTotals, itemsSubtotal, roundMoney } from '../../domain/cart-totals';
import type { CartStatus } from '../../domain/enums';
import { CURRENT_SCHEMA_VERSION } from '../../models/schema-version';
import { DAY_MS } from '../clock';
import { FREE_SHIPPING_THRESHOLD, SHIPPING_RATES } from '../data/commerce';
import { CITIES } from '../data/places';
import { subdocumentIndex } from '../ids';
import type { Random } from '../prng';
import type { SeedWorld } from '../world';
import { taxRateOf } from './addresses';
import { couponApplies, couponEffect } from './coupons';
import type { CustomerProfile } from './customers';
import { chooseVariant, pickProduct, unitPriceWith } from './products';

export interface CartItemDoc {
  _id: Types.ObjectId;
  product: Types.ObjectId;
  quantity: number;
  price: number;
  variant?: string;
  addedAt: Date;
}

export interface CartDoc {
  _id: Types.ObjectId;
  user?: Types.ObjectId;
  sessionId?: string;
  items: CartItemDoc[];
  totals: { subtotal: number; tax: number; shipping: number; total: number };
  couponCode?: string;
  discount?: number;
  status: CartStatus;
  expiresAt: Date;
  lastActivity: Date;
  schemaVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Carts expire this long after their last activity (the TTL index removes them then). */
export const CART_LIFETIME_DAYS = 30;

interface CartOwner {
  cartIndex: number;
  user?: Types.ObjectId;
  sessionId?: string;
  /** No cart activity before this time (the account's creation). */
  since: number;
  state: string;
}

function buildCart(world: SeedWorld, owner: CartOwner, rng: Random): CartDoc {
  const status = rng.weighted([['active', 50], ['abandoned', 35], ['converted', 15]] as const);
  // Every cart is still within its lifetime at the anchor, so a TTL monitor on a real server keeps them all.
  const [oldest, newest] = status === 'active' ? [10, 0] : status === 'abandoned' ? [25, 3] : [25, 1];
  const lastActivity = Math.max(owner.since + DAY_MS, world.clock.betweenDaysAgo(rng, oldest, newest));
  const createdAt = Math.max(owner.since, lastActivity - rng.float(0, 20) * DAY_MS);
  const chosen = new Set<number>();
  const items: CartItemDoc[] = [];
  const count = rng.weighted([[1, 45], [2, 30], [3, 15], [4, 10]] as const);
  for (let position = 0; position < count; position += 1) {
    const product = pickProduct(world, rng, { before: createdAt, statuses: ['published'] }, chosen);
    if (chosen.has(product.index)) continue;
    chosen.add(product.index);
    const variant = chooseVariant(product, rng);
    items.push({
      _id: world.id('cartItem', subdocumentIndex(owner.cartIndex, position), createdAt),
      product: product.id,
      quantity: rng.weighted([[1, 75], [2, 18], [3, 7]] as const),
      price: unitPriceWith(product, variant),
      ...(variant ? { variant: variant.label } : {}),
      addedAt: new Date(world.clock.within(rng, createdAt, lastActivity + 1)),
    });
  }
  const subtotal = itemsSubtotal(items);
  const shippingRate = subtotal >= FREE_SHIPPING_THRESHOLD ? 0 : SHIPPING_RATES.standard;
  const coupon = status === 'active' && rng.chance(0.12)
    ? world.coupons.find((plan) => plan.spec.isActive && couponApplies(plan, subtotal, lastActivity))
    : undefined;
  const effect = coupon ? couponEffect(coupon, subtotal, shippingRate) : { discount: 0, shipping: shippingRate };
  const tax = roundMoney((subtotal - effect.discount) * taxRateOf(owner.state));
  const totals = computeTotals(items, { tax, shipping: effect.shipping, discount: effect.discount });
  return {
    _id: world.id('cart', owner.cartIndex, createdAt),
    ...(owner.user ? { user: owner.user } : {}),
    ...(owner.sessionId ? { sessionId: owner.sessionId } : {}),
    items,
    totals: { subtotal: totals.subtotal, tax: totals.tax, shipping: totals.shipping, total: totals.total },
    ...(coupon ? { couponCode: coupon.spec.code, discount: totals.discount } : {}),
    status,
    expiresAt: new Date(lastActivity + CART_LIFETIME_DAYS * DAY_MS),
    lastActivity: new Date(lastActivity),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: new Date(createdAt),
    updatedAt: new Date(lastActivity),
  };
}

/** About half the customers have a cart (at most one: carts.user is unique). */
export function customerCart(world: SeedWorld, customer: CustomerProfile): CartDoc | undefined {
  const rng = world.rng('cart', customer.index);
  if (!rng.chance(0.55)) return undefined;
  return buildCart(world, { cartIndex: customer.index, user: customer.id, since: customer.createdAt, state: customer.defaultAddress.state }, rng);
}

/** A visitor's cart, known only by its session. */
export function guestCart(world: SeedWorld, guestIndex: number): CartDoc {
  const cartIndex = world.scale.customers + guestIndex;
  const rng = world.rng('cart', cartIndex);
  return buildCart(
    world,
    { cartIndex, sessionId: `sess_${rng.hex(24)}${guestIndex.toString(36)}`, since: world.clock.daysAgo(40), state: rng.pick(CITIES).state },
    rng,
  );
}
