import { PRODUCT_SORTS, productFiltersShape, type ProductFilters, type ProductSort } from '@shared/contract';
import { catalogUrls } from './urls';

/** The product list's query string (Saleor-style typed params): filters, sort, direction and page size. */

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export type SortDirection = 'asc' | 'desc';

export interface ProductListParams {
  filters: ProductFilters;
  sort: ProductSort;
  direction: SortDirection;
  pageSize: PageSize;
}

/** The direction a sort starts in when its header is first chosen; left out of the address. */
export const DEFAULT_DIRECTION: Record<ProductSort, SortDirection> = { updatedAt: 'desc', name: 'asc', price: 'asc', createdAt: 'desc', rating: 'desc' };
export const DEFAULT_SORT: ProductSort = 'updatedAt';
export const DEFAULT_PAGE_SIZE: PageSize = 25;

/** Query-string name of each filter: short, readable, stable for bookmarks. */
const FILTER_KEYS = {
  search: 'q',
  status: 'status',
  category: 'category',
  brand: 'brand',
  featured: 'featured',
  stock: 'stock',
  priceMin: 'min',
  priceMax: 'max',
} as const satisfies Record<keyof ProductFilters, string>;
const FILTER_NAMES = Object.keys(FILTER_KEYS) as Array<keyof ProductFilters>;

const PRICE = /^\d{1,9}(?:\.\d{1,2})?$/;

/** A price as typed or bookmarked ("12", "12.5"), or undefined when it is not one. */
export function parsePrice(raw: string | null | undefined): number | undefined {
  const text = raw?.trim();
  if (!text || !PRICE.test(text)) return undefined;
  return Number(text);
}

function parseFilter(name: keyof ProductFilters, raw: string): unknown {
  if (name === 'featured') return raw === 'true' ? true : raw === 'false' ? false : undefined;
  if (name === 'priceMin' || name === 'priceMax') return parsePrice(raw);
  const parsed = productFiltersShape[name].safeParse(raw);
  return parsed.success && parsed.data !== '' ? parsed.data : undefined;
}

/**
 * Filters from a query string. A value the contract would refuse (a hand-edited
 * or truncated link) is dropped rather than failing the whole screen; so is a
 * maximum price below the minimum, which the list channel refuses.
 */
export function filtersFromQuery(query: URLSearchParams | string): ProductFilters {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: Record<string, unknown> = {};
  for (const name of FILTER_NAMES) {
    const raw = params.get(FILTER_KEYS[name])?.trim();
    if (!raw) continue;
    const value = parseFilter(name, raw);
    if (value !== undefined) filters[name] = value;
  }
  const result = filters as ProductFilters;
  if (result.priceMin !== undefined && result.priceMax !== undefined && result.priceMin > result.priceMax) delete result.priceMax;
  return result;
}

function filterText(value: ProductFilters[keyof ProductFilters]): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value.trim() : String(value);
}

/** The query string for `filters`: empty ones left out, always in the same order. */
export function filtersToQuery(filters: ProductFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const text = filterText(filters[name]);
    if (text) params.set(FILTER_KEYS[name], text);
  }
  return params;
}

function isSort(value: string | null): value is ProductSort {
  return (PRODUCT_SORTS as readonly string[]).includes(value ?? '');
}

/** Everything the list shows, from its address; anything unreadable falls back to the default. */
export function listParamsFromQuery(query: URLSearchParams | string): ProductListParams {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const rawSort = params.get('sort');
  const sort = isSort(rawSort) ? rawSort : DEFAULT_SORT;
  const rawDirection = params.get('dir');
  const direction = rawDirection === 'asc' || rawDirection === 'desc' ? rawDirection : DEFAULT_DIRECTION[sort];
  const size = Number(params.get('size'));
  const pageSize = PAGE_SIZES.find((candidate) => candidate === size) ?? DEFAULT_PAGE_SIZE;
  return { filters: filtersFromQuery(params), sort, direction, pageSize };
}

/** The address's query for `params`; defaults are left out so plain views keep plain addresses. */
export function listParamsToQuery(params: ProductListParams): URLSearchParams {
  const query = filtersToQuery(params.filters);
  if (params.sort !== DEFAULT_SORT) query.set('sort', params.sort);
  if (params.direction !== DEFAULT_DIRECTION[params.sort]) query.set('dir', params.direction);
  if (params.pageSize !== DEFAULT_PAGE_SIZE) query.set('size', String(params.pageSize));
  return query;
}

export function productListUrl(params: Partial<ProductListParams> = {}): string {
  const query = listParamsToQuery({ filters: {}, sort: DEFAULT_SORT, direction: DEFAULT_DIRECTION[params.sort ?? DEFAULT_SORT], pageSize: DEFAULT_PAGE_SIZE, ...params }).toString();
  return query ? `${catalogUrls.products()}?${query}` : catalogUrls.products();
}

export function hasProductFilters(filters: ProductFilters): boolean {
  return FILTER_NAMES.some((name) => filterText(filters[name]) !== '');
}
