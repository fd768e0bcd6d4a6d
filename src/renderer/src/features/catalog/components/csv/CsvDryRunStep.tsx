import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { CsvAnalysis } from '@shared/contract';
import { dryRunFigures, errorsShownNote, problemsHeading } from '../../hooks/csv/import-summary';

/** What the import would do, row by row, before anything is written. */
export function CsvDryRunStep({ analysis }: { analysis: CsvAnalysis }) {
  const shownNote = errorsShownNote(analysis);
  return (
    <Stack spacing={2}>
      <Typography variant="body2">This is a dry run: nothing has been written yet.</Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(110px, 1fr))', gap: 1, m: 0 }} aria-label="Dry run">
        {dryRunFigures(analysis).map((figure) => (
          <Paper key={figure.label} variant="outlined" sx={{ p: 1.5 }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {figure.label}
            </Typography>
            <Typography component="dd" variant="h6" sx={{ m: 0, color: figure.tone === 'error' && figure.value > 0 ? 'error.main' : undefined }}>
              {figure.value.toLocaleString()}
            </Typography>
          </Paper>
        ))}
      </Box>
      {analysis.warnings.map((warning) => (
        <Alert key={warning} severity="info">
          {warning}
        </Alert>
      ))}
      {analysis.errors.length === 0 ? (
        <Alert severity="success">No row has a problem.</Alert>
      ) : (
        <Stack spacing={1}>
          <Typography variant="subtitle2" component="h3">
            {problemsHeading(analysis)}
          </Typography>
          {shownNote && (
            <Typography variant="body2" color="text.secondary">
              {shownNote}
            </Typography>
          )}
          <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 280 }} tabIndex={0} role="region" aria-label="Row problems, scrollable">
            <Table size="small" stickyHeader aria-label="Row problems">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 72 }}>Line</TableCell>
                  <TableCell sx={{ width: 160 }}>Column</TableCell>
                  <TableCell>Problem</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {analysis.errors.map((error, index) => (
                  <TableRow key={`${error.line}-${index}`}>
                    <TableCell>{error.line}</TableCell>
                    <TableCell sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{error.column ?? '(whole row)'}</TableCell>
                    <TableCell>{error.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Stack>
      )}
    </Stack>
  );
}
