import { useState } from 'react';
import { useClient } from '../../../app/client-context';
import { useSubmission } from '../../../lib/hooks/useSubmission';
import { datedFileName, downloadTextFile } from '../../../lib/download';
import type { AuditFilters } from '../urls';

/** Exports the filtered log as CSV and downloads it. */
export function useAuditExport(filters: AuditFilters) {
  const client = useClient();
  const submission = useSubmission();
  const [result, setResult] = useState<{ rows: number; truncated: boolean } | null>(null);

  const exportCsv = () => {
    setResult(null);
    void submission.submit(async () => {
      const { csv, rows, truncated } = await client.call('audit.export', filters);
      downloadTextFile(datedFileName('backroom-audit', new Date()), csv);
      setResult({ rows, truncated });
    });
  };

  return { exportCsv, pending: submission.pending, error: submission.error, result, dismiss: () => setResult(null) };
}
