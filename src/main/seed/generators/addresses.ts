import type { Types } from 'mongoose';
import type { AddressType } from '../../domain/enums';
import { CURRENT_SCHEMA_VERSION } from '../../models/schema-version';
import { DAY_MS } from '../clock';
import { COMPANIES } from '../data/people';
import { CITIES, STATE_TAX_RATES, STREET_NAMES, STREET_SUFFIXES, type City } from '../data/places';
import { subdocumentIndex } from '../ids';
import type { Random } from '../prng';
import type { SeedWorld } from '../world';

export interface AddressDoc {
  _id: Types.ObjectId;
  user: Types.ObjectId;
  type: AddressType;
  fullName: string;
  company?: string;
  addressLine1: string;
  addressLine2?: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
  phone: string;
  isDefault: boolean;
  isActive: boolean;
  coordinates: { latitude: number; longitude: number };
  schemaVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A street address in a US city, as the parts orders and payments copy. */
export interface StreetAddress {
  addressLine1: string;
  addressLine2?: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
}

export function randomStreetAddress(rng: Random, city: City = rng.pick(CITIES)): StreetAddress {
  return {
    addressLine1: `${rng.int(1, 9899)} ${rng.pick(STREET_NAMES)} ${rng.pick(STREET_SUFFIXES)}`,
    ...(rng.chance(0.25) ? { addressLine2: `${rng.pick(['Apt', 'Unit', 'Suite'])} ${rng.int(1, 40)}${rng.pick(['', 'A', 'B', 'C'])}` } : {}),
    city: city.city,
    state: city.state,
    postalCode: `${city.zip}${rng.digits(2)}`,
    country: 'US',
  };
}

/** A US number in the reserved 555-01xx range of the city's area code. */
export function phoneIn(rng: Random, city: City): string {
  return `+1${city.areaCode}55501${rng.digits(2)}`;
}

export function taxRateOf(state: string): number {
  return STATE_TAX_RATES[state] ?? 0;
}

interface AddressOwner {
  index: number;
  userId: Types.ObjectId;
  fullName: string;
  createdAt: number;
}

/** One to three addresses; the first is the default and serves both shipping and billing. */
export function customerAddresses(world: SeedWorld, owner: AddressOwner, rng: Random): AddressDoc[] {
  const count = rng.weighted([[1, 60], [2, 30], [3, 10]] as const);
  const home = rng.pick(CITIES);
  const phone = phoneIn(rng, home);
  const types: AddressType[] = count === 1 ? ['both'] : ['both', rng.pick(['shipping', 'billing'] as const), 'shipping'];
  return Array.from({ length: count }, (_, position): AddressDoc => {
    const city = position === 0 ? home : rng.chance(0.5) ? home : rng.pick(CITIES);
    const street = randomStreetAddress(rng, city);
    const createdAt = Math.min(owner.createdAt + position * rng.int(1, 200) * DAY_MS, world.clock.anchor);
    const company = position > 0 && rng.chance(0.3) ? rng.pick(COMPANIES) : undefined;
    return {
      _id: world.id('address', subdocumentIndex(owner.index, position), createdAt),
      user: owner.userId,
      type: types[position]!,
      fullName: owner.fullName,
      ...(company ? { company } : {}),
      ...street,
      phone,
      isDefault: position === 0,
      isActive: true,
      coordinates: {
        latitude: Math.round((city.lat + rng.float(-0.08, 0.08)) * 1e5) / 1e5,
        longitude: Math.round((city.lon + rng.float(-0.08, 0.08)) * 1e5) / 1e5,
      },
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: new Date(createdAt),
      updatedAt: new Date(createdAt),
    };
  });
}
