import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import type { AuditEntry } from '@shared/contract';
import { errorMessage } from '../../../lib/api';
import { AuditEntryDialog } from '../components/AuditEntryDialog';
import { AuditFilterBar } from '../components/AuditFilterBar';
import { AuditTable } from '../components/AuditTable';
import { useAuditExport } from '../hooks/useAuditExport';
import { useAuditFilters } from '../hooks/useAuditFilters';
import { useAuditLog } from '../hooks/useAuditLog';
import { useStaffOptions } from '../hooks/useStaffOptions';
import { hasAuditFilters } from '../urls';
import { RetryAlert } from '../../../components/RetryAlert';

/** Who changed what and when; entries are read-only. */
export function AuditView() {
  const hintId = useId();
  const [filters, changeFilters, clearFilters] = useAuditFilters();
  const staff = useStaffOptions();
  const log = useAuditLog(filters);
  const exporter = useAuditExport(filters);
  const [open, setOpen] = useState<AuditEntry | null>(null);

  return (
    <Stack spacing={3} component="section" aria-labelledby="audit-title">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2 }}>
        <Box>
          <Typography id="audit-title" variant="h4" component="h1">
            Audit log
          </Typography>
          <Typography color="text.secondary">Every change made in Backroom, newest first. Entries cannot be edited or deleted.</Typography>
        </Box>
        <Button
          variant="outlined"
          startIcon={exporter.pending ? <CircularProgress size={16} aria-hidden /> : <DownloadIcon />}
          onClick={exporter.exportCsv}
          disabled={exporter.pending}
        >
          {exporter.pending ? 'Exporting…' : 'Export CSV'}
        </Button>
      </Stack>

      <AuditFilterBar filters={filters} staff={staff} onChange={changeFilters} onClear={clearFilters} />

      {exporter.error !== null && <Alert severity="error">Could not export the log: {errorMessage(exporter.error)}</Alert>}
      {exporter.result && (
        <Alert severity={exporter.result.truncated ? 'warning' : 'success'} onClose={exporter.dismiss}>
          {exporter.result.truncated
            ? `The export was truncated at ${exporter.result.rows} rows; narrow the filters to export the rest.`
            : `Exported ${exporter.result.rows} ${exporter.result.rows === 1 ? 'entry' : 'entries'}.`}
        </Alert>
      )}
      {log.error !== null && (
        <RetryAlert onRetry={log.reload}>Could not load the audit log: {errorMessage(log.error)}</RetryAlert>
      )}

      <Box aria-busy={log.loading}>
        {log.loading && <LinearProgress aria-label="Loading the audit log" sx={{ mb: 1 }} />}
        {log.loading && log.items.length === 0 ? (
          <Typography color="text.secondary">Loading the audit log…</Typography>
        ) : log.items.length === 0 && log.error === null ? (
          <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}>
            <Typography>{hasAuditFilters(filters) ? 'No entries match these filters.' : 'Nothing has been changed yet.'}</Typography>
          </Paper>
        ) : (
          log.items.length > 0 && (
            <>
              <Typography id={hintId} variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                Select an entry, or focus it and press Enter, to see what it changed.
              </Typography>
              <AuditTable entries={log.items} describedBy={hintId} dimmed={log.loading} onOpen={setOpen} />
            </>
          )
        )}
      </Box>

      {log.loadMoreError !== null && <Alert severity="error">Could not load more entries: {errorMessage(log.loadMoreError)}</Alert>}
      {log.hasMore && (
        <Box>
          <Button variant="outlined" onClick={log.loadMore} disabled={log.loadingMore}>
            {log.loadingMore ? 'Loading…' : 'Load more'}
          </Button>
        </Box>
      )}

      {open && <AuditEntryDialog entry={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
