/**
 * Saved views: named presets of the list's query string. They live in this
 * machine's localStorage under a key naming the signed-in user, so they are
 * per user *per machine*: another computer, or another browser in web mode,
 * has its own. (Sharing them would need a settings collection in the database.)
 */
export interface SavedView {
  name: string;
  /** The list's query string, read back through listParamsFromQuery like any address. */
  query: string;
}

export const SAVED_VIEW_NAME_MAX = 60;
const MAX_VIEWS = 50;

export function savedViewsKey(userId: string): string {
  return `backroom.catalog.savedViews.${userId}`;
}

/** Views from storage; anything unreadable (hand-edited, an older shape) is skipped. */
export function parseSavedViews(raw: string | null): SavedView[] {
  if (!raw) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data
    .filter((entry): entry is SavedView => typeof entry === 'object' && entry !== null && typeof entry.name === 'string' && typeof entry.query === 'string')
    .map((entry) => ({ name: entry.name.trim().slice(0, SAVED_VIEW_NAME_MAX), query: entry.query }))
    .filter((entry) => entry.name !== '')
    .slice(0, MAX_VIEWS);
}

function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'accent' }) === 0;
}

export function findView(views: readonly SavedView[], name: string): SavedView | undefined {
  return views.find((view) => sameName(view.name, name));
}

/** `views` with `view` added, replacing one of the same name (case aside), sorted by name. */
export function withView(views: readonly SavedView[], view: SavedView): SavedView[] {
  const named = { name: view.name.trim().slice(0, SAVED_VIEW_NAME_MAX), query: view.query };
  return [...views.filter((other) => !sameName(other.name, named.name)), named].sort((a, b) => a.name.localeCompare(b.name)).slice(0, MAX_VIEWS);
}

export function withoutView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((view) => !sameName(view.name, name));
}
