import { auditFiltersShape, type ChannelInput } from '@shared/contract';

/** The audit log's filters, as `audit.list` and `audit.export` take them. */
export type AuditFilters = Pick<ChannelInput<'audit.list'>, 'actorId' | 'collection' | 'targetId' | 'from' | 'to'>;

/** Query-string name of each filter: short, readable, stable for bookmarks. */
const QUERY_KEYS = { actorId: 'actor', collection: 'collection', targetId: 'target', from: 'from', to: 'to' } as const satisfies Record<keyof AuditFilters, string>;
const FILTER_NAMES = Object.keys(QUERY_KEYS) as Array<keyof AuditFilters>;

export const AUDIT_PATH = '/audit';

/** Collections the audit log can name; a bookmarked other one is still honoured. */
export const AUDIT_COLLECTIONS = [
  'users',
  'products',
  'categories',
  'orders',
  'payments',
  'reviews',
  'coupons',
  'carts',
  'addresses',
  'wishlists',
  'settings',
] as const;

/**
 * Filters from a query string. A value the contract would refuse (a hand-edited
 * or truncated link) is dropped rather than failing the whole screen.
 */
export function auditFiltersFromQuery(query: URLSearchParams | string): AuditFilters {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: AuditFilters = {};
  for (const name of FILTER_NAMES) {
    const raw = params.get(QUERY_KEYS[name])?.trim();
    if (!raw) continue;
    const parsed = auditFiltersShape[name].safeParse(raw);
    if (parsed.success && parsed.data) filters[name] = parsed.data;
  }
  return filters;
}

/** The query string for `filters`: empty ones left out, always in the same order. */
export function auditFiltersToQuery(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name]?.trim();
    if (value) params.set(QUERY_KEYS[name], value);
  }
  return params;
}

export function auditListUrl(filters: AuditFilters = {}): string {
  const query = auditFiltersToQuery(filters).toString();
  return query ? `${AUDIT_PATH}?${query}` : AUDIT_PATH;
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return FILTER_NAMES.some((name) => Boolean(filters[name]));
}
