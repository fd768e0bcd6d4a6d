import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Job } from '@shared/contract';
import { errorMessage } from '../../../lib/api';
import { jobPercent, jobStatusText } from '../job-state';

export interface JobProgressProps {
  job: Job | null;
  /** `percent` for jobs whose rows are not the user's rows (an export counts blocks). */
  unit?: 'rows' | 'percent';
  cancelling?: boolean;
  /** Shows a Cancel button while the job runs. */
  onCancel?: () => void;
  cancelError?: unknown;
  /** Why the job could not be read. */
  error?: unknown;
}

const BAR_COLOUR = { running: 'primary', done: 'success', cancelled: 'warning', failed: 'error' } as const;

/** Where a long job is: a determinate bar (processed of total), its counts, and Cancel. */
export function JobProgress({ job, unit = 'rows', cancelling = false, onCancel, cancelError, error }: JobProgressProps) {
  if (!job) {
    return (
      <Stack spacing={1}>
        {error ? <Alert severity="error">Could not follow the job: {errorMessage(error)}</Alert> : <LinearProgress aria-label="Starting the job" />}
      </Stack>
    );
  }
  const percent = jobPercent(job);
  const running = job.state === 'running';
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="p" sx={{ fontWeight: 500 }}>
        {job.title}
      </Typography>
      <LinearProgress
        variant={percent === null && running ? 'indeterminate' : 'determinate'}
        value={percent ?? 0}
        color={BAR_COLOUR[job.state]}
        aria-label={`Progress of ${job.title}`}
        sx={{ height: 8, borderRadius: 1 }}
      />
      <Stack direction="row" useFlexGap spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', minHeight: 36 }}>
        <Typography role="status" variant="body2" sx={{ flexGrow: 1 }} color={job.state === 'failed' ? 'error' : 'text.primary'}>
          {cancelling ? 'Cancelling… (rows already done stay done)' : jobStatusText(job, unit)}
        </Typography>
        {unit === 'rows' && (job.succeeded > 0 || job.failed > 0) && (
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Chip size="small" color="success" variant="outlined" label={`${job.succeeded.toLocaleString()} done`} />
            <Chip size="small" color={job.failed > 0 ? 'error' : 'default'} variant="outlined" label={`${job.failed.toLocaleString()} failed`} />
          </Box>
        )}
        {running && onCancel && (
          <Button size="small" variant="outlined" color="warning" onClick={onCancel} disabled={cancelling}>
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </Button>
        )}
      </Stack>
      {Boolean(cancelError) && <Alert severity="error">Could not cancel: {errorMessage(cancelError)}</Alert>}
      {Boolean(error) && running && <Alert severity="warning">Lost sight of the job for a moment: {errorMessage(error)}</Alert>}
    </Stack>
  );
}
