import { isObjectIdOrHexString, Types } from 'mongoose';
import { AppError } from '../../errors';
import type { Models } from '../../models';
import { authorFromUser, DELETED_CUSTOMER_NAME } from '../reviews/review-integrity';
import { notFoundById } from '../references';

/**
 * Deleting a customer (or staff) account.
 *
 * Removed: the user, their addresses, their cart and their wishlists.
 *
 * Kept, and why:
 * - Orders and payments: accounting records. They keep the user id, which then
 *   resolves to nothing; lists show the customer with `customerLabel` below.
 * - Reviews: they are product content and the inputs of product ratings, so
 *   ratings do not jump when an account goes. Their author cache loses the
 *   person's name and avatar and reads "Deleted customer" (the same thing
 *   `repairCommerce` writes for a review whose user is gone).
 *
 * Order of steps, without transactions: dependants first, the user last. A crash
 * midway leaves the user in place with part of their data gone; running
 * deleteUser again finishes the job (every step is idempotent; an admin stays
 * demoted, which is what was asked). Until then
 * `repairCommerce` would put their name back on their reviews, which is right
 * while the user exists.
 */

export interface DeletedUserReport {
  addresses: number;
  carts: number;
  wishlists: number;
  /** Reviews kept, with their author cache replaced by "Deleted customer". */
  reviewsAnonymised: number;
}

interface CustomerName {
  firstName?: string | null;
  lastName?: string | null;
}

interface OrderForLabel {
  shippingAddress?: { fullName?: string | null } | null;
}

/**
 * How an order list names the customer: the user's name while the account
 * exists; once deleted, "Deleted customer" plus the name the order was shipped
 * to (the order's own copy of the address), which is what staff need to find it.
 */
export function customerLabel(user: CustomerName | null, order: OrderForLabel): string {
  if (user) return [user.firstName, user.lastName].filter((part) => part != null && part !== '').join(' ');
  const shippedTo = order.shippingAddress?.fullName?.trim();
  return shippedTo ? `${DELETED_CUSTOMER_NAME} (${shippedTo})` : DELETED_CUSTOMER_NAME;
}

const lastAdminError = () => new AppError('CONFLICT', 'The last admin cannot be deleted; make another user admin first', { user: 'Last admin' });

/**
 * Refuses to remove the last admin. Check-then-delete would let two admins
 * delete each other at once; instead the admin is demoted first and the admins
 * left are counted after: of two racing demotions, the later one sees the
 * other and restores itself, so one admin always stays.
 */
async function stepDownAdmin(models: Models, userId: Types.ObjectId): Promise<void> {
  const demoted = await models.User.updateOne({ _id: userId, role: 'admin' }, { $set: { role: 'customer' } });
  if (demoted.modifiedCount === 0) return;
  const adminsLeft = await models.User.countDocuments({ role: 'admin' });
  if (adminsLeft > 0) return;
  await models.User.updateOne({ _id: userId }, { $set: { role: 'admin' } });
  throw lastAdminError();
}

export async function deleteUser(models: Models, userId: string): Promise<DeletedUserReport> {
  if (!isObjectIdOrHexString(userId)) throw notFoundById('user', 'user', userId);
  const id = new Types.ObjectId(userId);
  const user = await models.User.findById(id, { role: 1 }).lean();
  if (!user) throw notFoundById('user', 'user', userId);
  if (user.role === 'admin') await stepDownAdmin(models, id);

  const addresses = await models.Address.deleteMany({ user: id });
  const carts = await models.Cart.deleteMany({ user: id });
  const wishlists = await models.Wishlist.deleteMany({ user: id });
  const reviews = await models.Review.updateMany({ user: id }, { $set: { author: authorFromUser(null) } });
  await models.User.deleteOne({ _id: id });

  return { addresses: addresses.deletedCount, carts: carts.deletedCount, wishlists: wishlists.deletedCount, reviewsAnonymised: reviews.modifiedCount };
}
