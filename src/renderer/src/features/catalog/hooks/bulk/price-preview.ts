import type { PricePreviewRow } from '@shared/contract';
import { productCount } from './bulk-actions';

const AMOUNT = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A price in the preview (rows of several currencies share it, so no symbol); "—" for none. */
export function formatAmount(amount: number | null): string {
  return amount === null ? '—' : AMOUNT.format(amount);
}

export interface PriceChangeCell {
  before: string;
  after: string;
  changed: boolean;
}

export interface PricePreviewLine {
  id: string;
  name: string;
  sku: string;
  regular: PriceChangeCell;
  sale: PriceChangeCell;
  /** Why the row would be refused (and left as it is). */
  problem: string | null;
}

function cell(before: number | null, after: number | null): PriceChangeCell {
  return { before: formatAmount(before), after: formatAmount(after), changed: before !== after };
}

export function pricePreviewLines(sample: readonly PricePreviewRow[]): PricePreviewLine[] {
  return sample.map((row) => ({
    id: row.id,
    name: row.name,
    sku: row.sku,
    regular: cell(row.before.regular, row.after.regular),
    sale: cell(row.before.sale, row.after.sale),
    problem: row.problem,
  }));
}

/** "The first 20 of 120 products, by name; 1 shown would be refused." */
export function pricePreviewSummary(total: number, sample: readonly PricePreviewRow[]): string {
  const refused = sample.filter((row) => row.problem !== null).length;
  const shown = sample.length === total ? `All ${productCount(total)}, by name` : `The first ${sample.length.toLocaleString()} of ${productCount(total)}, by name`;
  if (refused === 0) return `${shown}.`;
  return `${shown}; ${refused.toLocaleString()} shown would be refused and left as ${refused === 1 ? 'it is' : 'they are'}.`;
}
