import { describe, expect, it } from 'vitest';
import { canFulfil, deriveStockStatus } from '../../../src/shared/stock-status';

describe('deriveStockStatus', () => {
  it.each([
    // quantity, threshold, backorder, expected
    [0, 10, false, 'out_of_stock'],
    [-5, 10, false, 'out_of_stock'],
    [0, 10, true, 'out_of_stock'],
    [-5, 10, true, 'out_of_stock'],
    [1, 10, false, 'low_stock'],
    [10, 10, false, 'low_stock'],
    [10, 10, true, 'low_stock'],
    [11, 10, false, 'in_stock'],
    [1, 0, false, 'in_stock'],
    [500, 10, false, 'in_stock'],
  ] as const)('quantity %i, threshold %i, backorder %s -> %s', (quantity, threshold, backorder, expected) => {
    expect(deriveStockStatus(quantity, threshold, backorder)).toBe(expected);
  });
});

describe('canFulfil', () => {
  it('sells from stock, and beyond it only with backorders allowed', () => {
    expect(canFulfil(5, 5, false)).toBe(true);
    expect(canFulfil(5, 6, false)).toBe(false);
    expect(canFulfil(0, 6, true)).toBe(true);
  });
});
