const STORAGE_KEY = 'backroom.webToken';

/**
 * Web mode's access token arrives in the launch URL's fragment
 * (`#token=...`); it is kept for this tab only and removed from the address bar.
 */
export function takeWebToken(location: Location, storage: Storage, history: History): string | null {
  const match = /^#token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(STORAGE_KEY, match[1]);
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
    return match[1];
  }
  return storage.getItem(STORAGE_KEY);
}
