import { isObjectIdOrHexString, trusted, Types } from 'mongoose';
import { computeTotals } from '../../domain/cart-totals';
import { AppError } from '../../errors';
import type { Models } from '../../models';
import { parseId, pathThrough, toPathEntries, type CategoryPathEntry, type StoredPathEntry } from './category-tree';

/**
 * The rules around a product's references (design document 5.1, 5.2):
 * - its `category` must exist, and its `categoryPath` is copied from it;
 * - `category.productCount` counts the products whose `category` is that
 *   category: direct products only, not those of subcategories. That keeps it
 *   one `$group` away from its source, unchanged when a subtree moves, and a
 *   subtree total is the sum over `path._id`;
 * - deleting a product takes it out of everything that points at it.
 *
 * The product service calls these around its own writes:
 *   create: prepareProductCategory -> insert -> onProductCategoryChanged(null, category)
 *   change of category: prepareProductCategory -> update -> onProductCategoryChanged(old, new)
 *   delete: countProductDependents (to confirm) -> deleteProductCascade
 * Without transactions a crash between the product write and the count update
 * leaves a count off by one, which repairCatalog recomputes.
 */

/** Where a product sits, ready to be written on it. */
export interface ProductCategory {
  category: string | null;
  categoryPath: CategoryPathEntry[];
}

/** What points at a product, by collection; what the UI lists before a delete. */
export interface ProductDependents {
  reviews: number;
  carts: number;
  wishlists: number;
  /** Other products listing it in `relatedProducts`. */
  relatedProducts: number;
  /** Coupons listing it in `applicableProducts`. */
  coupons: number;
}

export interface DeletedProductReport extends ProductDependents {
  /** Of `coupons`, those switched off because they would otherwise apply to every product. */
  couponsDeactivated: number;
}

type CategoryRef = string | Types.ObjectId | null | undefined;

interface CategoryForPath {
  _id: Types.ObjectId;
  name: string;
  slug: string;
  path?: StoredPathEntry[] | null;
}

interface StoredCartLine {
  product: Types.ObjectId;
  quantity: number;
  price?: number | null;
}

interface StoredCart {
  _id: Types.ObjectId;
  __v?: number;
  items: StoredCartLine[];
  totals?: { tax?: number | null; shipping?: number | null } | null;
  discount?: number | null;
}

const MAX_CART_ATTEMPTS = 5;

function productNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', `No product with id "${id}"`, { id: 'No product with this id' });
}

function toObjectId(ref: CategoryRef): Types.ObjectId | null {
  if (ref == null) return null;
  if (ref instanceof Types.ObjectId) return ref;
  return isObjectIdOrHexString(ref) ? new Types.ObjectId(ref) : null;
}

/**
 * The category a product names, or VALIDATION naming `field` when it does not
 * exist (the input is wrong, not the thing being edited).
 */
export async function assertCategoryExists(models: Models, categoryId: string, field = 'category'): Promise<CategoryForPath> {
  const category = await models.Category.findById(parseId(categoryId, field), { name: 1, slug: 1, path: 1 }).lean<CategoryForPath>();
  if (!category) throw new AppError('VALIDATION', `${field}: no category with id "${categoryId}"`, { [field]: 'No category with this id' });
  return category;
}

/** The `category` and `categoryPath` to write on a product placed in `categoryId` (null: none). */
export async function prepareProductCategory(models: Models, categoryId: string | null | undefined): Promise<ProductCategory> {
  if (categoryId == null || categoryId === '') return { category: null, categoryPath: [] };
  const category = await assertCategoryExists(models, categoryId);
  return { category: category._id.toHexString(), categoryPath: toPathEntries(pathThrough(category)) };
}

/**
 * Moves one product's weight in `productCount` from `from` to `to` (either may
 * be null: created, deleted, or no category). A count never goes below zero
 * here; a drifted one waits for repairCatalog rather than going negative.
 */
export async function onProductCategoryChanged(models: Models, from: CategoryRef, to: CategoryRef): Promise<void> {
  const fromId = toObjectId(from);
  const toId = toObjectId(to);
  if (fromId && toId && fromId.equals(toId)) return;
  const categories = models.Category.collection;
  if (fromId) await categories.updateOne({ _id: fromId, productCount: { $gt: 0 } }, { $inc: { productCount: -1 } });
  if (toId) await categories.updateOne({ _id: toId }, { $inc: { productCount: 1 } });
}

async function requireProductId(models: Models, productId: string): Promise<Types.ObjectId> {
  const id = parseId(productId, 'id');
  if (!(await models.Product.exists({ _id: id }))) throw productNotFound(productId);
  return id;
}

export async function countProductDependents(models: Models, productId: string): Promise<ProductDependents> {
  const id = await requireProductId(models, productId);
  const [reviews, carts, wishlists, relatedProducts, coupons] = await Promise.all([
    models.Review.countDocuments({ product: id }),
    models.Cart.countDocuments({ 'items.product': id }),
    models.Wishlist.countDocuments({ 'items.product': id }),
    models.Product.countDocuments({ relatedProducts: id }),
    models.Coupon.countDocuments({ applicableProducts: id }),
  ]);
  return { reviews, carts, wishlists, relatedProducts, coupons };
}

/**
 * Takes the product's lines out of one cart and writes the recomputed totals in
 * the same update, if the cart is still at the version read (`__v`, which the
 * carts service bumps on every change too); otherwise reads it again.
 * Tax and shipping are estimates kept as they are, as the carts service does.
 */
async function removeFromCart(models: Models, cartId: Types.ObjectId, productId: Types.ObjectId): Promise<boolean> {
  for (let attempt = 0; attempt < MAX_CART_ATTEMPTS; attempt += 1) {
    const cart = await models.Cart.findOne({ _id: cartId, 'items.product': productId }, { items: 1, totals: 1, discount: 1, __v: 1 }).lean<StoredCart>();
    if (!cart) return false;
    const kept = cart.items.filter((line) => !line.product.equals(productId));
    const { subtotal, tax, shipping, total } = computeTotals(
      kept.map((line) => ({ quantity: line.quantity, price: line.price ?? 0 })),
      { tax: cart.totals?.tax, shipping: cart.totals?.shipping, discount: cart.discount },
    );
    const result = await models.Cart.updateOne(
      { _id: cartId, __v: cart.__v ?? 0 },
      { $pull: { items: { product: productId } }, $set: { totals: { subtotal, tax, shipping, total } }, $inc: { __v: 1 } },
    );
    if (result.modifiedCount === 1) return true;
  }
  throw new AppError('CONFLICT', 'A cart holding this product kept changing during the delete; try again');
}

async function removeFromCarts(models: Models, productId: Types.ObjectId): Promise<number> {
  let removed = 0;
  const carts = models.Cart.find({ 'items.product': productId }, { _id: 1 }).lean<Array<{ _id: Types.ObjectId }>>().cursor({ batchSize: 500 });
  for await (const cart of carts) {
    if (await removeFromCart(models, cart._id, productId)) removed += 1;
  }
  return removed;
}

/**
 * Takes the product out of coupons' `applicableProducts`. A coupon left with
 * neither products nor categories would apply to everything (empty means
 * "all"), so such a coupon is switched off instead of silently widened.
 */
async function removeFromCoupons(models: Models, productId: Types.ObjectId): Promise<{ coupons: number; couponsDeactivated: number }> {
  const onlyThis = await models.Coupon.updateMany(
    { applicableProducts: [productId], 'applicableCategories.0': trusted({ $exists: false }) },
    { $pull: { applicableProducts: productId }, $set: { isActive: false } },
  );
  const others = await models.Coupon.updateMany({ applicableProducts: productId }, { $pull: { applicableProducts: productId } });
  return { coupons: onlyThis.modifiedCount + others.modifiedCount, couponsDeactivated: onlyThis.modifiedCount };
}

/**
 * Deletes a product and everything that only makes sense with it; orders keep
 * their own snapshot of it and are not touched. Returns what it removed.
 *
 * Order of steps, without transactions: the product is first taken off sale
 * (inactive, archived) so nothing new starts pointing at it, then its
 * dependants go, then the product, then its category's count. A crash midway
 * leaves the product in place, off sale; calling again finishes the job (every
 * step is idempotent). A crash after the delete leaves a count one too high,
 * which repairCatalog fixes.
 */
export async function deleteProductCascade(models: Models, productId: string): Promise<DeletedProductReport> {
  const id = parseId(productId, 'id');
  const product = await models.Product.findOneAndUpdate(
    { _id: id },
    { $set: { isActive: false, status: 'archived' } },
    { projection: { category: 1 } },
  ).lean<{ _id: Types.ObjectId; category?: Types.ObjectId | null }>();
  if (!product) throw productNotFound(productId);

  const reviews = (await models.Review.deleteMany({ product: id })).deletedCount;
  const carts = await removeFromCarts(models, id);
  const wishlists = (await models.Wishlist.updateMany({ 'items.product': id }, { $pull: { items: { product: id } } })).modifiedCount;
  const relatedProducts = (await models.Product.updateMany({ relatedProducts: id }, { $pull: { relatedProducts: id } })).modifiedCount;
  const coupons = await removeFromCoupons(models, id);

  const deleted = await models.Product.deleteOne({ _id: id });
  if (deleted.deletedCount === 1) await onProductCategoryChanged(models, product.category ?? null, null);
  return { reviews, carts, wishlists, relatedProducts, ...coupons };
}
