import { useCallback } from 'react';
import type { BulkAction, BulkSelection, Job } from '@shared/contract';
import { useClient } from '../../../../app/client-context';
import { useSubmission } from '../../../../lib/hooks/useSubmission';

/** Starts a bulk change as a job in the main process; `onStarted` gets the job to follow. */
export function useBulkStart(onStarted: (job: Job) => void) {
  const client = useClient();
  const submission = useSubmission();
  const { submit } = submission;
  const start = useCallback(
    (selection: BulkSelection, action: BulkAction) =>
      void submit(async () => {
        const { job } = await client.call('catalog.bulk.start', { selection, action });
        onStarted(job);
      }),
    [client, submit, onStarted],
  );
  return { start, pending: submission.pending, error: submission.error };
}
