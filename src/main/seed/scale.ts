/**
 * How much data a seed writes. The category tree is the same at every scale
 * (data/taxonomy.ts); everything else scales. `demo` is what a developer looks
 * at, `large` what the benchmarks need, `test` a proportionally smaller demo
 * for fast integration tests.
 */
export interface SeedScale {
  name: string;
  products: number;
  customers: number;
  sellers: number;
  orders: number;
  reviews: number;
  /** Coupons beyond the named ones in data/commerce.ts. */
  extraCoupons: number;
  /** Carts of visitors who never signed in (identified by sessionId). */
  guestCarts: number;
}

export const SEED_SCALES = {
  test: { name: 'test', products: 60, customers: 15, sellers: 2, orders: 150, reviews: 120, extraCoupons: 0, guestCarts: 3 },
  demo: { name: 'demo', products: 200, customers: 50, sellers: 2, orders: 1_000, reviews: 800, extraCoupons: 0, guestCarts: 10 },
  large: { name: 'large', products: 100_000, customers: 20_000, sellers: 40, orders: 1_000_000, reviews: 200_000, extraCoupons: 48, guestCarts: 2_000 },
} as const satisfies Record<string, SeedScale>;

export type SeedScaleName = keyof typeof SEED_SCALES;

export function isSeedScaleName(name: string): name is SeedScaleName {
  return Object.hasOwn(SEED_SCALES, name);
}

/** A scale with `products` and `orders` as given and the rest in the large scale's proportions. */
export function proportionalScale(name: string, products: number, orders: number): SeedScale {
  const large = SEED_SCALES.large;
  return {
    name,
    products,
    orders,
    customers: Math.max(20, Math.round((orders * large.customers) / large.orders)),
    sellers: Math.max(2, Math.round((products * large.sellers) / large.products)),
    reviews: Math.round((orders * large.reviews) / large.orders),
    extraCoupons: Math.round((orders * large.extraCoupons) / large.orders),
    guestCarts: Math.round((orders * large.guestCarts) / large.orders),
  };
}
