import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { errorMessage } from '../../../../lib/api';
import { formatBytes } from '../../hooks/csv/csv-text';
import type { ExportDownload } from '../../hooks/csv/useCsvDownloads';

export interface ExportDownloadStatusProps {
  download: ExportDownload | null;
  /** Rows the export should hold (the list's count), for the bar; the file itself says no size up front. */
  expectedRows: number;
  onDownloadAgain(): void;
}

/** The finished export coming over in slices, then saved. */
export function ExportDownloadStatus({ download, expectedRows, onDownloadAgain }: ExportDownloadStatusProps) {
  if (!download || download.state === 'idle') return null;
  if (download.state === 'failed') {
    return (
      <Alert
        severity="error"
        role="alert"
        action={
          <Button color="inherit" size="small" onClick={onDownloadAgain}>
            Try again
          </Button>
        }
      >
        Could not download the file: {errorMessage(download.error)}
      </Alert>
    );
  }
  if (download.state === 'done') {
    return (
      <Alert
        severity="success"
        action={
          <Button color="inherit" size="small" onClick={onDownloadAgain}>
            Download again
          </Button>
        }
      >
        Downloaded {download.fileName} ({formatBytes(download.read)}).
      </Alert>
    );
  }
  // Rows with line breaks inside a cell count twice, so the bar is held short of the end until the file is in.
  const percent = expectedRows > 0 ? Math.min(99, Math.round((download.rows / expectedRows) * 100)) : 0;
  return (
    <Stack spacing={1}>
      <Typography variant="body2" role="status">
        Downloading… {formatBytes(download.read)}
      </Typography>
      <LinearProgress variant={expectedRows > 0 ? 'determinate' : 'indeterminate'} value={percent} aria-label="Download progress" />
    </Stack>
  );
}
