import type { ProductFilters } from '@shared/contract';

/**
 * Which rows are selected, for the bulk actions: rows picked one by one, or
 * every product matching the list's filters (`total` of them when chosen),
 * wherever they are in the list. Bulk changes cannot leave rows out of "all
 * matching", so while it holds, single rows cannot be unpicked (clear it first).
 */
export type RowSelection = { kind: 'rows'; ids: ReadonlySet<string> } | { kind: 'matching'; filters: ProductFilters; total: number };

export const NO_SELECTION: RowSelection = { kind: 'rows', ids: new Set() };

export function selectMatching(filters: ProductFilters, total: number): RowSelection {
  return { kind: 'matching', filters, total };
}

export function isSelected(selection: RowSelection, id: string): boolean {
  return selection.kind === 'matching' || selection.ids.has(id);
}

export function selectedCount(selection: RowSelection): number {
  return selection.kind === 'matching' ? selection.total : selection.ids.size;
}

export function toggleRow(selection: RowSelection, id: string): RowSelection {
  if (selection.kind === 'matching') return selection;
  const ids = new Set(selection.ids);
  if (!ids.delete(id)) ids.add(id);
  return { kind: 'rows', ids };
}

/** Selects or unselects every row of a page, leaving other pages' choices alone. */
export function setRows(selection: RowSelection, pageIds: readonly string[], selected: boolean): RowSelection {
  if (selection.kind === 'matching') return selection;
  const ids = new Set(selection.ids);
  for (const id of pageIds) {
    if (selected) ids.add(id);
    else ids.delete(id);
  }
  return { kind: 'rows', ids };
}

/** How many of `pageIds` are selected: for the header checkbox (none, some, all). */
export function pageSelectionState(selection: RowSelection, pageIds: readonly string[]): 'none' | 'some' | 'all' {
  const count = pageIds.filter((id) => isSelected(selection, id)).length;
  if (count === 0) return 'none';
  return count === pageIds.length ? 'all' : 'some';
}
