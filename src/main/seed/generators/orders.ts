import type { Types } from 'mongoose';
import { grandTotal, itemsSubtotal, lineSubtotal, roundMoney } from '../../domain/cart-totals';
import type { OrderDiscountType, OrderStatus, RefundStatus, ShippingMethod } from '../../domain/enums';
import { CURRENT_SCHEMA_VERSION } from '../../models/schema-version';
import { DAY_MS } from '../clock';
import { ADMIN_NOTES, CARRIERS, CUSTOMER_NOTES, FREE_SHIPPING_THRESHOLD, REFUND_REASONS, SHIPPING_RATES } from '../data/commerce';
import { subdocumentIndex } from '../ids';
import type { Random } from '../prng';
import type { SeedWorld } from '../world';
import { taxRateOf, type AddressDoc } from './addresses';
import { couponApplies, couponEffect, type CouponPlan } from './coupons';
import { pickCustomerJoinedBefore, type CustomerProfile } from './customers';
import { OrderNumbers } from './order-numbers';
import { clampToAnchor, DELIVERY_DAYS, PLACED_DAYS_AGO, trackingNumber, walkStatuses } from './order-timeline';
import { chooseVariant, pickProduct, unitPriceWith, type ProductCore } from './products';

export interface OrderAddress {
  fullName: string;
  addressLine1: string;
  addressLine2?: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
  phone: string;
}

export interface OrderItemDoc {
  _id: Types.ObjectId;
  product: Types.ObjectId;
  productSnapshot: { name: string; sku: string; image: string; price: number };
  quantity: number;
  price: number;
  variant?: string;
  subtotal: number;
}

export interface TimelineEntry {
  status: OrderStatus;
  timestamp: Date;
  note: string;
  updatedBy?: Types.ObjectId;
}

export interface OrderDoc {
  _id: Types.ObjectId;
  orderNumber: string;
  user: Types.ObjectId;
  items: OrderItemDoc[];
  pricing: { subtotal: number; tax: number; shipping: number; discount: number; total: number };
  shippingAddress: OrderAddress;
  billingAddress: OrderAddress;
  payment: Types.ObjectId;
  status: OrderStatus;
  shippingMethod: ShippingMethod;
  tracking?: { carrier: string; trackingNumber: string; trackingUrl: string; estimatedDelivery: Date; actualDelivery?: Date };
  notes?: { customer?: string; admin?: string };
  timeline: TimelineEntry[];
  couponCode?: string;
  discount?: { code: string; amount: number; type: OrderDiscountType };
  refund?: { amount: number; reason: string; status: RefundStatus; processedAt?: Date };
  schemaVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

/** An order and the facts its payment and reviews are built from. */
export interface GeneratedOrder {
  index: number;
  order: OrderDoc;
  customer: CustomerProfile;
  products: ProductCore[];
  /** When it was paid (captured), if it ever was. */
  paidAt?: number;
  /** When the goods arrived, for delivered and refunded orders. */
  deliveredAt?: number;
  /** Set when the payment was refunded (refunded orders, and cancellations after capture). */
  refund?: { amount: number; reason: string; at: number };
  /** Set when the payment never went through. */
  cancelledUnpaid?: { reason: string; at: number };
}

const STATUS_WEIGHTS = [
  ['delivered', 55],
  ['shipped', 8],
  ['processing', 6],
  ['confirmed', 5],
  ['pending', 6],
  ['cancelled', 12],
  ['refunded', 8],
] as const satisfies ReadonlyArray<readonly [OrderStatus, number]>;

const LINE_COUNT_WEIGHTS = [[1, 45], [2, 28], [3, 15], [4, 7], [5, 3], [6, 2]] as const;

/** About how many order lines end up delivered: reviews of verified purchases are drawn from them. */
export function expectedDeliveredLines(orders: number): number {
  const weight = (entries: ReadonlyArray<readonly [unknown, number]>) => entries.reduce((sum, [, w]) => sum + w, 0);
  const deliveredShare = (STATUS_WEIGHTS.find(([status]) => status === 'delivered')?.[1] ?? 0) / weight(STATUS_WEIGHTS);
  const averageLines = LINE_COUNT_WEIGHTS.reduce((sum, [lines, w]) => sum + lines * w, 0) / weight(LINE_COUNT_WEIGHTS);
  return orders * deliveredShare * averageLines;
}

/** Counts coupon redemptions while orders are generated, so total usage limits hold. */
export class CouponUsage {
  readonly counts: Int32Array;

  constructor(private readonly coupons: readonly CouponPlan[]) {
    this.counts = new Int32Array(coupons.length);
  }

  /** A coupon valid for this order and still under its limit, counted as used; undefined if none. */
  redeem(rng: Random, subtotal: number, at: number): CouponPlan | undefined {
    const start = rng.int(0, Math.max(0, this.coupons.length - 1));
    for (let k = 0; k < this.coupons.length; k += 1) {
      const plan = this.coupons[(start + k) % this.coupons.length]!;
      const limit = plan.spec.usageLimit?.total ?? Number.POSITIVE_INFINITY;
      if (couponApplies(plan, subtotal, at) && this.counts[plan.index]! < limit) {
        this.counts[plan.index]! += 1;
        return plan;
      }
    }
    return undefined;
  }
}

function orderAddress(address: AddressDoc): OrderAddress {
  return {
    fullName: address.fullName,
    addressLine1: address.addressLine1,
    ...(address.addressLine2 ? { addressLine2: address.addressLine2 } : {}),
    city: address.city,
    state: address.state,
    postalCode: address.postalCode,
    country: address.country,
    phone: address.phone,
  };
}

/**
 * Builds the orders, one at a time and in index order (coupon limits depend on
 * the orders before). Each order has consistent lines, pricing to the cent, a
 * timeline that walks the statuses up to its own, and tracking and refunds
 * where its status calls for them.
 */
export class OrderFactory {
  private readonly numbers: OrderNumbers;
  readonly couponUsage: CouponUsage;

  constructor(private readonly world: SeedWorld) {
    this.numbers = new OrderNumbers(world.seed);
    this.couponUsage = new CouponUsage(world.coupons);
  }

  build(index: number): GeneratedOrder {
    const { world } = this;
    const rng = world.rng('order', index);
    const status = rng.weighted(STATUS_WEIGHTS);
    const [oldest, newest] = PLACED_DAYS_AGO[status];
    const placedAt = Math.floor(world.clock.betweenDaysAgo(rng, oldest, newest));
    const customer = pickCustomerJoinedBefore(world, rng, placedAt);
    const orderId = world.id('order', index, placedAt);

    const lineCount = rng.weighted(LINE_COUNT_WEIGHTS);
    const chosen = new Set<number>();
    const products: ProductCore[] = [];
    const items: OrderItemDoc[] = [];
    for (let position = 0; position < lineCount; position += 1) {
      const product = pickProduct(world, rng, { before: placedAt, statuses: ['published', 'archived'] }, chosen);
      if (chosen.has(product.index)) continue;
      chosen.add(product.index);
      const variant = chooseVariant(product, rng);
      const price = unitPriceWith(product, variant);
      const quantity = rng.weighted([[1, 70], [2, 20], [3, 6], [4, 3], [5, 1]] as const);
      products.push(product);
      items.push({
        _id: world.id('orderItem', subdocumentIndex(index, items.length), placedAt),
        product: product.id,
        // The snapshot is the product as listed; the line's price adds the chosen variant's modifier.
        productSnapshot: { name: product.name, sku: product.sku, image: product.primaryImage, price: product.unitPrice },
        quantity,
        price,
        ...(variant ? { variant: variant.label } : {}),
        subtotal: lineSubtotal(quantity, price),
      });
    }

    const subtotal = itemsSubtotal(items);
    const shippingMethod = rng.weighted([['standard', 70], ['express', 22], ['overnight', 8]] as const);
    const shippingRate = shippingMethod === 'standard' && subtotal >= FREE_SHIPPING_THRESHOLD ? 0 : SHIPPING_RATES[shippingMethod];
    const coupon = rng.chance(0.18) ? this.couponUsage.redeem(rng, subtotal, placedAt) : undefined;
    const effect = coupon ? couponEffect(coupon, subtotal, shippingRate) : { discount: 0, shipping: shippingRate };
    const shipTo = rng.chance(0.85) ? customer.defaultAddress : rng.pick(customer.addresses.filter((address) => address.type !== 'billing'));
    const billTo = customer.addresses.find((address) => address.type === 'billing') ?? customer.defaultAddress;
    const tax = roundMoney((subtotal - effect.discount) * taxRateOf(shipTo.state));
    const pricing = { subtotal, tax, shipping: effect.shipping, discount: effect.discount, total: grandTotal(subtotal, { tax, shipping: effect.shipping, discount: effect.discount }) };

    const staff = () => (rng.chance(0.6) ? rng.pick(world.sellers).id : world.admin.id);
    const carrier = rng.pick(CARRIERS);
    const steps = walkStatuses(status, shippingMethod, placedAt, rng);
    const times = clampToAnchor(steps.map((step) => step.at), world.clock.anchor);
    const timeline: TimelineEntry[] = steps.map((step, k) => ({
      status: step.status,
      timestamp: new Date(times[k]!),
      note: step.status === 'shipped' ? `Handed to ${carrier.name}` : step.note,
      updatedBy: step.status === 'pending' ? customer.id : staff(),
    }));
    const timeOf = (wanted: OrderStatus) => {
      const k = steps.findIndex((step) => step.status === wanted);
      return k < 0 ? undefined : times[k];
    };

    const shippedAt = timeOf('shipped');
    const deliveredAt = timeOf('delivered');
    const confirmedAt = timeOf('confirmed');
    let tracking: OrderDoc['tracking'];
    if (shippedAt !== undefined) {
      const number = trackingNumber(carrier, rng);
      tracking = {
        carrier: carrier.name,
        trackingNumber: number,
        trackingUrl: `${carrier.trackingUrl}${number}`,
        estimatedDelivery: new Date(shippedAt + DELIVERY_DAYS[shippingMethod][1] * DAY_MS),
        ...(deliveredAt !== undefined ? { actualDelivery: new Date(deliveredAt) } : {}),
      };
    }

    let paymentRefund: GeneratedOrder['refund'];
    let cancelledUnpaid: GeneratedOrder['cancelledUnpaid'];
    let refund: OrderDoc['refund'];
    const last = times[times.length - 1]!;
    if (status === 'refunded') {
      const partial = items.length > 1 && rng.chance(0.3);
      const amount = partial ? Math.min(pricing.total, items[0]!.subtotal) : pricing.total;
      const reason = steps[steps.length - 1]!.note;
      refund = { amount, reason, status: 'processed', processedAt: new Date(last) };
      paymentRefund = { amount, reason, at: last };
    } else if (status === 'cancelled') {
      const reason = steps[steps.length - 1]!.note;
      if (confirmedAt !== undefined) {
        // Cancelled after the payment was captured: the money went back.
        refund = { amount: pricing.total, reason, status: 'processed', processedAt: new Date(last) };
        paymentRefund = { amount: pricing.total, reason, at: last };
      } else {
        cancelledUnpaid = { reason, at: last };
      }
    } else if (status === 'delivered' && deliveredAt !== undefined && rng.chance(0.05)) {
      // A return asked for after delivery, still being handled or already decided.
      const requestStatus = rng.pick(['requested', 'approved', 'rejected'] as const);
      const requestedAt = world.clock.within(rng, deliveredAt, deliveredAt + 14 * DAY_MS);
      refund = {
        amount: items[0]!.subtotal,
        reason: rng.pick(REFUND_REASONS),
        status: requestStatus,
        ...(requestStatus === 'requested' ? {} : { processedAt: new Date(world.clock.within(rng, requestedAt, requestedAt + 3 * DAY_MS)) }),
      };
    }

    const notes = {
      ...(rng.chance(0.08) ? { customer: rng.pick(CUSTOMER_NOTES) } : {}),
      ...(rng.chance(0.05) ? { admin: rng.pick(ADMIN_NOTES) } : {}),
    };
    const updatedAt = Math.max(last, refund?.processedAt?.getTime() ?? 0);
    const order: OrderDoc = {
      _id: orderId,
      orderNumber: this.numbers.numberFor(index, placedAt),
      user: customer.id,
      items,
      pricing,
      shippingAddress: orderAddress(shipTo),
      billingAddress: orderAddress(billTo),
      payment: world.id('payment', index, placedAt),
      status,
      shippingMethod,
      ...(tracking ? { tracking } : {}),
      ...(notes.customer || notes.admin ? { notes } : {}),
      timeline,
      ...(coupon ? { couponCode: coupon.spec.code } : {}),
      ...(coupon && effect.discountType ? { discount: { code: coupon.spec.code, amount: effect.discount, type: effect.discountType } } : {}),
      ...(refund ? { refund } : {}),
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: new Date(placedAt),
      updatedAt: new Date(updatedAt),
    };
    return {
      index,
      order,
      customer,
      products,
      ...(confirmedAt !== undefined ? { paidAt: confirmedAt } : {}),
      ...(deliveredAt !== undefined ? { deliveredAt } : {}),
      ...(paymentRefund ? { refund: paymentRefund } : {}),
      ...(cancelledUnpaid ? { cancelledUnpaid } : {}),
    };
  }
}
