import { useCallback, useMemo } from 'react';
import type { ChannelInput, StaffMember } from '@shared/contract';
import type { StaffRole } from '@shared/permissions';
import { useClient } from '../../../app/client-context';
import { useDebouncedValue } from '../../../lib/hooks/useDebouncedValue';
import { usePagedList } from '../../../lib/hooks/usePagedList';

const SEARCH_DELAY_MS = 300;
const PAGE_SIZE = 25;

type StaffQuery = Pick<ChannelInput<'staff.list'>, 'search' | 'role'>;

/** Staff matching the search (debounced) and role, a page at a time. */
export function useStaffList(search: string, role: StaffRole | '') {
  const client = useClient();
  const settledSearch = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const filters = useMemo<StaffQuery>(() => ({ search: settledSearch || undefined, role: role || undefined }), [settledSearch, role]);
  const fetchPage = useCallback(
    (query: StaffQuery, cursor: string | undefined) => client.call('staff.list', { ...query, cursor, limit: PAGE_SIZE }),
    [client],
  );
  const list = usePagedList<StaffMember, StaffQuery>(filters, fetchPage);
  return { ...list, filtered: filters.search !== undefined || filters.role !== undefined };
}
