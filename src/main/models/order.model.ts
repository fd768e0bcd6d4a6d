import { Schema, type Connection, type HydratedDocumentFromSchema, type InferSchemaType } from 'mongoose';
import { grandTotal, lineSubtotal, roundMoney, sameMoney } from '../domain/cart-totals';
import { E164_PATTERN } from '../domain/contact';
import { ORDER_DISCOUNT_TYPES, ORDER_STATUSES, REFUND_STATUSES, SHIPPING_METHODS } from '../domain/enums';
import { integer, matches, min, oneOf, required } from '../domain/field-rules';
import { ORDER_NUMBER_PATTERN } from '../domain/order-number';
import { schemaVersionField } from './schema-version';

export const ORDER_MODEL = 'Order';

// What the product was when ordered, so later catalog edits do not rewrite history.
const productSnapshotSchema = new Schema(
  {
    name: { type: String, trim: true },
    sku: { type: String, trim: true },
    image: { type: String, trim: true },
    price: { type: Number, min: min(0, 'items.productSnapshot.price') },
  },
  { _id: false },
);

// Items keep their _id: refunds, returns and fulfilment name a single line.
const orderItemSchema = new Schema({
  product: { type: Schema.Types.ObjectId, ref: 'Product', required: required('items.product') },
  productSnapshot: { type: productSnapshotSchema },
  quantity: { type: Number, required: required('items.quantity'), min: min(1, 'items.quantity'), validate: integer('items.quantity') },
  price: { type: Number, required: required('items.price'), min: min(0, 'items.price') },
  variant: { type: String, trim: true },
  subtotal: {
    type: Number,
    required: required('items.subtotal'),
    min: min(0, 'items.subtotal'),
    validate: {
      validator(this: { quantity?: unknown; price?: unknown }, subtotal: number): boolean {
        return typeof this.quantity !== 'number' || typeof this.price !== 'number' || sameMoney(subtotal, lineSubtotal(this.quantity, this.price));
      },
      message: 'items.subtotal must equal items.quantity × items.price (got {VALUE})',
    },
  },
});

const pricingSchema = new Schema(
  {
    subtotal: { type: Number, min: min(0, 'pricing.subtotal') },
    tax: { type: Number, min: min(0, 'pricing.tax') },
    shipping: { type: Number, min: min(0, 'pricing.shipping') },
    discount: { type: Number, min: min(0, 'pricing.discount') },
    total: {
      type: Number,
      min: min(0, 'pricing.total'),
      validate: {
        validator(this: { subtotal?: number | null; tax?: number | null; shipping?: number | null; discount?: number | null }, total: number): boolean {
          return typeof this.subtotal !== 'number' || sameMoney(total, grandTotal(this.subtotal, this));
        },
        message: 'pricing.total must equal pricing.subtotal + tax + shipping − discount (got {VALUE})',
      },
    },
  },
  { _id: false },
);

/** A copy of an address as it was when ordered; `field` names it in error messages. */
function orderAddressSchema(field: string) {
  return new Schema(
    {
      fullName: { type: String, trim: true },
      addressLine1: { type: String, trim: true },
      addressLine2: { type: String, trim: true },
      city: { type: String, trim: true },
      state: { type: String, trim: true },
      postalCode: { type: String, trim: true },
      country: { type: String, trim: true },
      phone: { type: String, trim: true, match: matches(E164_PATTERN, `${field}.phone`, 'an E.164 number such as +14155550123') },
    },
    { _id: false },
  );
}

const trackingSchema = new Schema(
  {
    carrier: { type: String, trim: true },
    trackingNumber: { type: String, trim: true },
    trackingUrl: { type: String, trim: true },
    estimatedDelivery: { type: Date },
    actualDelivery: { type: Date },
  },
  { _id: false },
);

const notesSchema = new Schema(
  {
    customer: { type: String, trim: true },
    admin: { type: String, trim: true },
  },
  { _id: false },
);

// Append-only history, never addressed one entry at a time: no _id.
const timelineEntrySchema = new Schema(
  {
    status: { type: String, required: required('timeline.status'), enum: oneOf(ORDER_STATUSES, 'timeline.status') },
    timestamp: { type: Date, default: Date.now },
    note: { type: String, trim: true },
    updatedBy: { type: Schema.Types.ObjectId, ref: 'User' },
  },
  { _id: false },
);

const discountSchema = new Schema(
  {
    code: { type: String, trim: true, uppercase: true },
    amount: { type: Number, min: min(0, 'discount.amount') },
    type: { type: String, enum: oneOf(ORDER_DISCOUNT_TYPES, 'discount.type') },
  },
  { _id: false },
);

const refundSchema = new Schema(
  {
    amount: { type: Number, min: min(0, 'refund.amount') },
    reason: { type: String, trim: true },
    status: { type: String, enum: oneOf(REFUND_STATUSES, 'refund.status') },
    processedAt: { type: Date },
  },
  { _id: false },
);

export const orderSchema = new Schema(
  {
    orderNumber: {
      type: String,
      required: required('orderNumber'),
      trim: true,
      match: matches(ORDER_NUMBER_PATTERN, 'orderNumber', 'ORD-YYYYMMDD-XXXXX (X from A-Z and 0-9)'),
    },
    user: { type: Schema.Types.ObjectId, ref: 'User' },
    items: {
      type: [orderItemSchema],
      default: [],
      validate: {
        validator: (items: unknown[]): boolean => items.length >= 1,
        message: 'items must contain at least one item',
      },
    },
    pricing: { type: pricingSchema },
    shippingAddress: { type: orderAddressSchema('shippingAddress') },
    billingAddress: { type: orderAddressSchema('billingAddress') },
    payment: { type: Schema.Types.ObjectId, ref: 'Payment' },
    status: { type: String, enum: oneOf(ORDER_STATUSES, 'status'), default: 'pending' },
    shippingMethod: { type: String, enum: oneOf(SHIPPING_METHODS, 'shippingMethod') },
    tracking: { type: trackingSchema },
    notes: { type: notesSchema },
    timeline: { type: [timelineEntrySchema], default: [] },
    couponCode: { type: String, trim: true, uppercase: true },
    discount: { type: discountSchema },
    refund: { type: refundSchema },
    schemaVersion: schemaVersionField(),
  },
  { collection: 'orders', timestamps: true },
);

orderSchema.index({ orderNumber: 1 }, { unique: true });
orderSchema.index({ user: 1, createdAt: -1 });
orderSchema.index({ status: 1 });
orderSchema.index({ 'tracking.trackingNumber': 1 });
orderSchema.index({ createdAt: -1 });
orderSchema.index({ 'items.product': 1 });

// "Pricing calculations: validated" (design document 4.4): the subtotal is the sum of the
// lines. Checked here because it spans the items array and the pricing sub-document.
orderSchema.pre('validate', function () {
  const subtotal = this.pricing?.subtotal;
  if (typeof subtotal !== 'number') return;
  const lineSubtotals = this.items.map((item) => item.subtotal);
  if (!lineSubtotals.every((value) => typeof value === 'number')) return; // the item errors say what is missing
  if (!sameMoney(subtotal, roundMoney(lineSubtotals.reduce((sum, value) => sum + value, 0)))) {
    this.invalidate('pricing.subtotal', 'pricing.subtotal must equal the sum of items.subtotal (got {VALUE})', subtotal);
  }
});

export type OrderAttrs = InferSchemaType<typeof orderSchema>;
export type OrderDocument = HydratedDocumentFromSchema<typeof orderSchema>;

/** Compiles the model on `connection`. Use `registerModels` (index.ts), which reuses a registered one. */
export function compileOrderModel(connection: Connection) {
  return connection.model(ORDER_MODEL, orderSchema);
}
export type OrderModel = ReturnType<typeof compileOrderModel>;
