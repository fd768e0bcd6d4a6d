/**
 * The value lists of the design document's enum fields, in one place so
 * models, services and (later) the shared contract agree. Pure data.
 */

export const USER_ROLES = ['customer', 'seller', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const STOCK_STATUSES = ['in_stock', 'low_stock', 'out_of_stock'] as const;
export type StockStatus = (typeof STOCK_STATUSES)[number];

export const SHIPPING_CLASSES = ['standard', 'express', 'overnight'] as const;
export type ShippingClass = (typeof SHIPPING_CLASSES)[number];

export const PRODUCT_STATUSES = ['draft', 'published', 'archived'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export const ORDER_STATUSES = ['pending', 'confirmed', 'processing', 'shipped', 'delivered', 'cancelled', 'refunded'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const SHIPPING_METHODS = ['standard', 'express', 'overnight'] as const;
export type ShippingMethod = (typeof SHIPPING_METHODS)[number];

export const ORDER_DISCOUNT_TYPES = ['percentage', 'fixed'] as const;
export type OrderDiscountType = (typeof ORDER_DISCOUNT_TYPES)[number];

export const REFUND_STATUSES = ['requested', 'approved', 'rejected', 'processed'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export const PAYMENT_METHODS = ['credit_card', 'debit_card', 'paypal', 'stripe', 'bank_transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_STATUSES = ['pending', 'processing', 'completed', 'failed', 'refunded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const CART_STATUSES = ['active', 'abandoned', 'converted'] as const;
export type CartStatus = (typeof CART_STATUSES)[number];

export const REVIEW_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const ADDRESS_TYPES = ['shipping', 'billing', 'both'] as const;
export type AddressType = (typeof ADDRESS_TYPES)[number];

export const COUPON_TYPES = ['percentage', 'fixed', 'free_shipping'] as const;
export type CouponType = (typeof COUPON_TYPES)[number];
