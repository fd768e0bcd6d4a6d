import type { Types } from 'mongoose';
import { CURRENT_SCHEMA_VERSION } from '../../models/schema-version';
import { subdocumentIndex } from '../ids';
import type { SeedWorld } from '../world';
import type { CustomerProfile } from './customers';
import { pickProduct } from './products';

export interface WishlistDoc {
  _id: Types.ObjectId;
  user: Types.ObjectId;
  name: string;
  items: Array<{ _id: Types.ObjectId; product: Types.ObjectId; addedAt: Date; priority?: number; notes?: string }>;
  isPublic: boolean;
  shareToken?: string;
  schemaVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

const LIST_NAMES = ['Wishlist', 'Birthday ideas', 'Holiday gifts', 'For the new apartment', 'Gear to try', 'Someday'] as const;
const ITEM_NOTES = ['In blue if possible', 'Wait for a sale', 'Gift for Sam', 'Compare with the older model', 'Check the size chart'] as const;

/** Wishlists per customer (none for most, one or two for some). */
export const WISHLISTS_PER_CUSTOMER = 2;

export function customerWishlists(world: SeedWorld, customer: CustomerProfile): WishlistDoc[] {
  const rng = world.rng('wishlist', customer.index);
  const count = rng.chance(0.45) ? (rng.chance(0.25) ? 2 : 1) : 0;
  const lists: WishlistDoc[] = [];
  for (let position = 0; position < count; position += 1) {
    const listIndex = customer.index * WISHLISTS_PER_CUSTOMER + position;
    const createdAt = world.clock.within(rng, customer.createdAt, world.clock.anchor);
    const chosen = new Set<number>();
    const items: WishlistDoc['items'] = [];
    const size = rng.int(1, 8);
    let addedAt = createdAt;
    for (let k = 0; k < size; k += 1) {
      const product = pickProduct(world, rng, { before: world.clock.anchor, statuses: ['published'] }, chosen);
      if (chosen.has(product.index)) continue;
      chosen.add(product.index);
      addedAt = world.clock.within(rng, Math.max(addedAt, product.createdAt), world.clock.anchor);
      items.push({
        _id: world.id('wishlistItem', subdocumentIndex(listIndex, k), addedAt),
        product: product.id,
        addedAt: new Date(addedAt),
        ...(rng.chance(0.5) ? { priority: rng.int(1, 5) } : {}),
        ...(rng.chance(0.15) ? { notes: rng.pick(ITEM_NOTES) } : {}),
      });
    }
    const isPublic = rng.chance(0.2);
    lists.push({
      _id: world.id('wishlist', listIndex, createdAt),
      user: customer.id,
      name: position === 0 ? 'Wishlist' : rng.pick(LIST_NAMES.slice(1)),
      items,
      isPublic,
      // The index keeps share tokens unique.
      ...(isPublic ? { shareToken: `${rng.hex(20)}${listIndex.toString(36)}` } : {}),
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: new Date(createdAt),
      updatedAt: new Date(addedAt),
    });
  }
  return lists;
}
