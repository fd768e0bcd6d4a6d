import { describe, expect, it } from 'vitest';
import { computeTotals, grandTotal, itemsSubtotal, lineSubtotal, roundMoney, sameMoney } from '../../../src/main/domain/cart-totals';

describe('money', () => {
  it('rounds to cents and compares to the cent', () => {
    expect(roundMoney(0.1 + 0.2)).toBe(0.3);
    expect(roundMoney(1.005)).toBe(1.01);
    expect(sameMoney(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameMoney(10, 10.01)).toBe(false);
  });

  it('computes line and item subtotals', () => {
    expect(lineSubtotal(3, 19.99)).toBe(59.97);
    expect(itemsSubtotal([{ quantity: 3, price: 19.99 }, { quantity: 1, price: 0.01 }])).toBe(59.98);
    expect(itemsSubtotal([])).toBe(0);
  });

  it('adds tax and shipping, takes off the discount, never below zero', () => {
    expect(grandTotal(100, { tax: 8.25, shipping: 5, discount: 10 })).toBe(103.25);
    expect(grandTotal(100)).toBe(100);
    expect(grandTotal(10, { discount: 25 })).toBe(0);
    expect(grandTotal(10, { tax: null, shipping: undefined })).toBe(10);
  });

  it('computes all totals at once', () => {
    expect(computeTotals([{ quantity: 2, price: 10 }], { tax: 2, shipping: 5 })).toEqual({ subtotal: 20, tax: 2, shipping: 5, discount: 0, total: 27 });
  });
});
