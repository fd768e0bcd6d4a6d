/** Shipping carriers, card brands, order notes and the store's named promotions. */

export interface Carrier {
  name: string;
  /** A tracking number for this carrier from random characters. */
  format: 'ups' | 'fedex' | 'usps' | 'dhl';
  trackingUrl: string;
}

export const CARRIERS: readonly Carrier[] = [
  { name: 'UPS', format: 'ups', trackingUrl: 'https://www.ups.com/track?tracknum=' },
  { name: 'FedEx', format: 'fedex', trackingUrl: 'https://www.fedex.com/fedextrack/?trknbr=' },
  { name: 'USPS', format: 'usps', trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=' },
  { name: 'DHL', format: 'dhl', trackingUrl: 'https://www.dhl.com/us-en/home/tracking.html?tracking-id=' },
];

export const CARD_BRANDS = [
  ['Visa', 50],
  ['Mastercard', 30],
  ['American Express', 12],
  ['Discover', 8],
] as const satisfies ReadonlyArray<readonly [string, number]>;

/** Flat shipping by method, in USD; standard shipping is free from FREE_SHIPPING_THRESHOLD. */
export const SHIPPING_RATES = { standard: 5.99, express: 14.99, overnight: 29.99 } as const;
export const FREE_SHIPPING_THRESHOLD = 75;

export const CUSTOMER_NOTES = [
  'Please leave the package at the back door.',
  'Ring the bell twice, the first one is broken.',
  'This is a gift, please do not include the receipt.',
  'Deliver to the front desk of the building.',
  'Call when you arrive, the gate code changed.',
] as const;

export const ADMIN_NOTES = [
  'Customer called to confirm the delivery window.',
  'Packed with extra padding at the customer’s request.',
  'Address verified by phone.',
  'VIP customer, include a thank-you card.',
] as const;

export const CANCEL_REASONS = ['Customer changed their mind', 'Payment could not be authorised', 'Item out of stock', 'Duplicate order'] as const;
export const REFUND_REASONS = ['Item arrived damaged', 'Wrong size', 'Not as described', 'Arrived too late', 'No longer needed'] as const;
export const PAYMENT_FAILURES = ['card_declined', 'insufficient_funds', 'expired_card', 'processing_error', 'authentication_required'] as const;

export type CouponKind = 'percentage' | 'fixed' | 'free_shipping';

/**
 * The store's promotions. Windows are in days relative to the seed's anchor
 * (negative: in the past). `usedByOrders: false` marks coupons whose rules the
 * seeded orders do not model (per-user limits, restricted products or users),
 * so they stay unused rather than be applied against their rules.
 */
export interface CouponSpec {
  code: string;
  description: string;
  type: CouponKind;
  value?: number;
  minimumPurchase?: number;
  maximumDiscount?: number;
  usageLimit?: { total?: number; perUser?: number };
  fromDay: number;
  untilDay: number;
  isActive: boolean;
  usedByOrders: boolean;
  restrictTo?: 'department' | 'products' | 'users';
  newUsersOnly?: boolean;
}

export const NAMED_COUPONS: readonly CouponSpec[] = [
  { code: 'WELCOME10', description: '10% off a first order', type: 'percentage', value: 10, maximumDiscount: 50, usageLimit: { perUser: 1 }, fromDay: -720, untilDay: 365, isActive: true, usedByOrders: false, newUsersOnly: true },
  { code: 'SPRING15', description: 'Spring sale: 15% off', type: 'percentage', value: 15, maximumDiscount: 75, fromDay: -260, untilDay: -230, isActive: false, usedByOrders: true },
  { code: 'SUMMER20', description: 'Summer sale: 20% off orders over $100', type: 'percentage', value: 20, minimumPurchase: 100, maximumDiscount: 100, fromDay: -170, untilDay: -120, isActive: false, usedByOrders: true },
  { code: 'FALL25', description: 'Fall clearance: 25% off', type: 'percentage', value: 25, minimumPurchase: 50, maximumDiscount: 120, usageLimit: { total: 400 }, fromDay: -80, untilDay: -50, isActive: false, usedByOrders: true },
  { code: 'BLACKFRIDAY30', description: 'Black Friday: 30% off everything', type: 'percentage', value: 30, maximumDiscount: 150, fromDay: -12, untilDay: -6, isActive: false, usedByOrders: true },
  { code: 'SAVE10', description: '$10 off orders over $50', type: 'fixed', value: 10, minimumPurchase: 50, fromDay: -400, untilDay: 120, isActive: true, usedByOrders: true },
  { code: 'SAVE25', description: '$25 off orders over $150', type: 'fixed', value: 25, minimumPurchase: 150, fromDay: -300, untilDay: 60, isActive: true, usedByOrders: true },
  { code: 'FREESHIP', description: 'Free standard shipping over $35', type: 'free_shipping', minimumPurchase: 35, fromDay: -500, untilDay: 200, isActive: true, usedByOrders: true },
  { code: 'SHIPFREE-WEEKEND', description: 'Free shipping this weekend', type: 'free_shipping', fromDay: -40, untilDay: -37, isActive: false, usedByOrders: true },
  { code: 'TECH15', description: '15% off Electronics', type: 'percentage', value: 15, maximumDiscount: 200, fromDay: -30, untilDay: 30, isActive: true, usedByOrders: false, restrictTo: 'department' },
  { code: 'BUNDLE50', description: '$50 off selected bundles', type: 'fixed', value: 50, minimumPurchase: 200, fromDay: -10, untilDay: 50, isActive: true, usedByOrders: false, restrictTo: 'products' },
  { code: 'VIP20', description: '20% off for our most loyal customers', type: 'percentage', value: 20, usageLimit: { total: 100, perUser: 2 }, fromDay: -60, untilDay: 120, isActive: true, usedByOrders: false, restrictTo: 'users' },
  { code: 'NEWYEAR2027', description: 'New year: $15 off orders over $80', type: 'fixed', value: 15, minimumPurchase: 80, fromDay: 30, untilDay: 45, isActive: true, usedByOrders: false },
];
