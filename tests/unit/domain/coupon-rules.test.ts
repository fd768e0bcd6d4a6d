import { describe, expect, it } from 'vitest';
import { couponValueProblem, isValidWindow } from '../../../src/main/domain/coupon-rules';

describe('couponValueProblem', () => {
  it.each([
    ['percentage', 10, null],
    ['percentage', 100, null],
    ['percentage', 0, /above 0 and at most 100/],
    ['percentage', 100.01, /above 0 and at most 100/],
    ['percentage', undefined, /required/],
    ['fixed', 5, null],
    ['fixed', 0, /above 0/],
    ['fixed', -1, /at least 0/],
    ['free_shipping', undefined, null],
    ['free_shipping', 0, null],
    ['free_shipping', -1, /at least 0/],
  ] as const)('%s %s', (type, value, expected) => {
    const problem = couponValueProblem(type, value);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('isValidWindow', () => {
  const day = (d: number) => new Date(Date.UTC(2025, 0, d));
  it('needs the end after the start when both are set', () => {
    expect(isValidWindow(day(1), day(2))).toBe(true);
    expect(isValidWindow(day(2), day(2))).toBe(false);
    expect(isValidWindow(day(3), day(2))).toBe(false);
    expect(isValidWindow(undefined, day(2))).toBe(true);
    expect(isValidWindow(day(1), null)).toBe(true);
  });
});
