import type { BulkAction, BulkSelection } from '@shared/contract';
import type { RowSelection } from '../list/row-selection';

/** The bulk actions the toolbar offers; some become one contract action with different values. */
export const BULK_KINDS = ['publish', 'archive', 'feature', 'unfeature', 'move', 'addTags', 'removeTags', 'changePrice'] as const;
export type BulkKind = (typeof BULK_KINDS)[number];

export interface BulkKindText {
  /** The toolbar button; "…" when a dialog asks for more. */
  button: string;
  /** The dialog's title and confirm button, for `n` products. */
  title(n: string): string;
  confirm(n: string): string;
  /** What happens to each product, after "The N products will…". */
  effect: string;
}

export const BULK_TEXT: Record<BulkKind, BulkKindText> = {
  publish: { button: 'Publish', title: (n) => `Publish ${n}?`, confirm: (n) => `Publish ${n}`, effect: 'be published: shown in the shop' },
  archive: { button: 'Archive', title: (n) => `Archive ${n}?`, confirm: (n) => `Archive ${n}`, effect: 'be archived: taken out of the shop, kept in the catalog' },
  feature: { button: 'Feature', title: (n) => `Feature ${n}?`, confirm: (n) => `Feature ${n}`, effect: 'be marked as featured' },
  unfeature: { button: 'Unfeature', title: (n) => `Unfeature ${n}?`, confirm: (n) => `Unfeature ${n}`, effect: 'no longer be featured' },
  move: { button: 'Move to category…', title: () => 'Move to category', confirm: (n) => `Move ${n}`, effect: 'move to the category chosen' },
  addTags: { button: 'Add tags…', title: () => 'Add tags', confirm: (n) => `Tag ${n}`, effect: 'get the tags (those they have stay)' },
  removeTags: { button: 'Remove tags…', title: () => 'Remove tags', confirm: (n) => `Untag ${n}`, effect: 'lose the tags (where they have them)' },
  changePrice: { button: 'Change prices…', title: () => 'Change prices', confirm: (n) => `Change prices of ${n}`, effect: 'get new prices' },
};

export type PriceMode = 'percent' | 'fixed';
export type PriceTarget = 'regular' | 'sale' | 'both';

/** What the dialog's fields hold, as typed. */
export interface BulkForm {
  category: string | null;
  tags: string;
  priceMode: PriceMode;
  priceAmount: string;
  priceTarget: PriceTarget;
}

export const EMPTY_BULK_FORM: BulkForm = { category: null, tags: '', priceMode: 'percent', priceAmount: '', priceTarget: 'both' };

export const BULK_TAGS_MAX = 20;

export function productCount(count: number): string {
  return `${count.toLocaleString()} product${count === 1 ? '' : 's'}`;
}

/** Tags typed as "summer, sale": trimmed, without repeats or empties. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/** "-10", "+2.5", "-1,5" (a decimal comma is fine); null when it is not a number. */
export function parseAmount(text: string): number | null {
  const normal = text.trim().replace(',', '.').replace(/^\+/, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

/** The contract's action for what the form says, or what to fix first (keyed by field). */
export function bulkAction(kind: BulkKind, form: BulkForm): { action: BulkAction } | { problem: { field: 'tags' | 'amount'; message: string } } {
  switch (kind) {
    case 'publish':
    case 'archive':
      return { action: { type: kind } };
    case 'feature':
    case 'unfeature':
      return { action: { type: 'setFeatured', featured: kind === 'feature' } };
    case 'move':
      return { action: { type: 'moveToCategory', category: form.category } };
    case 'addTags':
    case 'removeTags': {
      const tags = parseTags(form.tags);
      if (tags.length === 0) return { problem: { field: 'tags', message: 'Type at least one tag' } };
      if (tags.length > BULK_TAGS_MAX) return { problem: { field: 'tags', message: `At most ${BULK_TAGS_MAX} tags at a time` } };
      const long = tags.find((tag) => tag.length > 50);
      if (long) return { problem: { field: 'tags', message: `“${long.slice(0, 20)}…” is longer than 50 characters` } };
      return { action: { type: kind, tags } };
    }
    case 'changePrice': {
      const amount = parseAmount(form.priceAmount);
      if (form.priceAmount.trim() === '') return { problem: { field: 'amount', message: 'Type how much, e.g. -10' } };
      if (amount === null) return { problem: { field: 'amount', message: 'A number, e.g. -10 or 5.50' } };
      if (amount === 0) return { problem: { field: 'amount', message: 'Must not be zero' } };
      if (Math.abs(amount) > 100_000) return { problem: { field: 'amount', message: 'At most 100,000 either way' } };
      if (form.priceMode === 'percent' && amount <= -100) return { problem: { field: 'amount', message: 'Lowering by 100 % or more leaves no price' } };
      if (form.priceMode === 'fixed' && !/^[^.,]*(?:[.,]\d{1,2})?$/.test(form.priceAmount.trim())) return { problem: { field: 'amount', message: 'At most two decimals' } };
      return { action: { type: 'changePrice', mode: form.priceMode, amount, target: form.priceTarget } };
    }
  }
}

/** Rows the contract takes by id; more must go as "all matching the filter". */
export const BULK_IDS_MAX = 1000;

/** What the bulk channels are told about the list's selection. */
export function toBulkSelection(selection: RowSelection): BulkSelection {
  return selection.kind === 'matching' ? { kind: 'filter', filters: selection.filters } : { kind: 'ids', ids: [...selection.ids] };
}
