import { randomInt } from 'node:crypto';

/** `ORD-YYYYMMDD-XXXXX`: the UTC date the order was placed and five characters from A-Z0-9. */
export const ORDER_NUMBER_PATTERN = /^ORD-\d{8}-[A-Z0-9]{5}$/;
export const ORDER_NUMBER_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const SUFFIX_LENGTH = 5;

export interface ParsedOrderNumber {
  /** Midnight UTC of the day in the number. */
  date: Date;
  suffix: string;
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/** Formats an order number from a date (its UTC day) and a five-character suffix. */
export function formatOrderNumber(date: Date, suffix: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatOrderNumber: invalid date');
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError('formatOrderNumber: year must have four digits');
  if (!/^[A-Z0-9]{5}$/.test(suffix)) throw new RangeError('formatOrderNumber: suffix must be 5 characters from A-Z0-9');
  return `ORD-${pad(year, 4)}${pad(date.getUTCMonth() + 1, 2)}${pad(date.getUTCDate(), 2)}-${suffix}`;
}

/** Splits an order number into its day and suffix; null when it is not one (or names no real day). */
export function parseOrderNumber(orderNumber: string): ParsedOrderNumber | null {
  if (!ORDER_NUMBER_PATTERN.test(orderNumber)) return null;
  const year = Number(orderNumber.slice(4, 8));
  const month = Number(orderNumber.slice(8, 10));
  const day = Number(orderNumber.slice(10, 12));
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { date, suffix: orderNumber.slice(13) };
}

/**
 * A new order number for `date`. `random(n)` returns an integer in [0, n); it
 * defaults to the crypto RNG (inject one in tests). Uniqueness is not promised
 * here: 36^5 (about 60 million) numbers a day make clashes rare, and the unique
 * index on `orders.orderNumber` plus a retry in the orders service settles them.
 */
export function generateOrderNumber(date: Date = new Date(), random: (n: number) => number = randomInt): string {
  let suffix = '';
  for (let i = 0; i < SUFFIX_LENGTH; i += 1) {
    const index = random(ORDER_NUMBER_ALPHABET.length);
    if (!Number.isInteger(index) || index < 0 || index >= ORDER_NUMBER_ALPHABET.length) {
      throw new RangeError(`generateOrderNumber: random(${ORDER_NUMBER_ALPHABET.length}) returned ${index}`);
    }
    suffix += ORDER_NUMBER_ALPHABET[index];
  }
  return formatOrderNumber(date, suffix);
}
