/** A bulk price change: by a percentage, or a fixed amount, on regular, sale or both prices. */
export interface PriceChange {
  mode: 'percent' | 'fixed';
  amount: number;
  target: 'regular' | 'sale' | 'both';
}

export interface Prices {
  regular: number;
  sale: number | null;
}

const cents = (value: number): number => Math.round(value * 100) / 100;

function apply(price: number, change: PriceChange): number {
  return cents(change.mode === 'percent' ? price * (1 + change.amount / 100) : price + change.amount);
}

/**
 * The new prices, or why they would be refused: no price goes below zero and a
 * sale price stays below the regular price (the design document's rule).
 */
export function changePrices(before: Prices, change: PriceChange): { after: Prices; problem: string | null } {
  const regular = change.target === 'sale' ? before.regular : apply(before.regular, change);
  const sale = change.target === 'regular' || before.sale === null ? before.sale : apply(before.sale, change);
  const after = { regular, sale };
  if (change.target === 'sale' && before.sale === null) return { after, problem: 'Has no sale price to change' };
  if (regular < 0 || (sale !== null && sale < 0)) return { after, problem: 'A price would go below zero' };
  if (sale !== null && sale >= regular) return { after, problem: `The sale price (${sale.toFixed(2)}) would not be below the regular price (${regular.toFixed(2)})` };
  return { after, problem: null };
}
