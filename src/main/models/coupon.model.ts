import { Schema, type Connection, type HydratedDocumentFromSchema, type InferSchemaType } from 'mongoose';
import { isValidFixedAmount, isValidPercentage, isValidWindow } from '../domain/coupon-rules';
import { COUPON_TYPES } from '../domain/enums';
import { integer, min, oneOf, required } from '../domain/field-rules';
import { schemaVersionField } from './schema-version';

export const COUPON_MODEL = 'Coupon';

const usageLimitSchema = new Schema(
  {
    total: { type: Number, min: min(1, 'usageLimit.total'), validate: integer('usageLimit.total') },
    perUser: { type: Number, min: min(1, 'usageLimit.perUser'), validate: integer('usageLimit.perUser') },
  },
  { _id: false },
);

const userRestrictionsSchema = new Schema(
  {
    newUsersOnly: { type: Boolean },
    specificUsers: [{ type: Schema.Types.ObjectId, ref: 'User' }],
  },
  { _id: false },
);

interface CouponThis {
  type?: unknown;
  validFrom?: Date | null;
}

export const couponSchema = new Schema(
  {
    code: { type: String, required: required('code'), trim: true, uppercase: true },
    description: { type: String, trim: true },
    // Required: what `value` means, and so how it is checked, depends on it.
    type: { type: String, required: required('type'), enum: oneOf(COUPON_TYPES, 'type') },
    value: {
      type: Number,
      required: [
        function (this: CouponThis): boolean {
          return this.type === 'percentage' || this.type === 'fixed';
        },
        'value is required for a percentage or fixed coupon',
      ],
      min: min(0, 'value'),
      validate: [
        {
          validator(this: CouponThis, value: number): boolean {
            return this.type !== 'percentage' || isValidPercentage(value);
          },
          message: 'value of a percentage coupon must be above 0 and at most 100 (got {VALUE})',
        },
        {
          validator(this: CouponThis, value: number): boolean {
            return this.type !== 'fixed' || isValidFixedAmount(value);
          },
          message: 'value of a fixed coupon must be above 0 (got {VALUE})',
        },
      ],
    },
    minimumPurchase: { type: Number, min: min(0, 'minimumPurchase') },
    maximumDiscount: { type: Number, min: min(0, 'maximumDiscount') },
    applicableProducts: [{ type: Schema.Types.ObjectId, ref: 'Product' }],
    applicableCategories: [{ type: Schema.Types.ObjectId, ref: 'Category' }],
    usageLimit: { type: usageLimitSchema },
    usageCount: { type: Number, default: 0, min: min(0, 'usageCount'), validate: integer('usageCount') },
    userRestrictions: { type: userRestrictionsSchema },
    validFrom: { type: Date },
    validUntil: {
      type: Date,
      validate: {
        validator(this: CouponThis, validUntil: Date): boolean {
          return !(this.validFrom instanceof Date) || isValidWindow(this.validFrom, validUntil);
        },
        message: 'validUntil must be after validFrom',
      },
    },
    isActive: { type: Boolean, default: true },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User' },
    schemaVersion: schemaVersionField(),
  },
  { collection: 'coupons', timestamps: true },
);

couponSchema.index({ code: 1 }, { unique: true });
couponSchema.index({ isActive: 1, validFrom: 1, validUntil: 1 });
couponSchema.index({ applicableProducts: 1 });
couponSchema.index({ applicableCategories: 1 });

export type CouponAttrs = InferSchemaType<typeof couponSchema>;
export type CouponDocument = HydratedDocumentFromSchema<typeof couponSchema>;

/** Compiles the model on `connection`. Use `registerModels` (index.ts), which reuses a registered one. */
export function compileCouponModel(connection: Connection) {
  return connection.model(COUPON_MODEL, couponSchema);
}
export type CouponModel = ReturnType<typeof compileCouponModel>;
