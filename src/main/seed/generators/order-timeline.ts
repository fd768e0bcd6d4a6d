import type { OrderStatus, ShippingMethod } from '../../domain/enums';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../clock';
import { CANCEL_REASONS, REFUND_REASONS, type Carrier } from '../data/commerce';
import type { Random } from '../prng';

/** One status change of an order, before it becomes a timeline entry. */
export interface TimelineStep {
  status: OrderStatus;
  at: number;
  note: string;
}

/** How long ago an order in each status was placed (days, oldest first): open orders are recent. */
export const PLACED_DAYS_AGO: Record<OrderStatus, readonly [number, number]> = {
  pending: [2, 0.02],
  confirmed: [3, 0.3],
  processing: [6, 1],
  shipped: [12, 2],
  delivered: [365, 12],
  cancelled: [365, 1],
  refunded: [365, 35],
};

export const DELIVERY_DAYS: Record<ShippingMethod, readonly [number, number]> = { standard: [3, 6], express: [2, 3], overnight: [1, 1] };

export function trackingNumber(carrier: Carrier, rng: Random): string {
  switch (carrier.format) {
    case 'ups':
      return `1Z${rng.alnum(16)}`;
    case 'fedex':
      return rng.digits(12);
    case 'usps':
      return `9400${rng.digits(18)}`;
    case 'dhl':
      return rng.digits(10);
  }
}

/** Moves the later steps back so none is after the anchor, keeping them in order; the first never moves. */
export function clampToAnchor(times: number[], anchor: number): number[] {
  const clamped = times.slice();
  let limit = anchor - MINUTE_MS;
  for (let k = clamped.length - 1; k >= 1; k -= 1) {
    clamped[k] = Math.max(clamped[0]! + k * MINUTE_MS, Math.min(clamped[k]!, limit));
    limit = clamped[k]! - MINUTE_MS;
  }
  return clamped;
}

/** The statuses an order passed through to reach `status`, with times before clamping to the anchor. */
export function walkStatuses(status: OrderStatus, method: ShippingMethod, placedAt: number, rng: Random): TimelineStep[] {
  const steps: TimelineStep[] = [{ status: 'pending', at: placedAt, note: 'Order placed' }];
  const next = (wanted: OrderStatus, minMs: number, maxMs: number, note: string) => {
    steps.push({ status: wanted, at: steps[steps.length - 1]!.at + Math.floor(rng.float(minMs, maxMs)), note });
  };
  if (status === 'pending') return steps;
  if (status === 'cancelled') {
    const reached = rng.weighted([['pending', 60], ['confirmed', 30], ['processing', 10]] as const);
    if (reached !== 'pending') next('confirmed', 5 * MINUTE_MS, 6 * HOUR_MS, 'Payment received');
    if (reached === 'processing') next('processing', HOUR_MS, 36 * HOUR_MS, 'Picking and packing');
    next('cancelled', 10 * MINUTE_MS, 24 * HOUR_MS, rng.pick(CANCEL_REASONS));
    return steps;
  }
  next('confirmed', 5 * MINUTE_MS, 6 * HOUR_MS, 'Payment received');
  if (status === 'confirmed') return steps;
  next('processing', HOUR_MS, 36 * HOUR_MS, 'Picking and packing');
  if (status === 'processing') return steps;
  next('shipped', 4 * HOUR_MS, 48 * HOUR_MS, 'Shipped');
  if (status === 'shipped') return steps;
  const [fastest, slowest] = DELIVERY_DAYS[method];
  next('delivered', fastest * DAY_MS, (slowest + 0.5) * DAY_MS, 'Delivered');
  if (status === 'delivered') return steps;
  next('refunded', 3 * DAY_MS, 20 * DAY_MS, rng.pick(REFUND_REASONS));
  return steps;
}
