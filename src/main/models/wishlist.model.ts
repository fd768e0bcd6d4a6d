import { Schema, type Connection, type HydratedDocumentFromSchema, type InferSchemaType } from 'mongoose';
import { emptyToUndefined, integer, max, min, required } from '../domain/field-rules';
import { schemaVersionField } from './schema-version';

export const WISHLIST_MODEL = 'Wishlist';

// Items keep their _id: one is re-prioritised or removed at a time.
const wishlistItemSchema = new Schema({
  product: { type: Schema.Types.ObjectId, ref: 'Product', required: required('items.product') },
  addedAt: { type: Date, default: Date.now },
  priority: { type: Number, min: min(1, 'items.priority'), max: max(5, 'items.priority'), validate: integer('items.priority') },
  notes: { type: String, trim: true },
});

export const wishlistSchema = new Schema(
  {
    user: { type: Schema.Types.ObjectId, ref: 'User', required: required('user') },
    name: { type: String, required: required('name'), trim: true },
    items: { type: [wishlistItemSchema], default: [] },
    isPublic: { type: Boolean, default: false },
    // '' and null become "absent": the unique index is sparse, and it would index null.
    shareToken: { type: String, trim: true, set: emptyToUndefined },
    schemaVersion: schemaVersionField(),
  },
  { collection: 'wishlists', timestamps: true },
);

wishlistSchema.index({ user: 1 });
wishlistSchema.index({ shareToken: 1 }, { unique: true, sparse: true });

export type WishlistAttrs = InferSchemaType<typeof wishlistSchema>;
export type WishlistDocument = HydratedDocumentFromSchema<typeof wishlistSchema>;

/** Compiles the model on `connection`. Use `registerModels` (index.ts), which reuses a registered one. */
export function compileWishlistModel(connection: Connection) {
  return connection.model(WISHLIST_MODEL, wishlistSchema);
}
export type WishlistModel = ReturnType<typeof compileWishlistModel>;
