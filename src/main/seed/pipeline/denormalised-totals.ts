import type { GeneratedOrder } from '../generators/orders';
import type { ProductTotals } from '../generators/products';
import type { ReviewDoc } from '../generators/reviews';

/**
 * The figures products and categories cache from other collections, summed
 * while orders and reviews stream past, in typed arrays sized by the product
 * count (a few hundred kilobytes at the large scale). Products are written
 * after orders and reviews, so each is inserted once, already consistent:
 * - totalSold: units in orders that were not cancelled (refunded ones count: they were sold);
 * - ratings: sum and count of APPROVED reviews' stars.
 */
export class DenormalisedTotals {
  readonly sold: Int32Array;
  readonly ratingSum: Int32Array;
  readonly ratingCount: Int32Array;

  constructor(products: number) {
    this.sold = new Int32Array(products);
    this.ratingSum = new Int32Array(products);
    this.ratingCount = new Int32Array(products);
  }

  recordOrder(generated: GeneratedOrder): void {
    if (generated.order.status === 'cancelled') return;
    generated.order.items.forEach((item, position) => {
      this.sold[generated.products[position]!.index]! += item.quantity;
    });
  }

  recordReview(productIndex: number, review: Pick<ReviewDoc, 'status' | 'rating'>): void {
    if (review.status !== 'approved') return;
    this.ratingSum[productIndex]! += review.rating;
    this.ratingCount[productIndex]! += 1;
  }

  productTotals(productIndex: number): ProductTotals {
    return { totalSold: this.sold[productIndex]!, ratingSum: this.ratingSum[productIndex]!, ratingCount: this.ratingCount[productIndex]! };
  }
}
