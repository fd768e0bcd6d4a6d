import { trusted, type Types } from 'mongoose';
import { sameMoney } from '../../domain/cart-totals';
import type { Models } from '../../models';
import { cartTotals, type CartTotalsSource } from '../carts/cart-service';
import { approvedRatings, authorFromUser, sameAuthor, type RatingSummary } from '../reviews/review-integrity';

/**
 * Rebuilds the commerce caches from their sources, for when a service crashed
 * between changing a source and its cache, or data was edited by hand:
 * - product `ratings` from approved reviews (no approved review: 0 and 0);
 * - review `author` from the user (a user who is gone: "Deleted customer");
 * - cart `totals` from the cart's lines.
 *
 * Order `items.productSnapshot` is deliberately left alone: it records what the
 * customer bought and paid, and rebuilding it from today's catalog would rewrite
 * history. It has no source to be "out of date" against.
 *
 * Collections are streamed with cursors and handled a batch at a time (one
 * aggregation or lookup per batch, one bulk write per batch), so memory stays
 * bounded by the batch size whatever the collection sizes. `dryRun` counts what
 * would change and writes nothing.
 */

export interface RepairCommerceOptions {
  dryRun?: boolean;
  /** Documents per batch; small values exercise batching in tests. */
  batchSize?: number;
}

/** How many documents were fixed (or, in a dry run, would be). */
export interface RepairCommerceReport {
  productRatings: number;
  reviewAuthors: number;
  cartTotals: number;
}

const DEFAULT_BATCH_SIZE = 500;

interface Fix {
  _id: Types.ObjectId;
  set: Record<string, unknown>;
}

/** Feeds `handle` the cursor's documents `size` at a time. */
async function inBatches<T>(cursor: AsyncIterable<T>, size: number, handle: (batch: T[]) => Promise<void>): Promise<void> {
  let batch: T[] = [];
  for await (const doc of cursor) {
    batch.push(doc);
    if (batch.length >= size) {
      await handle(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await handle(batch);
}

type UpdateOps = Array<{ updateOne: { filter: { _id: Types.ObjectId }; update: { $set: Record<string, unknown> } } }>;

/** Applies one batch's fixes with a single bulk write (none in a dry run); returns how many. */
async function applyFixes(write: (ops: UpdateOps) => Promise<unknown>, fixes: Fix[], dryRun: boolean): Promise<number> {
  if (fixes.length === 0 || dryRun) return fixes.length;
  await write(fixes.map((fix) => ({ updateOne: { filter: { _id: fix._id }, update: { $set: fix.set } } })));
  return fixes.length;
}

interface ProductRatingRow {
  _id: Types.ObjectId;
  ratings?: { average?: number | null; count?: number | null } | null;
}

function sameRating(stored: ProductRatingRow['ratings'], expected: RatingSummary): boolean {
  return stored?.average === expected.average && stored?.count === expected.count;
}

async function repairProductRatings(models: Models, batchSize: number, dryRun: boolean): Promise<number> {
  let fixed = 0;
  const cursor = models.Product.find({}, { ratings: 1 }).sort({ _id: 1 }).lean<ProductRatingRow[]>().cursor({ batchSize });
  await inBatches<ProductRatingRow>(cursor, batchSize, async (products) => {
    const ratings = await approvedRatings(models, products.map((product) => product._id));
    const fixes = products.flatMap((product): Fix[] => {
      const expected = ratings.get(product._id.toHexString()) ?? { average: 0, count: 0 };
      return sameRating(product.ratings, expected) ? [] : [{ _id: product._id, set: { 'ratings.average': expected.average, 'ratings.count': expected.count } }];
    });
    fixed += await applyFixes((ops) => models.Product.bulkWrite(ops, { ordered: false }), fixes, dryRun);
  });
  return fixed;
}

interface ReviewAuthorRow {
  _id: Types.ObjectId;
  user?: Types.ObjectId | null;
  author?: { name?: string | null; avatar?: string | null } | null;
}

interface UserNameRow {
  _id: Types.ObjectId;
  firstName?: string | null;
  lastName?: string | null;
  avatar?: string | null;
}

async function repairReviewAuthors(models: Models, batchSize: number, dryRun: boolean): Promise<number> {
  let fixed = 0;
  const cursor = models.Review.find({}, { user: 1, author: 1 }).sort({ _id: 1 }).lean<ReviewAuthorRow[]>().cursor({ batchSize });
  await inBatches<ReviewAuthorRow>(cursor, batchSize, async (reviews) => {
    const userIds = reviews.flatMap((review) => (review.user ? [review.user] : []));
    const users = await models.User.find({ _id: trusted({ $in: userIds }) }, { firstName: 1, lastName: 1, avatar: 1 }).lean<UserNameRow[]>();
    const byId = new Map(users.map((user) => [user._id.toHexString(), user]));
    const fixes = reviews.flatMap((review): Fix[] => {
      const expected = authorFromUser((review.user && byId.get(review.user.toHexString())) || null);
      return sameAuthor(review.author, expected) ? [] : [{ _id: review._id, set: { author: expected } }];
    });
    fixed += await applyFixes((ops) => models.Review.bulkWrite(ops, { ordered: false }), fixes, dryRun);
  });
  return fixed;
}

interface CartTotalsRow extends CartTotalsSource {
  _id: Types.ObjectId;
  totals?: { subtotal?: number | null; tax?: number | null; shipping?: number | null; total?: number | null } | null;
}

function sameTotals(stored: CartTotalsRow['totals'], expected: ReturnType<typeof cartTotals>): boolean {
  return (['subtotal', 'tax', 'shipping', 'total'] as const).every((key) => {
    const value = stored?.[key];
    return typeof value === 'number' && sameMoney(value, expected[key]);
  });
}

async function repairCartTotals(models: Models, batchSize: number, dryRun: boolean): Promise<number> {
  let fixed = 0;
  const cursor = models.Cart.find({}, { items: 1, totals: 1, discount: 1 }).sort({ _id: 1 }).lean<CartTotalsRow[]>().cursor({ batchSize });
  await inBatches<CartTotalsRow>(cursor, batchSize, async (carts) => {
    const fixes = carts.flatMap((cart): Fix[] => {
      const expected = cartTotals(cart);
      return sameTotals(cart.totals, expected) ? [] : [{ _id: cart._id, set: { totals: expected } }];
    });
    fixed += await applyFixes((ops) => models.Cart.bulkWrite(ops, { ordered: false }), fixes, dryRun);
  });
  return fixed;
}

export async function repairCommerce(models: Models, options: RepairCommerceOptions = {}): Promise<RepairCommerceReport> {
  const dryRun = options.dryRun ?? false;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  return {
    productRatings: await repairProductRatings(models, batchSize, dryRun),
    reviewAuthors: await repairReviewAuthors(models, batchSize, dryRun),
    cartTotals: await repairCartTotals(models, batchSize, dryRun),
  };
}
