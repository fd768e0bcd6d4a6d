import { useCallback, useState } from 'react';
import type { Job, ProductFilters } from '@shared/contract';
import { useClient } from '../../../../app/client-context';
import { useSubmission } from '../../../../lib/hooks/useSubmission';
import { useExportDownload } from './useCsvDownloads';

/** Exports the products matching the filters: starts the job, and downloads the file once it is done. */
export function useCsvExport(filters: ProductFilters) {
  const client = useClient();
  const submission = useSubmission();
  const { submit } = submission;
  const [job, setJob] = useState<Job | null>(null);
  const { download, start: startDownload } = useExportDownload();

  const begin = useCallback(
    () =>
      void submit(async () => {
        setJob((await client.call('catalog.csv.export', { filters })).job);
      }),
    [client, submit, filters],
  );
  const settled = useCallback((finished: Job) => {
    if (finished.state === 'done') void startDownload(finished.id);
  }, [startDownload]);
  const downloadAgain = useCallback(() => {
    if (job) void startDownload(job.id);
  }, [job, startDownload]);

  return {
    begin,
    starting: submission.pending,
    startError: submission.error,
    job,
    settled,
    download: download.fileId !== null && download.fileId === job?.id ? download : null,
    downloadAgain,
    close: () => setJob(null),
  };
}
