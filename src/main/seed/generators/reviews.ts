import type { Types } from 'mongoose';
import type { ReviewStatus } from '../../domain/enums';
import { CURRENT_SCHEMA_VERSION } from '../../models/schema-version';
import { DAY_MS, HOUR_MS } from '../clock';
import { ADMIN_REPLIES, CONS, PROS, REPORT_REASONS, REVIEW_DETAILS, REVIEW_OPENERS, REVIEW_TITLES } from '../data/reviews';
import type { Random } from '../prng';
import type { SeedWorld } from '../world';
import { customersJoinedBefore, type CustomerProfile } from './customers';
import type { ProductCore } from './products';

export interface ReviewDoc {
  _id: Types.ObjectId;
  product: Types.ObjectId;
  user: Types.ObjectId;
  author: { name: string; avatar?: string };
  order?: Types.ObjectId;
  rating: number;
  title: string;
  comment: string;
  images: string[];
  pros: string[];
  cons: string[];
  isVerifiedPurchase: boolean;
  helpful: { count: number; voters: Types.ObjectId[] };
  reported: { count: number; reasons: string[] };
  status: ReviewStatus;
  adminReply?: { text: string; repliedBy: Types.ObjectId; repliedAt: Date };
  schemaVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What a review is about and who wrote it. `order` and `earliest` come from the purchase for verified reviews. */
export interface ReviewSubject {
  reviewIndex: number;
  product: ProductCore;
  customer: CustomerProfile;
  /** The order it was bought in (a verified purchase). */
  order?: Types.ObjectId;
  /** The review is written after this time (delivery, or the later of sign-up and listing). */
  earliest: number;
}

/** The review's author as the reviews collection caches it (design document 5.2): full name and avatar. */
export function authorOf(customer: CustomerProfile): ReviewDoc['author'] {
  return { name: customer.fullName, ...(customer.avatar ? { avatar: customer.avatar } : {}) };
}

function ratingFor(product: ProductCore, rng: Random): number {
  return Math.min(5, Math.max(1, Math.round(product.quality + rng.normal() * 1.1)));
}

function fill(template: string, product: ProductCore): string {
  return template.replace('{noun}', product.noun.toLowerCase());
}

export function reviewDoc(world: SeedWorld, subject: ReviewSubject): ReviewDoc {
  const { product, customer } = subject;
  const rng = world.rng('review', subject.reviewIndex);
  const createdAt = world.clock.within(rng, subject.earliest + HOUR_MS, subject.earliest + 45 * DAY_MS);
  const rating = ratingFor(product, rng);
  const status = rng.weighted([['approved', 70], ['pending', 18], ['rejected', 12]] as const);
  const moderatedAt = status === 'pending' ? createdAt : world.clock.within(rng, createdAt, createdAt + 3 * DAY_MS);
  const voters = status === 'approved' && rng.chance(0.4) ? customersJoinedBefore(world, rng, createdAt, rng.weighted([[1, 50], [2, 25], [3, 12], [6, 8], [12, 5]] as const), customer.index) : [];
  const reportCount = status === 'rejected' ? rng.int(1, 5) : status === 'approved' && rng.chance(0.03) ? 1 : 0;
  const reply =
    status === 'approved' && rng.chance(0.15)
      ? {
          text: rating >= 4 ? ADMIN_REPLIES[0] : rng.pick(ADMIN_REPLIES.slice(1)),
          repliedBy: rng.chance(0.5) ? world.admin.id : product.seller,
          repliedAt: new Date(world.clock.within(rng, moderatedAt, moderatedAt + 5 * DAY_MS)),
        }
      : undefined;
  const comment = [fill(rng.pick(REVIEW_OPENERS[rating]!), product), ...rng.sample(REVIEW_DETAILS, rng.int(0, 2))].join(' ');
  return {
    _id: world.id('review', subject.reviewIndex, createdAt),
    product: product.id,
    user: customer.id,
    author: authorOf(customer),
    ...(subject.order ? { order: subject.order } : {}),
    rating,
    title: fill(rng.pick(REVIEW_TITLES[rating]!), product),
    comment,
    images: rng.chance(0.1) ? [`https://cdn.example.com/backroom/reviews/${subject.reviewIndex.toString(36)}-1.jpg`] : [],
    pros: rating >= 3 ? rng.sample(PROS, rng.int(0, 3)) : [],
    cons: rating <= 3 ? rng.sample(CONS, rng.int(1, 2)) : rng.sample(CONS, rng.int(0, 1)),
    isVerifiedPurchase: subject.order !== undefined,
    helpful: { count: voters.length, voters },
    reported: { count: reportCount, reasons: reportCount > 0 ? rng.sample(REPORT_REASONS, Math.min(reportCount, 2)) : [] },
    status,
    ...(reply ? { adminReply: reply } : {}),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: new Date(createdAt),
    updatedAt: new Date(Math.max(moderatedAt, reply?.repliedAt.getTime() ?? 0)),
  };
}
