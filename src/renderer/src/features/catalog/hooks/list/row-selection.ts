/**
 * Which rows are selected, kept by the list view for the bulk actions to come.
 * A union so "all N matching the filter" can join as a second kind
 * (`{ kind: 'matching'; filters; total; except: ReadonlySet<string> }`)
 * without the table or the count changing how they ask.
 */
export type RowSelection = { kind: 'rows'; ids: ReadonlySet<string> };

export const NO_SELECTION: RowSelection = { kind: 'rows', ids: new Set() };

export function isSelected(selection: RowSelection, id: string): boolean {
  return selection.ids.has(id);
}

export function selectedCount(selection: RowSelection): number {
  return selection.ids.size;
}

export function toggleRow(selection: RowSelection, id: string): RowSelection {
  const ids = new Set(selection.ids);
  if (!ids.delete(id)) ids.add(id);
  return { kind: 'rows', ids };
}

/** Selects or unselects every row of a page, leaving other pages' choices alone. */
export function setRows(selection: RowSelection, pageIds: readonly string[], selected: boolean): RowSelection {
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
