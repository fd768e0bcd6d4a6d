import type { Types } from 'mongoose';
import { slugify } from '../../../shared/slug';
import { DAY_MS } from '../clock';
import { EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES } from '../data/people';
import type { Random } from '../prng';
import type { SeedWorld } from '../world';
import { customerAddresses, type AddressDoc } from './addresses';

/**
 * A customer, recomputed from its index whenever a document needs it (orders
 * copy the name and an address, reviews the author's name), so the customers
 * never have to be held in memory.
 */
export interface CustomerProfile {
  index: number;
  userIndex: number;
  id: Types.ObjectId;
  createdAt: number;
  firstName: string;
  lastName: string;
  fullName: string;
  email: string;
  username?: string;
  phoneNumber: string;
  avatar?: string;
  addresses: AddressDoc[];
  /** The address marked default: ships and bills unless another is chosen. */
  defaultAddress: AddressDoc;
}

/** Customers this close to the start of the list always joined early, so every order finds an old enough buyer. */
export const EARLY_CUSTOMERS = 10;

export function customerUserIndex(world: SeedWorld, index: number): number {
  return 1 + world.sellers.length + index;
}

/** When customer `index` signed up: drawn first from its stream, so ids are cheap to recompute. */
function joinedAt(world: SeedWorld, rng: Random, index: number): number {
  if (index < EARLY_CUSTOMERS) return world.clock.betweenDaysAgo(rng, 1_050, 420);
  return rng.chance(0.8) ? world.clock.betweenDaysAgo(rng, 1_050, 365) : world.clock.betweenDaysAgo(rng, 365, 7);
}

export function customerId(world: SeedWorld, index: number): Types.ObjectId {
  const rng = world.rng('customer', index);
  return world.id('user', customerUserIndex(world, index), joinedAt(world, rng, index));
}

export function customerProfile(world: SeedWorld, index: number): CustomerProfile {
  const rng = world.rng('customer', index);
  const createdAt = joinedAt(world, rng, index);
  const userIndex = customerUserIndex(world, index);
  const id = world.id('user', userIndex, createdAt);
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const handle = `${slugify(firstName)}.${slugify(lastName)}`;
  const fullName = `${firstName} ${lastName}`;
  const addresses = customerAddresses(world, { index, userId: id, fullName, createdAt }, world.rng('customer-addresses', index));
  return {
    index,
    userIndex,
    id,
    createdAt,
    firstName,
    lastName,
    fullName,
    // The index keeps emails and usernames unique however the names fall.
    email: `${handle}${index}@${rng.pick(EMAIL_DOMAINS)}`,
    ...(rng.chance(0.6) ? { username: `${handle.replace('.', '_')}_${index}` } : {}),
    phoneNumber: addresses[0]!.phone,
    ...(rng.chance(0.55) ? { avatar: `https://cdn.example.com/backroom/avatars/${id.toHexString()}.jpg` } : {}),
    addresses,
    defaultAddress: addresses.find((address) => address.isDefault) ?? addresses[0]!,
  };
}

/** A customer who had an account at `time`, preferring frequent buyers; falls back to the early customers. */
export function pickCustomerJoinedBefore(world: SeedWorld, rng: Random, time: number): CustomerProfile {
  const count = world.scale.customers;
  for (let attempt = 0; attempt < 12; attempt += 1) {
    // A skewed pick: some customers order far more often than others.
    const index = Math.floor(count * rng.next() ** 1.6);
    const profile = customerProfile(world, index);
    if (profile.createdAt < time) return profile;
  }
  const early = Math.min(EARLY_CUSTOMERS, count);
  const profile = customerProfile(world, rng.int(0, early - 1));
  if (profile.createdAt >= time) throw new Error(`seed: no customer had joined by ${new Date(time).toISOString()}`);
  return profile;
}

/** Ids of up to `count` other customers whose accounts existed at `time` (helpful votes on a review). */
export function customersJoinedBefore(world: SeedWorld, rng: Random, time: number, count: number, exclude: number): Types.ObjectId[] {
  const ids: Types.ObjectId[] = [];
  const seen = new Set<number>([exclude]);
  for (let attempt = 0; attempt < count * 3 && ids.length < count; attempt += 1) {
    const index = rng.int(0, world.scale.customers - 1);
    if (seen.has(index)) continue;
    seen.add(index);
    const createdRng = world.rng('customer', index);
    if (joinedAt(world, createdRng, index) < time) ids.push(customerId(world, index));
  }
  return ids;
}

/** Last sign-in: recent for most, long ago for some. */
export function lastLoginOf(world: SeedWorld, rng: Random, createdAt: number): number {
  const daysAgo = rng.chance(0.7) ? rng.float(0, 30) : rng.float(30, 400);
  return Math.max(createdAt + DAY_MS, world.clock.daysAgo(daysAgo));
}
