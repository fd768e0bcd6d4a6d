import { Schema, type Connection, type HydratedDocumentFromSchema, type InferSchemaType } from 'mongoose';
import { REVIEW_STATUSES } from '../domain/enums';
import { integer, max, min, oneOf, required } from '../domain/field-rules';
import { schemaVersionField } from './schema-version';

export const REVIEW_MODEL = 'Review';

// The reviewer's name and avatar as shown with the review, kept by the users service (design document 5.2).
const authorSchema = new Schema(
  {
    name: { type: String, trim: true },
    avatar: { type: String, trim: true },
  },
  { _id: false },
);

const helpfulSchema = new Schema(
  {
    count: { type: Number, default: 0, min: min(0, 'helpful.count'), validate: integer('helpful.count') },
    voters: [{ type: Schema.Types.ObjectId, ref: 'User' }],
  },
  { _id: false },
);

const reportedSchema = new Schema(
  {
    count: { type: Number, default: 0, min: min(0, 'reported.count'), validate: integer('reported.count') },
    reasons: [{ type: String, trim: true }],
  },
  { _id: false },
);

const adminReplySchema = new Schema(
  {
    text: { type: String, trim: true },
    repliedBy: { type: Schema.Types.ObjectId, ref: 'User' },
    repliedAt: { type: Date },
  },
  { _id: false },
);

export const reviewSchema = new Schema(
  {
    product: { type: Schema.Types.ObjectId, ref: 'Product', required: required('product') },
    user: { type: Schema.Types.ObjectId, ref: 'User', required: required('user') },
    author: { type: authorSchema },
    order: { type: Schema.Types.ObjectId, ref: 'Order' },
    rating: { type: Number, required: required('rating'), min: min(1, 'rating'), max: max(5, 'rating'), validate: integer('rating') },
    title: { type: String, trim: true },
    comment: { type: String, trim: true },
    images: [{ type: String, trim: true }],
    pros: [{ type: String, trim: true }],
    cons: [{ type: String, trim: true }],
    isVerifiedPurchase: { type: Boolean, default: false },
    helpful: { type: helpfulSchema, default: () => ({}) },
    reported: { type: reportedSchema, default: () => ({}) },
    status: { type: String, enum: oneOf(REVIEW_STATUSES, 'status'), default: 'pending' },
    adminReply: { type: adminReplySchema },
    schemaVersion: schemaVersionField(),
  },
  { collection: 'reviews', timestamps: true },
);

reviewSchema.index({ product: 1, createdAt: -1 });
reviewSchema.index({ user: 1 });
reviewSchema.index({ rating: 1 });
reviewSchema.index({ status: 1 });
reviewSchema.index({ isVerifiedPurchase: 1 });
reviewSchema.index({ 'helpful.count': -1 });

export type ReviewAttrs = InferSchemaType<typeof reviewSchema>;
export type ReviewDocument = HydratedDocumentFromSchema<typeof reviewSchema>;

/** Compiles the model on `connection`. Use `registerModels` (index.ts), which reuses a registered one. */
export function compileReviewModel(connection: Connection) {
  return connection.model(REVIEW_MODEL, reviewSchema);
}
export type ReviewModel = ReturnType<typeof compileReviewModel>;
