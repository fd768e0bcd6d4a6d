import { Types } from 'mongoose';

/**
 * Deterministic ObjectIds: 4 bytes of the entity's creation time (as a driver
 * would write), 1 byte naming the kind of entity, 3 bytes from the seed and
 * 4 bytes of the entity's index. Unique by construction within a seed, so a
 * million orders never collide however their random content turns out.
 */
export const ID_KINDS = {
  category: 1,
  product: 2,
  productImage: 3,
  productVariant: 4,
  user: 5,
  address: 6,
  order: 7,
  orderItem: 8,
  payment: 9,
  review: 10,
  coupon: 11,
  cart: 12,
  cartItem: 13,
  wishlist: 14,
  wishlistItem: 15,
} as const;
export type IdKind = keyof typeof ID_KINDS;

/** How many sub-document ids one parent may use (images of a product, lines of an order, ...). */
export const SUBDOCUMENTS_PER_PARENT = 16;

export function seededObjectId(kind: IdKind, index: number, createdAt: number, seedTag: number): Types.ObjectId {
  if (!Number.isInteger(index) || index < 0 || index > 0xffffffff) throw new RangeError(`seededObjectId: index ${index} out of range`);
  const bytes = Buffer.allocUnsafe(12);
  bytes.writeUInt32BE(Math.max(0, Math.floor(createdAt / 1000)) >>> 0, 0);
  bytes[4] = ID_KINDS[kind];
  bytes.writeUIntBE(seedTag & 0xffffff, 5, 3);
  bytes.writeUInt32BE(index, 8);
  return new Types.ObjectId(bytes);
}

/** The id of the `position`-th sub-document of parent `parentIndex`. */
export function subdocumentIndex(parentIndex: number, position: number): number {
  if (position >= SUBDOCUMENTS_PER_PARENT) throw new RangeError(`subdocumentIndex: at most ${SUBDOCUMENTS_PER_PARENT} per parent`);
  return parentIndex * SUBDOCUMENTS_PER_PARENT + position;
}
