import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Snackbar from '@mui/material/Snackbar';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import UploadIcon from '@mui/icons-material/FileUploadOutlined';
import type { ProductFilters } from '@shared/contract';
import { errorMessage } from '../../../../lib/api';
import { JobDialog } from '../../../jobs/components/JobDialog';
import { useCsvExport } from '../../hooks/csv/useCsvExport';
import { CsvImportDialog } from './CsvImportDialog';
import { ExportDownloadStatus } from './ExportDownloadStatus';

export interface CsvActionsProps {
  /** The list's filters: what an export holds. */
  filters: ProductFilters;
  /** Products matching them. */
  matching: number;
  /** After an import has written something: the list shows it. */
  onImported(): void;
}

/** "Import CSV…" and "Export CSV" for the product list, with their dialogs. */
export function CsvActions({ filters, matching, onImported }: CsvActionsProps) {
  const exporter = useCsvExport(filters);
  const [importing, setImporting] = useState(false);
  const [expectedRows, setExpectedRows] = useState(0);
  const [hideStartError, setHideStartError] = useState(false);

  return (
    <>
      <Button variant="outlined" startIcon={<UploadIcon />} onClick={() => setImporting(true)}>
        Import CSV…
      </Button>
      <Button
        variant="outlined"
        startIcon={exporter.starting ? <CircularProgress size={16} color="inherit" aria-hidden /> : <DownloadIcon />}
        disabled={exporter.starting}
        onClick={() => {
          setExpectedRows(matching);
          setHideStartError(false);
          exporter.begin();
        }}
      >
        Export CSV
      </Button>

      {exporter.job && (
        <JobDialog title="Export to CSV" job={exporter.job} unit="percent" showResults={false} onSettled={exporter.settled} onClose={exporter.close}>
          {() => <ExportDownloadStatus download={exporter.download} expectedRows={expectedRows} onDownloadAgain={exporter.downloadAgain} />}
        </JobDialog>
      )}
      {importing && (
        <CsvImportDialog
          onClose={(wrote) => {
            setImporting(false);
            if (wrote) onImported();
          }}
        />
      )}
      <Snackbar open={Boolean(exporter.startError) && !hideStartError} onClose={() => setHideStartError(true)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="error" role="alert" onClose={() => setHideStartError(true)}>
          Could not start the export: {errorMessage(exporter.startError)}
        </Alert>
      </Snackbar>
    </>
  );
}
