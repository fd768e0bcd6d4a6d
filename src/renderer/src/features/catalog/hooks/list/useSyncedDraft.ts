import { useCallback, useState } from 'react';

export interface SyncedDraft<T> {
  draft: T;
  setDraft(value: T): void;
  /** Notes a value this field is about to apply, so its echo does not overwrite newer typing. */
  markSent(value: T): void;
}

/**
 * What a filter field shows while the user types, over the value applied in
 * the address. The draft follows the applied value when that changes from
 * elsewhere (Clear filters, a saved view, Back), but not when the change is
 * the echo of what this field itself sent.
 */
export function useSyncedDraft<T>(applied: T, same: (a: T, b: T) => boolean = Object.is): SyncedDraft<T> {
  const [state, setState] = useState({ draft: applied, seen: applied, sent: applied });
  let current = state;
  if (!same(applied, state.seen)) {
    // Adjusting state while rendering (React's "storing information from previous renders").
    current = { draft: same(applied, state.sent) ? state.draft : applied, seen: applied, sent: applied };
    setState(current);
  }
  const setDraft = useCallback((draft: T) => setState((now) => ({ ...now, draft })), []);
  const markSent = useCallback((sent: T) => setState((now) => ({ ...now, sent })), []);
  return { draft: current.draft, setDraft, markSent };
}
