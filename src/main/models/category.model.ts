import { Schema, type Connection, type HydratedDocumentFromSchema, type InferSchemaType } from 'mongoose';
import { integer, matches, min, required } from '../domain/field-rules';
import { SLUG_PATTERN } from '../../shared/slug';
import { schemaVersionField } from './schema-version';

export const CATEGORY_MODEL = 'Category';

/**
 * One category in a denormalised path (design document 5.2): `_id` is the
 * category's own id, not a generated one. Used by `categories.path` and
 * `products.categoryPath`; `field` names the array in error messages.
 */
export function categoryPathEntrySchema(field: string) {
  return new Schema(
    {
      _id: { type: Schema.Types.ObjectId, ref: CATEGORY_MODEL, required: required(`${field}._id`) },
      name: { type: String, required: required(`${field}.name`), trim: true },
      slug: { type: String, required: required(`${field}.slug`), trim: true },
    },
    { _id: false },
  );
}

const metadataSchema = new Schema(
  {
    seoTitle: { type: String, trim: true },
    seoDescription: { type: String, trim: true },
    keywords: [{ type: String, trim: true }],
  },
  { _id: false },
);

export const categorySchema = new Schema(
  {
    // "Unique per parent" is checked by the categories service: the document lists no index for it.
    name: { type: String, required: required('name'), trim: true },
    slug: { type: String, required: required('slug'), trim: true, lowercase: true, match: matches(SLUG_PATTERN, 'slug', 'lowercase letters, digits and single hyphens') },
    description: { type: String, trim: true },
    parent: { type: Schema.Types.ObjectId, ref: CATEGORY_MODEL, default: null },
    image: { type: String, trim: true },
    icon: { type: String, trim: true },
    level: { type: Number, default: 0, min: min(0, 'level'), validate: integer('level') },
    // Ancestors, root first (empty for a root); kept by the categories service.
    path: { type: [categoryPathEntrySchema('path')], default: [] },
    order: { type: Number, default: 0 },
    isActive: { type: Boolean, default: true },
    metadata: { type: metadataSchema },
    productCount: { type: Number, default: 0, min: min(0, 'productCount'), validate: integer('productCount') },
    schemaVersion: schemaVersionField(),
  },
  { collection: 'categories', timestamps: true },
);

categorySchema.index({ slug: 1 }, { unique: true });
categorySchema.index({ parent: 1 });
categorySchema.index({ level: 1 });
categorySchema.index({ order: 1 });
categorySchema.index({ isActive: 1 });

export type CategoryAttrs = InferSchemaType<typeof categorySchema>;
export type CategoryDocument = HydratedDocumentFromSchema<typeof categorySchema>;

/** Compiles the model on `connection`. Use `registerModels` (index.ts), which reuses a registered one. */
export function compileCategoryModel(connection: Connection) {
  return connection.model(CATEGORY_MODEL, categorySchema);
}
export type CategoryModel = ReturnType<typeof compileCategoryModel>;
