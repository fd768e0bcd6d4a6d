import { z } from 'zod';

/** A MongoDB ObjectId as it crosses the bridge: 24 hex characters. */
export const objectIdSchema = z.string().regex(/^[a-f0-9]{24}$/i, 'Must be a 24-character hexadecimal id');

export const emailSchema = z.string().trim().toLowerCase().max(254, 'Must be at most 254 characters').email('Must be a valid email address');

/** Plain passwords: bcrypt reads at most 72 bytes, so longer ones are refused. */
export const newPasswordSchema = z
  .string()
  .min(8, 'Must be at least 8 characters')
  .refine((value) => new TextEncoder().encode(value).length <= 72, 'Must be at most 72 bytes');

/** A password typed at sign-in: bounded, but no strength rules (old passwords must still work). */
export const typedPasswordSchema = z.string().min(1, 'Enter the password').max(200, 'Must be at most 200 characters');

export const personNameSchema = z.string().trim().min(1, 'Required').max(100, 'Must be at most 100 characters');

/** ISO 8601 date-time, as dates cross the bridge. */
export const isoDateSchema = z.iso.datetime({ offset: true, message: 'Must be an ISO date-time' });

/** Keyset pagination: `cursor` is opaque, from the previous page's `nextCursor`. */
export const pageInputShape = {
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(25),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
