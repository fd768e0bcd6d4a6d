import type { Connection, Schema } from 'mongoose';
import { ADDRESS_MODEL, addressSchema, compileAddressModel } from './address.model';
import { CART_MODEL, cartSchema, compileCartModel } from './cart.model';
import { CATEGORY_MODEL, categorySchema, compileCategoryModel } from './category.model';
import { COUPON_MODEL, couponSchema, compileCouponModel } from './coupon.model';
import { ORDER_MODEL, compileOrderModel, orderSchema } from './order.model';
import { PAYMENT_MODEL, compilePaymentModel, paymentSchema } from './payment.model';
import { PRODUCT_MODEL, compileProductModel, productSchema } from './product.model';
import { REVIEW_MODEL, compileReviewModel, reviewSchema } from './review.model';
import { USER_MODEL, compileUserModel, userSchema } from './user.model';
import { WISHLIST_MODEL, compileWishlistModel, wishlistSchema } from './wishlist.model';

/**
 * The model already on `connection` under `name`, or a newly compiled one. A
 * connection of another Mongoose instance compiles a clone of the schema, so
 * "the same schema" is checked on its definition object, which clones share.
 */
function once<M>(connection: Connection, name: string, schema: Schema, compile: (connection: Connection) => M): M {
  const existing = connection.models[name];
  if (!existing) return compile(connection);
  if (existing.schema.obj !== schema.obj) throw new Error(`registerModels: another "${name}" model is already registered on this connection`);
  return existing as M;
}

/**
 * Registers the ten collections' models on `connection` (never on the global
 * mongoose) and returns them. Calling it again on the same connection returns
 * the models already there.
 */
export function registerModels(connection: Connection) {
  return {
    User: once(connection, USER_MODEL, userSchema, compileUserModel),
    Product: once(connection, PRODUCT_MODEL, productSchema, compileProductModel),
    Category: once(connection, CATEGORY_MODEL, categorySchema, compileCategoryModel),
    Order: once(connection, ORDER_MODEL, orderSchema, compileOrderModel),
    Payment: once(connection, PAYMENT_MODEL, paymentSchema, compilePaymentModel),
    Cart: once(connection, CART_MODEL, cartSchema, compileCartModel),
    Review: once(connection, REVIEW_MODEL, reviewSchema, compileReviewModel),
    Address: once(connection, ADDRESS_MODEL, addressSchema, compileAddressModel),
    Coupon: once(connection, COUPON_MODEL, couponSchema, compileCouponModel),
    Wishlist: once(connection, WISHLIST_MODEL, wishlistSchema, compileWishlistModel),
  };
}

export type Models = ReturnType<typeof registerModels>;

export { CURRENT_SCHEMA_VERSION } from './schema-version';
export type { AddressAttrs, AddressDocument, AddressModel } from './address.model';
export type { CartAttrs, CartDocument, CartModel } from './cart.model';
export type { CategoryAttrs, CategoryDocument, CategoryModel } from './category.model';
export type { CouponAttrs, CouponDocument, CouponModel } from './coupon.model';
export type { OrderAttrs, OrderDocument, OrderModel } from './order.model';
export type { PaymentAttrs, PaymentDocument, PaymentModel } from './payment.model';
export type { ProductAttrs, ProductDocument, ProductModel } from './product.model';
export type { ReviewAttrs, ReviewDocument, ReviewModel } from './review.model';
export type { UserAttrs, UserDocument, UserModel } from './user.model';
export type { WishlistAttrs, WishlistDocument, WishlistModel } from './wishlist.model';
