import { isObjectIdOrHexString, Types } from 'mongoose';
import { AppError } from '../errors';

/** NOT_FOUND naming the input field that pointed at nothing, e.g. `product: no product with id "…"`. */
export function notFoundById(field: string, what: string, id: string): AppError {
  return new AppError('NOT_FOUND', `${field}: no ${what} with id "${id}"`, { [field]: `No ${what} with this id` });
}

/** The ObjectId an input field names; a malformed id cannot exist, so it is NOT_FOUND too. */
export function objectIdOrNotFound(id: string, field: string, what: string): Types.ObjectId {
  if (!isObjectIdOrHexString(id)) throw notFoundById(field, what, id);
  return new Types.ObjectId(id);
}

/** Dates cross the bridge as ISO strings. */
export function isoOrNull(value: unknown): string | null {
  return value instanceof Date ? value.toISOString() : null;
}
