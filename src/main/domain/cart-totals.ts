/**
 * Money arithmetic shared by carts and orders. Amounts are numbers in the
 * currency's major unit (dollars), rounded to cents; two amounts are equal when
 * they agree to the cent, so float noise (0.1 + 0.2) never fails a check.
 */

export function roundMoney(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}

export function sameMoney(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}

/** A line's subtotal: quantity × unit price, to the cent. */
export function lineSubtotal(quantity: number, price: number): number {
  return roundMoney(quantity * price);
}

export interface PricedLine {
  quantity: number;
  price: number;
}

export interface Charges {
  tax?: number | null;
  shipping?: number | null;
  discount?: number | null;
}

export interface Totals {
  subtotal: number;
  tax: number;
  shipping: number;
  discount: number;
  total: number;
}

/** Sum of line subtotals. */
export function itemsSubtotal(lines: ReadonlyArray<PricedLine>): number {
  return roundMoney(lines.reduce((sum, line) => sum + lineSubtotal(line.quantity, line.price), 0));
}

/** subtotal + tax + shipping − discount, never below zero (a discount cannot pay the customer). */
export function grandTotal(subtotal: number, charges: Charges = {}): number {
  const total = subtotal + (charges.tax ?? 0) + (charges.shipping ?? 0) - (charges.discount ?? 0);
  return Math.max(0, roundMoney(total));
}

/** Totals of a cart or an order from its lines and charges; what services store. */
export function computeTotals(lines: ReadonlyArray<PricedLine>, charges: Charges = {}): Totals {
  const subtotal = itemsSubtotal(lines);
  return {
    subtotal,
    tax: roundMoney(charges.tax ?? 0),
    shipping: roundMoney(charges.shipping ?? 0),
    discount: roundMoney(charges.discount ?? 0),
    total: grandTotal(subtotal, charges),
  };
}
