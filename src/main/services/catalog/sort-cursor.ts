import { trusted, Types } from 'mongoose';
import { AppError } from '../../errors';

/** The sort key's value at a page boundary, typed so dates come back as dates. */
export type SortValue = string | number | Date | null;

interface Encoded {
  /** `d` for a date (ISO), `v` for a string, number or null. */
  d?: string;
  v?: string | number | null;
  id: string;
}

/** A position in a list sorted by (key, _id), opaque to the renderer. */
export function encodeSortCursor(value: SortValue, id: Types.ObjectId): string {
  const payload: Encoded = value instanceof Date ? { d: value.toISOString(), id: id.toHexString() } : { v: value, id: id.toHexString() };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

const invalid = (): AppError => new AppError('VALIDATION', 'cursor: Not a cursor this list gave out', { cursor: 'Not a cursor this list gave out' });

export function decodeSortCursor(cursor: string): { value: SortValue; id: Types.ObjectId } {
  let payload: Encoded;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Encoded;
  } catch {
    throw invalid();
  }
  if (typeof payload !== 'object' || payload === null || typeof payload.id !== 'string' || !/^[a-f0-9]{24}$/.test(payload.id)) throw invalid();
  if (payload.d !== undefined) {
    const date = new Date(payload.d);
    if (Number.isNaN(date.getTime())) throw invalid();
    return { value: date, id: new Types.ObjectId(payload.id) };
  }
  const value = payload.v ?? null;
  if (value !== null && typeof value !== 'string' && typeof value !== 'number') throw invalid();
  return { value, id: new Types.ObjectId(payload.id) };
}

/**
 * The filter for "after this position" in a (key, _id) order. Missing sort
 * values sort first ascending in MongoDB, so a null boundary is handled apart.
 */
export function afterPosition(field: string, direction: 1 | -1, value: SortValue, id: Types.ObjectId): Record<string, unknown> {
  const beyond = direction === 1 ? '$gt' : '$lt';
  // Operators written here are ours, not user input: marked trusted for sanitizeFilter.
  if (value === null) {
    return direction === 1
      ? { $or: [{ [field]: null, _id: trusted({ $gt: id }) }, { [field]: trusted({ $ne: null }) }] }
      : { [field]: null, _id: trusted({ $lt: id }) };
  }
  return { $or: [{ [field]: trusted({ [beyond]: value }) }, { [field]: value, _id: trusted({ [beyond]: id }) }] };
}
