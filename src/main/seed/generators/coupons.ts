import type { Types } from 'mongoose';
import { roundMoney } from '../../domain/cart-totals';
import type { OrderDiscountType } from '../../domain/enums';
import { CURRENT_SCHEMA_VERSION } from '../../models/schema-version';
import { DAY_MS } from '../clock';
import { NAMED_COUPONS, type CouponKind, type CouponSpec } from '../data/commerce';
import type { SeedScale } from '../scale';
import type { PlannerTools, SeedWorld } from '../world';
import type { CategoryNode } from './categories';
import { customerId } from './customers';
import { productCore } from './products';

/** A coupon of the store, planned up front (there are few) so orders can apply it. */
export interface CouponPlan {
  index: number;
  id: Types.ObjectId;
  spec: CouponSpec;
  validFrom: number;
  validUntil: number;
  createdAt: number;
}

export interface CouponDoc {
  _id: Types.ObjectId;
  code: string;
  description: string;
  type: CouponKind;
  value?: number;
  minimumPurchase?: number;
  maximumDiscount?: number;
  applicableProducts: Types.ObjectId[];
  applicableCategories: Types.ObjectId[];
  usageLimit?: { total?: number; perUser?: number };
  usageCount: number;
  userRestrictions?: { newUsersOnly?: boolean; specificUsers?: Types.ObjectId[] };
  validFrom: Date;
  validUntil: Date;
  isActive: boolean;
  createdBy: Types.ObjectId;
  schemaVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Flash sales added at larger scales, spread over the last year. */
function flashSpec(position: number, tools: PlannerTools): CouponSpec {
  const rng = tools.rng('flash-coupon', position);
  const type = (['percentage', 'fixed', 'free_shipping'] as const)[position % 3]!;
  const fromDay = -rng.int(10, 360);
  return {
    code: `FLASH-${(position + 1).toString(36).toUpperCase().padStart(3, '0')}`,
    description: type === 'free_shipping' ? 'Flash sale: free shipping' : type === 'percentage' ? 'Flash sale: percent off' : 'Flash sale: dollars off',
    type,
    ...(type === 'percentage' ? { value: rng.pick([5, 10, 15, 20]), maximumDiscount: 60 } : type === 'fixed' ? { value: rng.pick([5, 10, 20]), minimumPurchase: 60 } : {}),
    usageLimit: { total: rng.pick([500, 1_000, 5_000, 20_000]) },
    fromDay,
    untilDay: fromDay + rng.int(2, 7),
    isActive: false,
    usedByOrders: true,
  };
}

export function planCoupons(tools: PlannerTools & { categories: readonly CategoryNode[]; scale: SeedScale }): CouponPlan[] {
  const specs = [...NAMED_COUPONS, ...Array.from({ length: tools.scale.extraCoupons }, (_, position) => flashSpec(position, tools))];
  return specs.map((spec, index) => {
    const validFrom = tools.clock.daysAgo(-spec.fromDay);
    const createdAt = Math.min(validFrom - 7 * DAY_MS, tools.clock.daysAgo(1));
    return { index, id: tools.id('coupon', index, createdAt), spec, validFrom, validUntil: tools.clock.daysAgo(-spec.untilDay), createdAt };
  });
}

/** What a coupon takes off an order or a cart, and the shipping left to pay. */
export interface CouponEffect {
  discount: number;
  shipping: number;
  /** How an order records it; absent for free shipping (the discount is the waived shipping). */
  discountType?: OrderDiscountType;
}

export function couponApplies(plan: CouponPlan, subtotal: number, at: number): boolean {
  return plan.spec.usedByOrders && at >= plan.validFrom && at < plan.validUntil && subtotal >= (plan.spec.minimumPurchase ?? 0);
}

export function couponEffect(plan: CouponPlan, subtotal: number, shipping: number): CouponEffect {
  const { type, value = 0, maximumDiscount } = plan.spec;
  if (type === 'free_shipping') return { discount: 0, shipping: 0 };
  const raw = type === 'percentage' ? (subtotal * value) / 100 : value;
  const capped = Math.min(raw, maximumDiscount ?? Number.POSITIVE_INFINITY, subtotal);
  return { discount: roundMoney(capped), shipping, discountType: type };
}

export function couponDoc(world: SeedWorld, plan: CouponPlan, usageCount: number): CouponDoc {
  const { spec } = plan;
  const rng = world.rng('coupon', plan.index);
  const department = world.categories.find((node) => node.level === 0 && node.name === 'Electronics') ?? world.categories[0]!;
  // Restricted coupons name a handful of bundles or loyal customers (orders do not use them).
  const applicableProducts = spec.restrictTo === 'products' ? Array.from({ length: Math.min(5, world.scale.products) }, (_, k) => productCore(world, k).id) : [];
  const specificUsers = spec.restrictTo === 'users' ? Array.from({ length: Math.min(5, world.scale.customers) }, (_, k) => customerId(world, k)) : [];
  return {
    _id: plan.id,
    code: spec.code,
    description: spec.description,
    type: spec.type,
    ...(spec.value !== undefined ? { value: spec.value } : {}),
    ...(spec.minimumPurchase !== undefined ? { minimumPurchase: spec.minimumPurchase } : {}),
    ...(spec.maximumDiscount !== undefined ? { maximumDiscount: spec.maximumDiscount } : {}),
    applicableProducts,
    applicableCategories: spec.restrictTo === 'department' ? [department.id] : [],
    ...(spec.usageLimit ? { usageLimit: spec.usageLimit } : {}),
    usageCount,
    ...(spec.newUsersOnly || specificUsers.length > 0 ? { userRestrictions: { newUsersOnly: spec.newUsersOnly ?? false, specificUsers } } : {}),
    validFrom: new Date(plan.validFrom),
    validUntil: new Date(plan.validUntil),
    isActive: spec.isActive,
    createdBy: world.admin.id,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: new Date(plan.createdAt),
    updatedAt: new Date(world.clock.within(rng, plan.createdAt, plan.validUntil)),
  };
}
