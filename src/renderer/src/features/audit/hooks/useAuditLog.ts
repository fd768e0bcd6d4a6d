import { useCallback } from 'react';
import type { AuditEntry } from '@shared/contract';
import { useClient } from '../../../app/client-context';
import { usePagedList } from '../../../lib/hooks/usePagedList';
import type { AuditFilters } from '../urls';

const PAGE_SIZE = 50;

/** Audit entries matching `filters` (memoised), newest first, a page at a time. */
export function useAuditLog(filters: AuditFilters) {
  const client = useClient();
  const fetchPage = useCallback(
    (query: AuditFilters, cursor: string | undefined) => client.call('audit.list', { ...query, cursor, limit: PAGE_SIZE }),
    [client],
  );
  return usePagedList<AuditEntry, AuditFilters>(filters, fetchPage);
}
