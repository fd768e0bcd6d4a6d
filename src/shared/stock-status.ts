import type { StockStatus } from './enums';

export { STOCK_STATUSES, type StockStatus } from './enums';

/**
 * The stock status a product shows, derived from its numbers (never edited by hand):
 * - quantity <= 0: `out_of_stock`, even when backorders are allowed — the stock is out,
 *   backorder only decides whether it may still be sold;
 * - quantity <= lowStockThreshold: `low_stock`;
 * - otherwise `in_stock`.
 *
 * `allowBackorder` is taken so callers pass the whole inventory state; it does not
 * change the status under this rule (see {@link canFulfil} for what it does change).
 */
export function deriveStockStatus(quantity: number, lowStockThreshold: number, allowBackorder: boolean): StockStatus {
  void allowBackorder;
  if (quantity <= 0) return 'out_of_stock';
  if (quantity <= lowStockThreshold) return 'low_stock';
  return 'in_stock';
}

/** Whether `requested` units can be sold now: from stock, or beyond it when backorders are allowed. */
export function canFulfil(quantity: number, requested: number, allowBackorder: boolean): boolean {
  return allowBackorder || quantity >= requested;
}
