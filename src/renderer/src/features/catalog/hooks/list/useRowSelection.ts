import { useCallback, useState } from 'react';
import type { ProductFilters } from '@shared/contract';
import { NO_SELECTION, selectedCount, selectMatching, setRows, toggleRow, type RowSelection } from './row-selection';

export interface RowSelectionControls {
  selection: RowSelection;
  count: number;
  toggle(id: string): void;
  setPage(pageIds: readonly string[], selected: boolean): void;
  /** Every product matching `filters` (the list's own, so the scope stays). */
  selectAllMatching(filters: ProductFilters, total: number): void;
  clear(): void;
}

/**
 * The selection, kept across pages of one filter set (`scope`: the filters'
 * query string). Other filters mean other rows, so a new scope starts empty;
 * sort and page size do not change what matches, so they are not in it.
 */
export function useRowSelection(scope: string): RowSelectionControls {
  const [state, setState] = useState<{ scope: string; selection: RowSelection }>({ scope, selection: NO_SELECTION });
  const selection = state.scope === scope ? state.selection : NO_SELECTION;

  const toggle = useCallback((id: string) => setState({ scope, selection: toggleRow(selection, id) }), [scope, selection]);
  const setPage = useCallback((pageIds: readonly string[], selected: boolean) => setState({ scope, selection: setRows(selection, pageIds, selected) }), [scope, selection]);
  const selectAllMatching = useCallback((filters: ProductFilters, total: number) => setState({ scope, selection: selectMatching(filters, total) }), [scope]);
  const clear = useCallback(() => setState({ scope, selection: NO_SELECTION }), [scope]);

  return { selection, count: selectedCount(selection), toggle, setPage, selectAllMatching, clear };
}
