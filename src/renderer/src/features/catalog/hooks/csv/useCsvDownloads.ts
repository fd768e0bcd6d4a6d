import { useCallback, useState } from 'react';
import { useClient } from '../../../../app/client-context';
import { useSubmission } from '../../../../lib/hooks/useSubmission';
import { datedFileName, downloadTextFile } from '../../../../lib/download';
import { countLines, readSlices, TEMPLATE_FILE_NAME } from './csv-text';

/** The import template (header row and one example row), downloaded. */
export function useCsvTemplate() {
  const client = useClient();
  const submission = useSubmission();
  const { submit } = submission;
  const download = useCallback(
    () =>
      void submit(async () => {
        const { csv } = await client.call('catalog.csv.template', {});
        downloadTextFile(TEMPLATE_FILE_NAME, csv);
      }),
    [client, submit],
  );
  return { download, pending: submission.pending, error: submission.error };
}

/** The rows an import rejected, with an `error` column, downloaded. */
export function useImportReport(jobId: string | null) {
  const client = useClient();
  const submission = useSubmission();
  const { submit } = submission;
  const [rows, setRows] = useState<number | null>(null);
  const download = useCallback(
    () =>
      void submit(async () => {
        if (!jobId) return;
        const report = await client.call('catalog.csv.report', { jobId });
        downloadTextFile(datedFileName('backroom-import-rejected', new Date()), report.csv);
        setRows(report.rows);
      }),
    [client, submit, jobId],
  );
  return { download, pending: submission.pending, error: submission.error, rows };
}

export interface ExportDownload {
  /** The export being read (its job's id). */
  fileId: string | null;
  state: 'idle' | 'reading' | 'done' | 'failed';
  /** Characters read so far. */
  read: number;
  /** Rows read (line breaks less the header), of about `expectedRows`. */
  rows: number;
  fileName: string | null;
  error: unknown;
}

const IDLE: ExportDownload = { fileId: null, state: 'idle', read: 0, rows: 0, fileName: null, error: null };

/**
 * A finished export, read slice by slice with `files.read` (the same way over
 * IPC and web mode) and handed to the browser as a download.
 */
export function useExportDownload() {
  const client = useClient();
  const [download, setDownload] = useState<ExportDownload>(IDLE);

  const start = useCallback(
    async (fileId: string) => {
      const fileName = datedFileName('backroom-products', new Date());
      let read = 0;
      let lines = 0;
      setDownload({ ...IDLE, fileId, state: 'reading', fileName });
      try {
        const slices = await readSlices(
          (offset) => client.call('files.read', { fileId, offset }),
          (slice) => {
            read += slice.length;
            lines += countLines(slice);
            setDownload((now) => ({ ...now, read, rows: Math.max(0, lines - 1) }));
          },
        );
        downloadTextFile(fileName, slices.join(''));
        setDownload((now) => ({ ...now, state: 'done' }));
      } catch (error) {
        setDownload((now) => ({ ...now, state: 'failed', error }));
      }
    },
    [client],
  );

  return { download, start };
}
