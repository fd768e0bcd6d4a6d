import { useCallback, useState } from 'react';

export interface CategoryTreeState {
  selectedId: string | null;
  /** Rows whose children are hidden; everything else is open, so new subcategories show at once. */
  collapsed: ReadonlySet<string>;
  select(id: string | null): void;
  setExpanded(id: string, expanded: boolean): void;
  /** Selects a category and opens its ancestors (after a change, so the edited row stays in view). */
  reveal(id: string, ancestorIds: readonly string[]): void;
}

export function useCategoryTreeState(): CategoryTreeState {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());

  const setExpanded = useCallback((id: string, expanded: boolean) => {
    setCollapsed((now) => {
      if (now.has(id) !== expanded) return now;
      const next = new Set(now);
      if (expanded) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const reveal = useCallback((id: string, ancestorIds: readonly string[]) => {
    setSelectedId(id);
    setCollapsed((now) => (ancestorIds.some((ancestor) => now.has(ancestor)) ? new Set([...now].filter((each) => !ancestorIds.includes(each))) : now));
  }, []);

  return { selectedId, collapsed, select: setSelectedId, setExpanded, reveal };
}
