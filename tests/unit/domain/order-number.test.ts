import { describe, expect, it } from 'vitest';
import { formatOrderNumber, generateOrderNumber, ORDER_NUMBER_ALPHABET, ORDER_NUMBER_PATTERN, parseOrderNumber } from '../../../src/main/domain/order-number';

describe('order numbers', () => {
  it('formats the UTC day and the suffix', () => {
    expect(formatOrderNumber(new Date('2025-10-23T23:59:59Z'), 'AB12C')).toBe('ORD-20251023-AB12C');
    expect(formatOrderNumber(new Date('2025-01-05T00:00:00Z'), '00000')).toBe('ORD-20250105-00000');
  });

  it('refuses a bad suffix or date', () => {
    expect(() => formatOrderNumber(new Date('2025-01-05T00:00:00Z'), 'ab12c')).toThrow(/suffix/);
    expect(() => formatOrderNumber(new Date('2025-01-05T00:00:00Z'), 'ABCD')).toThrow(/suffix/);
    expect(() => formatOrderNumber(new Date('nope'), 'ABCDE')).toThrow(/invalid date/);
  });

  it('generates numbers from the injected random source', () => {
    const picks = [0, 25, 26, 35, 1];
    const number = generateOrderNumber(new Date('2025-10-23T12:00:00Z'), () => picks.shift()!);
    expect(number).toBe('ORD-20251023-AZ09B');
  });

  it('generates valid, varied numbers with the default crypto source', () => {
    const numbers = new Set(Array.from({ length: 200 }, () => generateOrderNumber(new Date('2025-10-23T12:00:00Z'))));
    for (const number of numbers) expect(number).toMatch(ORDER_NUMBER_PATTERN);
    expect(numbers.size).toBeGreaterThan(190);
  });

  it('uses today when no date is given', () => {
    const today = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    expect(generateOrderNumber().slice(4, 12)).toBe(today);
  });

  it('rejects a random source that leaves the alphabet', () => {
    expect(() => generateOrderNumber(new Date(), () => ORDER_NUMBER_ALPHABET.length)).toThrow(RangeError);
    expect(() => generateOrderNumber(new Date(), () => 1.5)).toThrow(RangeError);
  });

  it('parses what it formats', () => {
    expect(parseOrderNumber('ORD-20251023-AB12C')).toEqual({ date: new Date('2025-10-23T00:00:00Z'), suffix: 'AB12C' });
    expect(parseOrderNumber('ORD-00500101-AAAAA')?.date.getUTCFullYear()).toBe(50);
  });

  it.each(['ORD-20251023-ab12c', 'ORD-2025102-AB12C', 'ord-20251023-AB12C', 'ORD-20250230-AB12C', 'ORD-20251301-AB12C', 'ORD-20251023-AB12C ', ''])(
    'does not parse %j',
    (value) => {
      expect(parseOrderNumber(value)).toBeNull();
    },
  );
});
