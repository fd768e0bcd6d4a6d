import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ProductFilters } from '@shared/contract';
import { listParamsFromQuery, listParamsToQuery, type ProductListParams } from '../../list-urls';

export interface ListParamsControls {
  /** What the address says, memoised on the query string (a new object only when it changes). */
  params: ProductListParams;
  /** Sort, direction or page size. */
  change(patch: Partial<Omit<ProductListParams, 'filters'>>): void;
  /** `replace` for changes made while typing, so each pause is not a history entry. */
  changeFilters(patch: Partial<ProductFilters>, options?: { replace?: boolean }): void;
  /** Drops every filter; sort and page size stay. */
  clearFilters(): void;
  /** Shows a query string (a saved view), read through the same parser as the address. */
  applyQuery(query: string): void;
}

function withoutEmpty(filters: ProductFilters): ProductFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as ProductFilters;
}

/**
 * The list's filters, sort and page size live in the address (`#/catalog?status=draft&sort=name`),
 * so a view can be bookmarked and survives reload. Every change starts from the
 * address as it is then, so a debounced search cannot undo a filter chosen meanwhile.
 */
export function useProductListParams(): ListParamsControls {
  const [search, setSearch] = useSearchParams();
  const query = search.toString();
  const params = useMemo(() => listParamsFromQuery(query), [query]);

  const update = useCallback(
    (next: (current: ProductListParams) => ProductListParams, replace = false) => setSearch((current) => listParamsToQuery(next(listParamsFromQuery(current))), { replace }),
    [setSearch],
  );

  const change = useCallback((patch: Partial<Omit<ProductListParams, 'filters'>>) => update((current) => ({ ...current, ...patch })), [update]);
  const changeFilters = useCallback(
    (patch: Partial<ProductFilters>, options: { replace?: boolean } = {}) =>
      update((current) => ({ ...current, filters: withoutEmpty({ ...current.filters, ...patch }) }), options.replace),
    [update],
  );
  const clearFilters = useCallback(() => update((current) => ({ ...current, filters: {} })), [update]);
  const applyQuery = useCallback((saved: string) => update(() => listParamsFromQuery(saved)), [update]);

  return { params, change, changeFilters, clearFilters, applyQuery };
}
