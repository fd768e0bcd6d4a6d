import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChannelOutput, ProductRow } from '@shared/contract';
import { useClient } from '../../../../app/client-context';
import { listParamsToQuery, type ProductListParams } from '../../list-urls';

type ListPage = ChannelOutput<'catalog.products.list'>;

interface Answer {
  /** The request this answers; a newer request makes it stale. */
  key: string;
  cursor: string | undefined;
  generation: number;
  pageIndex: number;
  page: ListPage | null;
  error: unknown;
  /** When it arrived, so "updated 5 min ago" is measured from a fixed moment. */
  receivedAt: number;
}

const FIRST_PAGE: readonly string[] = [];

export interface ProductPages {
  /** The rows on screen; while another page loads, the previous ones stay (dimmed). */
  items: ProductRow[];
  /** Zero-based index of the page `items` belong to. */
  pageIndex: number;
  total: number;
  searchMode: ListPage['searchMode'];
  loading: boolean;
  error: unknown;
  hasNext: boolean;
  hasPrevious: boolean;
  receivedAt: number;
  next(): void;
  previous(): void;
  reload(): void;
}

/**
 * One keyset page of products at a time. The list has no page numbers: "Next"
 * follows the answer's `nextCursor` and pushes it on a trail, "Previous" pops it.
 * The trail belongs to one set of params, so new filters start at page 1 without
 * an effect resetting anything; answers for superseded requests are dropped.
 */
export function useProductPages(params: ProductListParams): ProductPages {
  const client = useClient();
  const key = useMemo(() => listParamsToQuery(params).toString(), [params]);
  const [trail, setTrail] = useState<{ key: string; cursors: readonly string[] }>({ key, cursors: FIRST_PAGE });
  const cursors = trail.key === key ? trail.cursors : FIRST_PAGE;
  const cursor = cursors.at(-1);
  const pageIndex = cursors.length;
  const [generation, setGeneration] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    let live = true;
    const { filters, sort, direction, pageSize } = params;
    const settle = (page: ListPage | null, error: unknown) => {
      if (live) setAnswer({ key, cursor, generation, pageIndex, page, error, receivedAt: Date.now() });
    };
    client.call('catalog.products.list', { ...filters, sort, direction, limit: pageSize, cursor }).then(
      (page) => settle(page, null),
      (error: unknown) => settle(null, error),
    );
    return () => {
      live = false;
    };
  }, [client, params, key, cursor, pageIndex, generation]);

  const current = answer !== null && answer.key === key && answer.cursor === cursor && answer.generation === generation;
  const nextCursor = current ? (answer.page?.nextCursor ?? null) : null;

  const next = useCallback(() => {
    if (nextCursor) setTrail({ key, cursors: [...cursors, nextCursor] });
  }, [key, cursors, nextCursor]);
  const previous = useCallback(() => {
    if (cursors.length > 0) setTrail({ key, cursors: cursors.slice(0, -1) });
  }, [key, cursors]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  return {
    items: answer?.page?.items ?? [],
    pageIndex: answer?.pageIndex ?? 0,
    total: answer?.page?.total ?? 0,
    searchMode: answer?.page?.searchMode ?? 'none',
    loading: !current,
    error: current ? answer.error : null,
    hasNext: nextCursor !== null,
    hasPrevious: pageIndex > 0,
    receivedAt: answer?.receivedAt ?? 0,
    next,
    previous,
    reload,
  };
}
