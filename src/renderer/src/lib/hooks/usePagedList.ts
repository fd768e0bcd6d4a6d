import { useCallback, useEffect, useState } from 'react';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

interface Loaded<T, F> {
  /** The filters and reload count this result answers; a newer request makes it stale. */
  filters: F;
  generation: number;
  items: T[];
  nextCursor: string | null;
  error: unknown;
}

/**
 * A keyset-paged list: the first page loads whenever `filters` changes
 * (memoise it), `loadMore` appends the next one. A late answer for
 * superseded filters is dropped.
 */
export function usePagedList<T, F>(filters: F, fetchPage: (filters: F, cursor: string | undefined) => Promise<Page<T>>) {
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T, F> | null>(null);
  const [more, setMore] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null });

  useEffect(() => {
    let live = true;
    fetchPage(filters, undefined).then(
      (page) => {
        if (live) setLoaded({ filters, generation, items: page.items, nextCursor: page.nextCursor, error: null });
      },
      (error: unknown) => {
        if (live) setLoaded({ filters, generation, items: [], nextCursor: null, error });
      },
    );
    return () => {
      live = false;
    };
  }, [filters, fetchPage, generation]);

  const current = loaded !== null && loaded.filters === filters && loaded.generation === generation;

  const loadMore = useCallback(() => {
    if (!loaded?.nextCursor) return;
    const base = loaded;
    setMore({ pending: true, error: null });
    fetchPage(base.filters, base.nextCursor ?? undefined).then(
      (page) => {
        setLoaded((now) =>
          now && now.filters === base.filters && now.generation === base.generation
            ? { ...now, items: [...now.items, ...page.items], nextCursor: page.nextCursor }
            : now,
        );
        setMore({ pending: false, error: null });
      },
      (error: unknown) => setMore({ pending: false, error }),
    );
  }, [loaded, fetchPage]);

  /** Changes the loaded items in place (after an edit), without a reload. */
  const update = useCallback((change: (items: T[]) => T[]) => {
    setLoaded((now) => (now ? { ...now, items: change(now.items) } : now));
  }, []);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  return {
    /** The loaded items; while new filters load, the previous ones stay visible. */
    items: loaded?.items ?? [],
    loading: !current,
    error: current ? loaded.error : null,
    hasMore: current && loaded.nextCursor !== null,
    loadingMore: more.pending,
    loadMoreError: more.error,
    loadMore,
    update,
    reload,
  };
}
