import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useAuthStore } from '../../../auth/store';
import { parseSavedViews, savedViewsKey, withView, withoutView, type SavedView } from './saved-views';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another window of the same user saving a view.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function read(key: string | null): string | null {
  if (!key) return null;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, views: SavedView[]): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(views));
  } catch {
    return false;
  }
  for (const listener of listeners) listener();
  return true;
}

export interface SavedViewsControls {
  /** False until the signed-in user is known (the key names them). */
  ready: boolean;
  views: SavedView[];
  /** False when the browser refused to store it. */
  save(view: SavedView): boolean;
  remove(name: string): void;
}

/** The signed-in user's saved views on this machine (see saved-views.ts). */
export function useSavedViews(): SavedViewsControls {
  // The shell shows only when signed in; the auth store holds who that is.
  const user = useAuthStore((state) => state.user);
  const key = user ? savedViewsKey(user.id) : null;
  const raw = useSyncExternalStore(subscribe, () => read(key));
  const views = useMemo(() => parseSavedViews(raw), [raw]);

  const save = useCallback((view: SavedView) => (key ? write(key, withView(views, view)) : false), [key, views]);
  const remove = useCallback((name: string) => void (key && write(key, withoutView(views, name))), [key, views]);

  return { ready: key !== null, views, save, remove };
}
