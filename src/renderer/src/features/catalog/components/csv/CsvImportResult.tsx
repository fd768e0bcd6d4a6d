import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import type { Job } from '@shared/contract';
import { errorMessage } from '../../../../lib/api';

export interface CsvImportResultProps {
  job: Job;
  reportPending: boolean;
  reportError: unknown;
  onReport(): void;
}

const rows = (count: number) => `${count.toLocaleString()} row${count === 1 ? '' : 's'}`;

/** How an import ended, and the rejected rows as a file to fix and import again. */
export function CsvImportResult({ job, reportPending, reportError, onReport }: CsvImportResultProps) {
  const imported = `${rows(job.succeeded)} imported`;
  const rejected = `${rows(job.failed)} rejected`;
  return (
    <Stack spacing={1}>
      <Alert severity={job.state === 'done' && job.failed === 0 ? 'success' : 'warning'}>
        {job.state === 'cancelled' ? `Cancelled: ${imported} before it stopped, ${rejected}.` : `${imported}, ${rejected}.`}
        {job.state === 'failed' && ` It stopped: ${job.error ?? 'an unexpected error'}.`}
      </Alert>
      {job.failed > 0 && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button
            variant="outlined"
            startIcon={reportPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : <DownloadIcon />}
            disabled={reportPending}
            onClick={onReport}
          >
            Download report of rejected rows
          </Button>
        </Stack>
      )}
      {Boolean(reportError) && <Alert severity="error">Could not make the report: {errorMessage(reportError)}</Alert>}
    </Stack>
  );
}
