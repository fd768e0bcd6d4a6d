import type { Types } from 'mongoose';
import type { UserRole } from '../../domain/enums';
import { CURRENT_SCHEMA_VERSION } from '../../models/schema-version';
import { DAY_MS } from '../clock';
import type { SeedWorld } from '../world';
import { lastLoginOf, type CustomerProfile } from './customers';
import type { StaffMember } from './staff';

export interface UserDoc {
  _id: Types.ObjectId;
  email: string;
  username?: string;
  /** A bcrypt hash (cost 12): every seeded user shares the hash of the demo password. */
  password: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  phoneNumber: string;
  avatar?: string;
  isEmailVerified: boolean;
  isActive: boolean;
  lastLogin: Date;
  preferences: { newsletter: boolean; notifications: boolean; language: string; currency: string };
  addresses: Types.ObjectId[];
  wishlist: Types.ObjectId[];
  schemaVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

export function staffUserDoc(world: SeedWorld, member: StaffMember, passwordHash: string): UserDoc {
  const rng = world.rng('staff-user', member.userIndex);
  return {
    _id: member.id,
    email: member.email,
    username: member.role === 'admin' ? 'admin' : member.email.split('@')[0]!,
    password: passwordHash,
    firstName: member.firstName,
    lastName: member.lastName,
    role: member.role,
    phoneNumber: member.phoneNumber,
    isEmailVerified: true,
    isActive: true,
    lastLogin: new Date(world.clock.daysAgo(rng.float(0, 3))),
    preferences: { newsletter: false, notifications: true, language: 'en', currency: 'USD' },
    addresses: [],
    wishlist: [],
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: new Date(member.createdAt),
    updatedAt: new Date(world.clock.daysAgo(rng.float(3, 60))),
  };
}

/** `wishlist` mirrors the products in the customer's wishlists (the wishlists collection is the source). */
export function customerUserDoc(world: SeedWorld, customer: CustomerProfile, passwordHash: string, wishlist: Types.ObjectId[]): UserDoc {
  const rng = world.rng('customer-account', customer.index);
  const lastLogin = lastLoginOf(world, rng, customer.createdAt);
  return {
    _id: customer.id,
    email: customer.email,
    ...(customer.username ? { username: customer.username } : {}),
    password: passwordHash,
    firstName: customer.firstName,
    lastName: customer.lastName,
    role: 'customer',
    phoneNumber: customer.phoneNumber,
    ...(customer.avatar ? { avatar: customer.avatar } : {}),
    isEmailVerified: rng.chance(0.85),
    isActive: rng.chance(0.97),
    lastLogin: new Date(lastLogin),
    preferences: {
      newsletter: rng.chance(0.6),
      notifications: rng.chance(0.8),
      language: rng.weighted([['en', 85], ['es', 10], ['fr', 5]] as const),
      currency: 'USD',
    },
    addresses: customer.addresses.map((address) => address._id),
    wishlist,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: new Date(customer.createdAt),
    updatedAt: new Date(Math.min(Math.max(lastLogin, customer.createdAt + DAY_MS), world.clock.anchor)),
  };
}
