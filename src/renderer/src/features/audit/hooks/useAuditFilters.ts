import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { auditFiltersFromQuery, auditFiltersToQuery, type AuditFilters } from '../urls';

/** The filters live in the address (`#/audit?collection=users`), so a view can be bookmarked and reloaded. */
export function useAuditFilters(): [AuditFilters, (patch: Partial<AuditFilters>) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const filters = useMemo(() => auditFiltersFromQuery(query), [query]);
  const change = useCallback((patch: Partial<AuditFilters>) => setParams(auditFiltersToQuery({ ...filters, ...patch })), [filters, setParams]);
  const clear = useCallback(() => setParams(new URLSearchParams()), [setParams]);
  return [filters, change, clear];
}
