import { describe, expect, it } from 'vitest';
import { changePrices } from '../../../src/main/domain/price-change';

describe('bulk price changes', () => {
  it('raises by a percentage to the cent', () => {
    expect(changePrices({ regular: 19.99, sale: null }, { mode: 'percent', amount: 10, target: 'regular' })).toEqual({ after: { regular: 21.99, sale: null }, problem: null });
  });

  it('lowers both prices by a fixed amount', () => {
    expect(changePrices({ regular: 50, sale: 40 }, { mode: 'fixed', amount: -5, target: 'both' })).toEqual({ after: { regular: 45, sale: 35 }, problem: null });
  });

  it('refuses a regular price that falls to or under the sale price', () => {
    expect(changePrices({ regular: 50, sale: 45 }, { mode: 'percent', amount: -20, target: 'regular' }).problem).toMatch(/sale price \(45\.00\) would not be below the regular price \(40\.00\)/);
  });

  it('refuses prices below zero and sale changes without a sale price', () => {
    expect(changePrices({ regular: 5, sale: null }, { mode: 'fixed', amount: -6, target: 'regular' }).problem).toBe('A price would go below zero');
    expect(changePrices({ regular: 5, sale: null }, { mode: 'percent', amount: 10, target: 'sale' }).problem).toBe('Has no sale price to change');
  });
});
