import { Schema, type Connection, type HydratedDocumentFromSchema, type InferSchemaType } from 'mongoose';
import { CART_STATUSES } from '../domain/enums';
import { emptyToUndefined, integer, min, oneOf, required } from '../domain/field-rules';
import { schemaVersionField } from './schema-version';

export const CART_MODEL = 'Cart';

// Items keep their _id: the cart changes or removes one line at a time.
const cartItemSchema = new Schema({
  product: { type: Schema.Types.ObjectId, ref: 'Product', required: required('items.product') },
  quantity: { type: Number, required: required('items.quantity'), min: min(1, 'items.quantity'), validate: integer('items.quantity') },
  price: { type: Number, min: min(0, 'items.price') },
  variant: { type: String, trim: true },
  addedAt: { type: Date, default: Date.now },
});

const totalsSchema = new Schema(
  {
    subtotal: { type: Number, min: min(0, 'totals.subtotal') },
    tax: { type: Number, min: min(0, 'totals.tax') },
    shipping: { type: Number, min: min(0, 'totals.shipping') },
    total: { type: Number, min: min(0, 'totals.total') },
  },
  { _id: false },
);

export const cartSchema = new Schema(
  {
    // Absent for a guest cart. null and '' become absent because the unique sparse
    // index on user indexes null: two guest carts with user: null would collide.
    user: { type: Schema.Types.ObjectId, ref: 'User', set: emptyToUndefined },
    sessionId: { type: String, trim: true, set: emptyToUndefined },
    items: { type: [cartItemSchema], default: [] },
    totals: { type: totalsSchema },
    couponCode: { type: String, trim: true, uppercase: true },
    discount: { type: Number, min: min(0, 'discount') },
    status: { type: String, enum: oneOf(CART_STATUSES, 'status'), default: 'active' },
    expiresAt: { type: Date },
    lastActivity: { type: Date },
    schemaVersion: schemaVersionField(),
  },
  { collection: 'carts', timestamps: true },
);

cartSchema.index({ user: 1 }, { unique: true, sparse: true });
cartSchema.index({ sessionId: 1 }, { sparse: true });
cartSchema.index({ status: 1 });
// The document also lists a plain { expiresAt: 1 }. MongoDB cannot hold two indexes with the
// same key and different options, and the TTL index serves the same queries: only it is declared.
cartSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });
cartSchema.index({ lastActivity: -1 });

// A cart belongs to a user or, for a guest, to a session: one of the two must be there.
cartSchema.pre('validate', function () {
  if (this.user == null && this.sessionId == null) this.invalidate('sessionId', 'sessionId is required for a guest cart (one without user)');
});

export type CartAttrs = InferSchemaType<typeof cartSchema>;
export type CartDocument = HydratedDocumentFromSchema<typeof cartSchema>;

/** Compiles the model on `connection`. Use `registerModels` (index.ts), which reuses a registered one. */
export function compileCartModel(connection: Connection) {
  return connection.model(CART_MODEL, cartSchema);
}
export type CartModel = ReturnType<typeof compileCartModel>;
