import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import CheckIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { errorMessage } from '../../../lib/api';
import type { JobResultsPage } from '../hooks/useJobResults';

export interface JobResultsListProps {
  page: JobResultsPage;
  pageSize: number;
  /** What a row is called in the table's first column ("Product", "Line"). */
  rowLabel?: string;
}

/** A finished job's outcome row by row (done, or failed with the reason), a page at a time. */
export function JobResultsList({ page, pageSize, rowLabel = 'Row' }: JobResultsListProps) {
  return (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="h3">
          Results
        </Typography>
        <FormControlLabel control={<Switch checked={page.onlyFailed} onChange={(event) => page.setOnlyFailed(event.target.checked)} />} label="Only failed rows" />
      </Stack>
      {Boolean(page.error) && <Alert severity="error">Could not read the results: {errorMessage(page.error)}</Alert>}
      <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 320, opacity: page.loading ? 0.6 : 1 }} aria-busy={page.loading}>
        <Table size="small" stickyHeader aria-label="Results">
          <TableHead>
            <TableRow>
              <TableCell>{rowLabel}</TableCell>
              <TableCell>Result</TableCell>
              <TableCell>Details</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page.results.map((result) => (
              <TableRow key={result.key}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{result.label}</TableCell>
                <TableCell>
                  {result.ok ? (
                    <Chip size="small" color="success" variant="outlined" icon={<CheckIcon />} label="Done" />
                  ) : (
                    <Chip size="small" color="error" variant="outlined" icon={<ErrorIcon />} label="Failed" />
                  )}
                </TableCell>
                <TableCell sx={{ color: result.ok ? 'text.secondary' : 'error.main' }}>{result.message ?? ''}</TableCell>
              </TableRow>
            ))}
            {!page.loading && page.results.length === 0 && (
              <TableRow>
                <TableCell colSpan={3} sx={{ color: 'text.secondary' }}>
                  {page.onlyFailed ? 'No row failed.' : 'No rows.'}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {page.total > pageSize && (
        <TablePagination
          component="div"
          count={page.total}
          page={Math.floor(page.offset / pageSize)}
          rowsPerPage={pageSize}
          rowsPerPageOptions={[]}
          onPageChange={(_event, index) => page.setOffset(index * pageSize)}
        />
      )}
    </Stack>
  );
}
