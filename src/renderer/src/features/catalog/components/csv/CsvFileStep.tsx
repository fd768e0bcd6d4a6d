import { useRef } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import { CSV_UPLOAD_MAX_BYTES } from '@shared/contract';
import { errorMessage } from '../../../../lib/api';

export interface CsvFileStepProps {
  fileName: string | null;
  upload: { sent: number; total: number } | null;
  analyzing: boolean;
  error: unknown;
  /** Offered when the header row was refused but its cells could be mapped by hand. */
  canMapByHand: boolean;
  templatePending: boolean;
  templateError: unknown;
  onTemplate(): void;
  onFile(file: File): void;
  onMapByHand(): void;
}

/** The template, the file picker, the upload's progress, and why a file was refused. */
export function CsvFileStep({ fileName, upload, analyzing, error, canMapByHand, templatePending, templateError, onTemplate, onFile, onMapByHand }: CsvFileStepProps) {
  const input = useRef<HTMLInputElement>(null);
  const busy = upload !== null || analyzing;
  return (
    <Stack spacing={2}>
      <Typography variant="body2">
        Rows are matched to products by SKU: a known SKU updates that product (only the columns in the file change), a new one creates a product. Start from the
        template to get the columns right; an export of the list can be edited and imported back too.
      </Typography>
      <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          startIcon={templatePending ? <CircularProgress size={16} color="inherit" aria-hidden /> : <DownloadIcon />}
          onClick={onTemplate}
          disabled={templatePending}
        >
          Download template
        </Button>
        <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} disabled={busy}>
          {fileName ? 'Choose another file…' : 'Choose a CSV file…'}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          aria-label="CSV file to import"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared, so picking the same file again (after fixing it) is a change too.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        UTF-8 text separated by commas, semicolons or tabs, up to {Math.round(CSV_UPLOAD_MAX_BYTES / (1024 * 1024))} MB.
      </Typography>
      {Boolean(templateError) && <Alert severity="error">Could not download the template: {errorMessage(templateError)}</Alert>}
      {fileName && upload && (
        <Stack spacing={0.5}>
          <Typography variant="body2" role="status">
            Uploading {fileName}… {Math.round((upload.sent / Math.max(1, upload.total)) * 100)} %
          </Typography>
          <LinearProgress variant="determinate" value={upload.total === 0 ? 100 : (upload.sent / upload.total) * 100} aria-label={`Uploading ${fileName}`} />
        </Stack>
      )}
      {fileName && analyzing && (
        <Stack spacing={0.5}>
          <Typography variant="body2" role="status">
            Reading {fileName}…
          </Typography>
          <LinearProgress aria-label={`Reading ${fileName}`} />
        </Stack>
      )}
      {Boolean(error) && (
        <Alert
          severity="error"
          role="alert"
          action={
            canMapByHand ? (
              <Button color="inherit" size="small" onClick={onMapByHand}>
                Map columns by hand
              </Button>
            ) : undefined
          }
        >
          <AlertTitle>{fileName ? `${fileName} cannot be imported` : 'This file cannot be imported'}</AlertTitle>
          {errorMessage(error)}
        </Alert>
      )}
    </Stack>
  );
}
