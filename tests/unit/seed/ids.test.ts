import { describe, expect, it } from 'vitest';
import { formatOrderNumber, ORDER_NUMBER_PATTERN } from '../../../src/main/domain/order-number';
import { OrderNumbers } from '../../../src/main/seed/generators/order-numbers';
import { seededObjectId, subdocumentIndex, SUBDOCUMENTS_PER_PARENT } from '../../../src/main/seed/ids';

describe('seeded ObjectIds', () => {
  it('carry the creation time and are unique per kind and index', () => {
    const at = Date.UTC(2026, 0, 15, 12, 0, 0);
    const id = seededObjectId('order', 12345, at, 0xabcdef);
    expect(id.getTimestamp().getTime()).toBe(at);
    expect(seededObjectId('order', 12345, at, 0xabcdef).equals(id)).toBe(true);
    expect(seededObjectId('order', 12346, at, 0xabcdef).equals(id)).toBe(false);
    expect(seededObjectId('payment', 12345, at, 0xabcdef).equals(id)).toBe(false);
    expect(seededObjectId('order', 12345, at, 0xabcdee).equals(id)).toBe(false);
  });

  it('gives sub-documents their own index range', () => {
    expect(subdocumentIndex(3, 0)).toBe(3 * SUBDOCUMENTS_PER_PARENT);
    expect(() => subdocumentIndex(3, SUBDOCUMENTS_PER_PARENT)).toThrow(RangeError);
    expect(() => seededObjectId('order', -1, 0, 0)).toThrow(RangeError);
  });
});

describe('seeded order numbers', () => {
  it('are valid, deterministic, and never repeat within a seed, even on one day', () => {
    const numbers = new OrderNumbers(42);
    const day = Date.UTC(2026, 5, 1);
    const seen = new Set<string>();
    for (let index = 0; index < 200_000; index += 1) seen.add(numbers.numberFor(index, day));
    expect(seen.size).toBe(200_000);
    const first = numbers.numberFor(0, day);
    expect(first).toMatch(ORDER_NUMBER_PATTERN);
    expect(first.startsWith('ORD-20260601-')).toBe(true);
    expect(new OrderNumbers(42).numberFor(0, day)).toBe(first);
    expect(new OrderNumbers(7).numberFor(0, day)).not.toBe(first);
    expect(formatOrderNumber(new Date(day), numbers.suffix(5))).toBe(numbers.numberFor(5, day));
  });
});
