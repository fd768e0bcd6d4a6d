import { EARLY_CUSTOMERS, customerProfile } from '../generators/customers';
import { expectedDeliveredLines, type GeneratedOrder } from '../generators/orders';
import { pickProduct } from '../generators/products';
import { reviewDoc, type ReviewDoc } from '../generators/reviews';
import { DAY_MS } from '../clock';
import type { SeedWorld } from '../world';

export interface PlannedReview {
  review: ReviewDoc;
  productIndex: number;
}

/** Share of reviews written about a delivered order line (verified purchases); the rest come from anyone. */
const VERIFIED_SHARE = 0.7;

/**
 * Decides which reviews exist, so the count comes out exact: while orders
 * stream, some delivered lines get a verified review (up to 70% of the
 * target); afterwards `remaining()` tops up with unverified reviews. A
 * customer reviews a product at most once (a set of numeric pairs: a few MB at
 * the large scale).
 */
export class ReviewPlanner {
  private nextIndex = 0;
  private readonly reviewed = new Set<number>();
  private readonly verifiedTarget: number;
  private readonly lineChance: number;

  constructor(
    private readonly world: SeedWorld,
    private readonly target: number,
  ) {
    this.verifiedTarget = Math.floor(target * VERIFIED_SHARE);
    const lines = expectedDeliveredLines(world.scale.orders);
    this.lineChance = lines > 0 ? Math.min(1, this.verifiedTarget / lines) : 0;
  }

  get written(): number {
    return this.nextIndex;
  }

  private pairKey(customerIndex: number, productIndex: number): number {
    return customerIndex * this.world.scale.products + productIndex;
  }

  /** Verified reviews of a delivered order's lines. */
  fromOrder(generated: GeneratedOrder): PlannedReview[] {
    if (generated.order.status !== 'delivered' || generated.deliveredAt === undefined) return [];
    const rng = this.world.rng('order-reviews', generated.index);
    const reviews: PlannedReview[] = [];
    for (const product of generated.products) {
      if (this.nextIndex >= this.verifiedTarget || !rng.chance(this.lineChance)) continue;
      const key = this.pairKey(generated.customer.index, product.index);
      if (this.reviewed.has(key)) continue;
      this.reviewed.add(key);
      const review = reviewDoc(this.world, { reviewIndex: this.nextIndex++, product, customer: generated.customer, order: generated.order._id, earliest: generated.deliveredAt });
      reviews.push({ review, productIndex: product.index });
    }
    return reviews;
  }

  /** Unverified reviews until the target is reached. */
  *remaining(): Generator<PlannedReview> {
    const { world } = this;
    while (this.nextIndex < this.target) {
      const rng = world.rng('open-review', this.nextIndex);
      let pick: { product: ReturnType<typeof pickProduct>; customer: ReturnType<typeof customerProfile> } | undefined;
      for (let attempt = 0; attempt < 20 && !pick; attempt += 1) {
        const product = pickProduct(world, rng, { before: world.clock.daysAgo(1), statuses: ['published'] });
        const customer = customerProfile(world, rng.int(0, world.scale.customers - 1));
        const key = this.pairKey(customer.index, product.index);
        if (!this.reviewed.has(key) && customer.createdAt < world.clock.daysAgo(1)) {
          this.reviewed.add(key);
          pick = { product, customer };
        }
      }
      // Only in a tiny store are all pairs taken: then an early customer reviews again.
      pick ??= {
        product: pickProduct(world, rng, { before: world.clock.daysAgo(1), statuses: ['published'] }),
        customer: customerProfile(world, rng.int(0, Math.min(EARLY_CUSTOMERS, world.scale.customers) - 1)),
      };
      const earliest = Math.min(Math.max(pick.product.createdAt, pick.customer.createdAt) + DAY_MS, world.clock.daysAgo(1));
      const review = reviewDoc(world, { reviewIndex: this.nextIndex++, product: pick.product, customer: pick.customer, earliest });
      yield { review, productIndex: pick.product.index };
    }
  }
}
