import { useCallback, useEffect, useState } from 'react';
import type { DashboardSummary } from '@shared/contract';
import { useClient } from '../../../app/client-context';
import { errorMessage } from '../../../lib/api';

const REFRESH_MS = 60_000;

export type SummaryState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; summary: DashboardSummary };

/** The Dashboard's numbers, refreshed every minute while the view is open. */
export function useDashboardSummary(): { state: SummaryState; reload: () => void } {
  const client = useClient();
  const [state, setState] = useState<SummaryState>({ kind: 'loading' });

  const reload = useCallback(() => {
    client
      .call('dashboard.summary', {})
      .then((summary) => setState({ kind: 'ready', summary }))
      .catch((error: unknown) => setState({ kind: 'failed', message: errorMessage(error) }));
  }, [client]);

  useEffect(() => {
    reload();
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  return { state, reload };
}
