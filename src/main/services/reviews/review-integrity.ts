import type { Types } from 'mongoose';
import { AppError } from '../../errors';
import type { Models } from '../../models';
import { isoOrNull, notFoundById, objectIdOrNotFound } from '../references';

/**
 * Reviews and the two caches they feed (design document 5.2):
 * - `review.author`: the reviewer's name and avatar, copied from the user;
 * - `product.ratings`: average and count of the product's APPROVED reviews.
 *
 * Every write here changes the review first and then recomputes the caches from
 * their sources. There are no multi-document transactions: a crash between the
 * two leaves a stale cache, never a wrong source, and `repairCommerce`
 * (services/maintenance/repair-commerce.ts) rebuilds caches from sources.
 */

export const DELETED_CUSTOMER_NAME = 'Deleted customer';

export type ModerationDecision = 'approved' | 'rejected';
const MODERATION_DECISIONS: readonly string[] = ['approved', 'rejected'] satisfies ModerationDecision[];

export interface ReviewAuthor {
  name: string;
  avatar?: string;
}

export interface RatingSummary {
  average: number;
  count: number;
}

export interface CreateReviewInput {
  product: string;
  user: string;
  rating: number;
  title?: string;
  comment?: string;
  images?: string[];
  pros?: string[];
  cons?: string[];
}

/** What a reviewer may change; moderation state and the author cache are not among it. */
export type ReviewEdit = Partial<Pick<CreateReviewInput, 'rating' | 'title' | 'comment' | 'images' | 'pros' | 'cons'>>;

export interface ReviewDTO {
  id: string;
  product: string;
  user: string;
  author: ReviewAuthor | null;
  order: string | null;
  rating: number;
  title: string | null;
  comment: string | null;
  images: string[];
  pros: string[];
  cons: string[];
  isVerifiedPurchase: boolean;
  status: string;
  createdAt: string | null;
  updatedAt: string | null;
}

interface AuthorSource {
  firstName?: string | null;
  lastName?: string | null;
  avatar?: string | null;
}

/** The author cache for a user; a user who no longer exists shows as "Deleted customer" and no avatar. */
export function authorFromUser(user: AuthorSource | null): ReviewAuthor {
  if (!user) return { name: DELETED_CUSTOMER_NAME };
  const name = [user.firstName, user.lastName].filter((part) => part != null && part !== '').join(' ');
  return user.avatar ? { name, avatar: user.avatar } : { name };
}

/** Whether a stored author cache says the same as `expected` (absent and null avatars are equal). */
export function sameAuthor(stored: { name?: string | null; avatar?: string | null } | null | undefined, expected: ReviewAuthor): boolean {
  return (stored?.name ?? null) === expected.name && (stored?.avatar ?? null) === (expected.avatar ?? null);
}

/** Rounds a rating average to two decimals, as stored in `product.ratings.average`. */
export function roundRating(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

function checkRating(rating: unknown): void {
  if (!Number.isInteger(rating) || (rating as number) < 1 || (rating as number) > 5) {
    throw new AppError('VALIDATION', 'rating must be a whole number from 1 to 5', { rating: 'Must be a whole number from 1 to 5' });
  }
}

type StoredReview = {
  _id: Types.ObjectId;
  product: Types.ObjectId;
  user: Types.ObjectId;
  author?: { name?: string | null; avatar?: string | null } | null;
  order?: Types.ObjectId | null;
  rating: number;
  title?: string | null;
  comment?: string | null;
  images?: Array<string | null> | null;
  pros?: Array<string | null> | null;
  cons?: Array<string | null> | null;
  isVerifiedPurchase?: boolean | null;
  status?: string | null;
  createdAt?: Date;
  updatedAt?: Date;
};

function strings(values: Array<string | null> | null | undefined): string[] {
  return (values ?? []).filter((value): value is string => typeof value === 'string');
}

export function toReviewDTO(review: StoredReview): ReviewDTO {
  const author = review.author?.name != null ? { name: review.author.name, ...(review.author.avatar ? { avatar: review.author.avatar } : {}) } : null;
  return {
    id: review._id.toHexString(),
    product: review.product.toHexString(),
    user: review.user.toHexString(),
    author,
    order: review.order ? review.order.toHexString() : null,
    rating: review.rating,
    title: review.title ?? null,
    comment: review.comment ?? null,
    images: strings(review.images),
    pros: strings(review.pros),
    cons: strings(review.cons),
    isVerifiedPurchase: review.isVerifiedPurchase === true,
    status: review.status ?? 'pending',
    createdAt: isoOrNull(review.createdAt),
    updatedAt: isoOrNull(review.updatedAt),
  };
}

/**
 * The rating summary of each product in `productIds` from its approved reviews,
 * in one aggregation. Products without approved reviews are absent from the map.
 * Aggregations are not cast by Mongoose: ids must already be ObjectIds.
 */
export async function approvedRatings(models: Models, productIds: Types.ObjectId[]): Promise<Map<string, RatingSummary>> {
  const groups = await models.Review.aggregate<{ _id: Types.ObjectId; average: number; count: number }>([
    { $match: { status: 'approved', product: { $in: productIds } } },
    { $group: { _id: '$product', average: { $avg: '$rating' }, count: { $sum: 1 } } },
  ]);
  return new Map(groups.map((group) => [group._id.toHexString(), { average: roundRating(group.average), count: group.count }]));
}

/**
 * Recomputes `ratings` of one product from its approved reviews and stores it.
 * Two recomputations racing can land out of order and leave a stale summary for
 * a moment; the next change or `repairCommerce` settles it.
 */
export async function recomputeProductRating(models: Models, productId: string | Types.ObjectId): Promise<RatingSummary> {
  const id = typeof productId === 'string' ? objectIdOrNotFound(productId, 'product', 'product') : productId;
  const summary = (await approvedRatings(models, [id])).get(id.toHexString()) ?? { average: 0, count: 0 };
  await models.Product.updateOne({ _id: id }, { $set: { 'ratings.average': summary.average, 'ratings.count': summary.count } });
  return summary;
}

/** A delivered order of `user` that contains `product`, if any: what makes a purchase verified. */
async function deliveredOrderWith(models: Models, user: Types.ObjectId, product: Types.ObjectId): Promise<Types.ObjectId | null> {
  const order = await models.Order.findOne({ user, status: 'delivered', 'items.product': product }, { _id: 1 }).lean();
  return order?._id ?? null;
}

/** Creates a pending review (pending reviews do not count towards ratings). */
export async function createReview(models: Models, input: CreateReviewInput): Promise<ReviewDTO> {
  const productId = objectIdOrNotFound(input.product, 'product', 'product');
  const userId = objectIdOrNotFound(input.user, 'user', 'user');
  checkRating(input.rating);
  const [product, user] = await Promise.all([
    models.Product.exists({ _id: productId }),
    models.User.findById(userId, { firstName: 1, lastName: 1, avatar: 1 }).lean(),
  ]);
  if (!product) throw notFoundById('product', 'product', input.product);
  if (!user) throw notFoundById('user', 'user', input.user);
  const order = await deliveredOrderWith(models, userId, productId);
  const created = await models.Review.create({
    product: productId,
    user: userId,
    author: authorFromUser(user),
    ...(order ? { order } : {}),
    isVerifiedPurchase: order !== null,
    rating: input.rating,
    title: input.title,
    comment: input.comment,
    images: input.images ?? [],
    pros: input.pros ?? [],
    cons: input.cons ?? [],
    status: 'pending',
  });
  return toReviewDTO(created.toObject());
}

function reviewId(id: string): Types.ObjectId {
  return objectIdOrNotFound(id, 'id', 'review');
}

/** Approves or rejects a review, then recomputes its product's rating. */
export async function moderateReview(models: Models, id: string, status: ModerationDecision): Promise<ReviewDTO> {
  if (!MODERATION_DECISIONS.includes(status)) {
    throw new AppError('VALIDATION', `status must be one of ${MODERATION_DECISIONS.join(', ')}`, { status: `Must be one of ${MODERATION_DECISIONS.join(', ')}` });
  }
  const updated = await models.Review.findOneAndUpdate({ _id: reviewId(id) }, { $set: { status } }, { returnDocument: 'after', runValidators: true }).lean();
  if (!updated) throw notFoundById('id', 'review', id);
  await recomputeProductRating(models, updated.product);
  return toReviewDTO(updated);
}

/**
 * Edits a review's content. Its moderation status stays as it is (this is the
 * back office editing, not the customer resubmitting), so an approved review's
 * new rating counts at once: the product's rating is recomputed.
 */
export async function editReview(models: Models, id: string, changes: ReviewEdit): Promise<ReviewDTO> {
  if (changes.rating !== undefined) checkRating(changes.rating);
  const allowed: ReviewEdit = {};
  for (const field of ['rating', 'title', 'comment', 'images', 'pros', 'cons'] as const) {
    if (changes[field] !== undefined) Object.assign(allowed, { [field]: changes[field] });
  }
  const updated = await models.Review.findOneAndUpdate({ _id: reviewId(id) }, { $set: allowed }, { returnDocument: 'after', runValidators: true }).lean();
  if (!updated) throw notFoundById('id', 'review', id);
  await recomputeProductRating(models, updated.product);
  return toReviewDTO(updated);
}

/** Deletes a review, then recomputes its product's rating. */
export async function deleteReview(models: Models, id: string): Promise<void> {
  const deleted = await models.Review.findOneAndDelete({ _id: reviewId(id) }).lean();
  if (!deleted) throw notFoundById('id', 'review', id);
  await recomputeProductRating(models, deleted.product);
}

/**
 * Rewrites the author cache of every review by `userId` from the user as it is
 * now: call it after a user's name or avatar changes, or after the user is
 * deleted (then the reviews show "Deleted customer"). Returns how many changed.
 */
export async function refreshAuthorCache(models: Models, userId: string): Promise<number> {
  const id = objectIdOrNotFound(userId, 'user', 'user');
  const user = await models.User.findById(id, { firstName: 1, lastName: 1, avatar: 1 }).lean();
  const result = await models.Review.updateMany({ user: id }, { $set: { author: authorFromUser(user) } });
  return result.modifiedCount;
}
