import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { CSV_COLUMNS, CSV_REQUIRED_COLUMNS, type CsvColumnName, type CsvMapping } from '@shared/contract';
import { errorMessage } from '../../../../lib/api';
import { mappingClashes, missingColumns } from '../../hooks/csv/csv-text';

export interface CsvMappingStepProps {
  headers: readonly string[];
  mapping: CsvMapping;
  analyzing: boolean;
  /** Why the main process refused this mapping. */
  error: unknown;
  warnings: readonly string[];
  onChange(header: string, column: CsvColumnName | null): void;
}

const NOT_IMPORTED = '';
const REQUIRED = new Set<string>(CSV_REQUIRED_COLUMNS);

/** Each column of the file and the product field it fills; every change is checked again by a dry run. */
export function CsvMappingStep({ headers, mapping, analyzing, error, warnings, onChange }: CsvMappingStepProps) {
  const clashes = mappingClashes(mapping);
  const missing = missingColumns(mapping, CSV_REQUIRED_COLUMNS);
  return (
    <Stack spacing={2}>
      <Typography variant="body2">
        Each column of the file fills the product field chosen for it; columns set to “Not imported” are skipped. The suggestion comes from the column names.
      </Typography>
      <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 360 }}>
        <Table size="small" stickyHeader aria-label="Column mapping">
          <TableHead>
            <TableRow>
              <TableCell>Column in the file</TableCell>
              <TableCell>Imports as</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {headers.map((header) => (
              <TableRow key={header}>
                <TableCell sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{header}</TableCell>
                <TableCell sx={{ minWidth: 260 }}>
                  <TextField
                    select
                    size="small"
                    fullWidth
                    value={mapping[header] ?? NOT_IMPORTED}
                    onChange={(event) => onChange(header, event.target.value === NOT_IMPORTED ? null : (event.target.value as CsvColumnName))}
                    error={header in clashes}
                    helperText={clashes[header]}
                    // The column header says it on screen; this names each select for screen readers.
                    slotProps={{ select: { displayEmpty: true }, htmlInput: { 'aria-label': `Import “${header}” as` } }}
                  >
                    <MenuItem value={NOT_IMPORTED}>
                      <em>Not imported</em>
                    </MenuItem>
                    {CSV_COLUMNS.map((column) => (
                      <MenuItem key={column.header} value={column.header}>
                        {column.header}
                        {REQUIRED.has(column.header) ? ' (required)' : ''}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {analyzing && <LinearProgress aria-label="Checking the rows with this mapping" />}
      {missing.length > 0 && <Alert severity="warning">Required, and not chosen for any column: {missing.join(', ')}.</Alert>}
      {Boolean(error) && !analyzing && (
        <Alert severity="error" role="alert">
          {errorMessage(error)}
        </Alert>
      )}
      {warnings.map((warning) => (
        <Alert key={warning} severity="info">
          {warning}
        </Alert>
      ))}
    </Stack>
  );
}
