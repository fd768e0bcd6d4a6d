import { Schema, type Connection, type HydratedDocumentFromSchema, type InferSchemaType } from 'mongoose';
import { CURRENCY_PATTERN } from '../domain/contact';
import { PAYMENT_METHODS, PAYMENT_STATUSES } from '../domain/enums';
import { emptyToUndefined, integer, matches, min, oneOf, required } from '../domain/field-rules';
import { schemaVersionField } from './schema-version';

export const PAYMENT_MODEL = 'Payment';

/**
 * Card details. The payments service encrypts expiryMonth, expiryYear and
 * holderName before saving (AES-256-GCM envelopes as strings), so they take
 * any string here; last4 and brand stay readable for display and search.
 */
const paymentDetailsSchema = new Schema(
  {
    last4: { type: String, trim: true, match: matches(/^\d{4}$/, 'paymentDetails.last4', 'exactly 4 digits') },
    brand: { type: String, trim: true },
    expiryMonth: { type: String },
    expiryYear: { type: String },
    holderName: { type: String },
  },
  { _id: false },
);

const billingAddressSchema = new Schema(
  {
    addressLine1: { type: String, trim: true },
    addressLine2: { type: String, trim: true },
    city: { type: String, trim: true },
    state: { type: String, trim: true },
    postalCode: { type: String, trim: true },
    country: { type: String, trim: true },
  },
  { _id: false },
);

const refundSchema = new Schema(
  {
    amount: { type: Number, min: min(0, 'refund.amount') },
    reason: { type: String, trim: true },
    refundId: { type: String, trim: true },
    processedAt: { type: Date },
  },
  { _id: false },
);

export const paymentSchema = new Schema(
  {
    order: { type: Schema.Types.ObjectId, ref: 'Order' },
    user: { type: Schema.Types.ObjectId, ref: 'User' },
    amount: { type: Number, required: required('amount'), min: min(0, 'amount') },
    currency: { type: String, default: 'USD', trim: true, uppercase: true, match: matches(CURRENCY_PATTERN, 'currency', 'a 3-letter currency code') },
    method: { type: String, enum: oneOf(PAYMENT_METHODS, 'method') },
    status: { type: String, enum: oneOf(PAYMENT_STATUSES, 'status'), default: 'pending' },
    // '' and null become "absent": the unique index is sparse, and it would index null.
    transactionId: { type: String, trim: true, set: emptyToUndefined },
    gateway: { type: String, trim: true },
    // The raw gateway response, stored as an encrypted envelope (a string) by the payments service.
    gatewayResponse: { type: Schema.Types.Mixed },
    paymentDetails: { type: paymentDetailsSchema },
    billingAddress: { type: billingAddressSchema },
    refund: { type: refundSchema },
    metadata: { type: Schema.Types.Mixed },
    failureReason: { type: String, trim: true },
    attempts: { type: Number, default: 0, min: min(0, 'attempts'), validate: integer('attempts') },
    paidAt: { type: Date },
    schemaVersion: schemaVersionField(),
  },
  { collection: 'payments', timestamps: true },
);

paymentSchema.index({ order: 1 });
paymentSchema.index({ user: 1 });
paymentSchema.index({ transactionId: 1 }, { unique: true, sparse: true });
paymentSchema.index({ status: 1 });
paymentSchema.index({ createdAt: -1 });

export type PaymentAttrs = InferSchemaType<typeof paymentSchema>;
export type PaymentDocument = HydratedDocumentFromSchema<typeof paymentSchema>;

/** Compiles the model on `connection`. Use `registerModels` (index.ts), which reuses a registered one. */
export function compilePaymentModel(connection: Connection) {
  return connection.model(PAYMENT_MODEL, paymentSchema);
}
export type PaymentModel = ReturnType<typeof compilePaymentModel>;
