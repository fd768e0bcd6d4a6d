import { useEffect, useState } from 'react';
import type { BulkAction, BulkSelection, ChannelOutput } from '@shared/contract';
import { useClient } from '../../../../app/client-context';
import { useDebouncedValue } from '../../../../lib/hooks/useDebouncedValue';

export type BulkPreview = ChannelOutput<'catalog.bulk.preview'>;

export interface BulkPreviewState {
  /** The answer for the action as it is now; null while it is asked (or there is no valid action). */
  preview: BulkPreview | null;
  loading: boolean;
  error: unknown;
}

/** Typing a price waits this long before asking again. */
const SETTLE_MS = 300;

/**
 * How many products an action would touch and, for price changes, the first
 * rows' old and new prices. Asked again whenever the action changes; an answer
 * for an action since changed is dropped.
 */
export function useBulkPreview(selection: BulkSelection, action: BulkAction | null): BulkPreviewState {
  const client = useClient();
  // The request as text: one value to wait on and compare, whatever objects the caller builds.
  const request = action ? JSON.stringify({ selection, action }) : '';
  const settled = useDebouncedValue(request, action?.type === 'changePrice' ? SETTLE_MS : 0);
  const [answer, setAnswer] = useState<{ request: string; preview: BulkPreview | null; error: unknown } | null>(null);

  useEffect(() => {
    if (!settled) return;
    let live = true;
    client.call('catalog.bulk.preview', JSON.parse(settled) as { selection: BulkSelection; action: BulkAction }).then(
      (preview) => {
        if (live) setAnswer({ request: settled, preview, error: null });
      },
      (error: unknown) => {
        if (live) setAnswer({ request: settled, preview: null, error });
      },
    );
    return () => {
      live = false;
    };
  }, [client, settled]);

  const current = request !== '' && answer !== null && answer.request === request;
  return { preview: current ? answer.preview : null, loading: request !== '' && !current, error: current ? answer.error : null };
}
