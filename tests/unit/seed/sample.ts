import { randomBytes } from 'node:crypto';
import { customerCart, guestCart } from '../../../src/main/seed/generators/carts';
import { categoryDoc } from '../../../src/main/seed/generators/categories';
import { couponDoc } from '../../../src/main/seed/generators/coupons';
import { customerProfile } from '../../../src/main/seed/generators/customers';
import { OrderFactory, type GeneratedOrder } from '../../../src/main/seed/generators/orders';
import { paymentDoc, plainPayment } from '../../../src/main/seed/generators/payments';
import { productCore, productDoc } from '../../../src/main/seed/generators/products';
import { customerUserDoc, staffUserDoc } from '../../../src/main/seed/generators/users';
import { customerWishlists } from '../../../src/main/seed/generators/wishlists';
import { ReviewPlanner } from '../../../src/main/seed/pipeline/review-planner';
import { SEED_SCALES, type SeedScale } from '../../../src/main/seed/scale';
import { createSeedWorld, type SeedWorld } from '../../../src/main/seed/world';

/** A fixed anchor, so samples do not depend on the day the tests run. */
export const ANCHOR = new Date('2026-06-15T00:00:00Z');
export const PASSWORD_HASH = '$2b$12$' + 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0';
export const FIELD_KEY = randomBytes(32);

export function demoWorld(seed = 42, scale: SeedScale = SEED_SCALES.demo): SeedWorld {
  return createSeedWorld({ scale, seed, anchor: ANCHOR });
}

/** The first documents of every kind, generated the way the pipeline does (without a server). */
export function sampleDocuments(world: SeedWorld, orders = 200) {
  const factory = new OrderFactory(world);
  const planner = new ReviewPlanner(world, world.scale.reviews);
  const generated: GeneratedOrder[] = [];
  const reviews = [];
  for (let index = 0; index < orders; index += 1) {
    const order = factory.build(index);
    generated.push(order);
    reviews.push(...planner.fromOrder(order).map((planned) => planned.review));
  }
  const customers = Array.from({ length: world.scale.customers }, (_, index) => customerProfile(world, index));
  const openReviews = [];
  for (const planned of planner.remaining()) {
    openReviews.push(planned.review);
    if (openReviews.length >= 100) break;
  }
  return {
    generated,
    orders: generated.map((order) => order.order),
    plainPayments: generated.map((order) => plainPayment(world, order)),
    payments: generated.map((order) => paymentDoc(world, order, FIELD_KEY)),
    reviews: [...reviews, ...openReviews],
    products: Array.from({ length: world.scale.products }, (_, index) => productDoc(world, productCore(world, index), { totalSold: index % 7, ratingSum: 9, ratingCount: 2 })),
    customers,
    users: [world.admin, ...world.sellers].map((member) => staffUserDoc(world, member, PASSWORD_HASH)).concat(customers.map((customer) => customerUserDoc(world, customer, PASSWORD_HASH, []))),
    addresses: customers.flatMap((customer) => customer.addresses),
    carts: [...customers.map((customer) => customerCart(world, customer)).filter((cart) => cart !== undefined), ...Array.from({ length: world.scale.guestCarts }, (_, guest) => guestCart(world, guest))],
    wishlists: customers.flatMap((customer) => customerWishlists(world, customer)),
    categories: world.categories.map((node) => categoryDoc(world, node, node.index)),
    coupons: world.coupons.map((plan) => couponDoc(world, plan, 3)),
  };
}
