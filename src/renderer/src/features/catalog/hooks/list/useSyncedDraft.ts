import { useCallback, useState } from 'react';

export interface SyncedDraft<T> {
  draft: T;
  setDraft(value: T): void;
  /** Notes a value this field is about to apply, so its echo does not overwrite newer typing. */
  markSent(value: T): void;
}

interface DraftState<T> {
  draft: T;
  /** The applied value last rendered. */
  seen: T;
  /** Values this field applied that have not come back yet (navigations commit later, in order). */
  pending: T[];
}

/**
 * What a filter field shows while the user types, over the value applied in
 * the address. The draft follows the applied value when that changes from
 * elsewhere (Clear filters, a saved view, Back), but not when the change is
 * the echo of something this field itself sent — even with several sends in
 * flight (a blur, then Enter, before the first one reached the address).
 */
export function useSyncedDraft<T>(applied: T, same: (a: T, b: T) => boolean = Object.is): SyncedDraft<T> {
  const [state, setState] = useState<DraftState<T>>({ draft: applied, seen: applied, pending: [] });
  let current = state;
  if (!same(applied, state.seen)) {
    const echo = state.pending.findIndex((sent) => same(sent, applied));
    // Adjusting state while rendering (React's "storing information from previous renders").
    current =
      echo >= 0
        ? { draft: state.draft, seen: applied, pending: state.pending.slice(echo + 1) }
        : { draft: applied, seen: applied, pending: [] };
    setState(current);
  }
  const setDraft = useCallback((draft: T) => setState((now) => ({ ...now, draft })), []);
  const markSent = useCallback((sent: T) => setState((now) => ({ ...now, pending: [...now.pending, sent] })), []);
  return { draft: current.draft, setDraft, markSent };
}
