import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import WarningIcon from '@mui/icons-material/WarningAmber';
import type { PriceChangeCell, PricePreviewLine } from '../../hooks/bulk/price-preview';
import { VISUALLY_HIDDEN } from '../list/visually-hidden';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function Change({ cell }: { cell: PriceChangeCell }) {
  if (!cell.changed) return <>{cell.before}</>;
  return (
    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {cell.before}
      </Box>
      <span aria-hidden> → </span>
      <Box component="span" sx={VISUALLY_HIDDEN}>
        {' '}
        becomes{' '}
      </Box>
      <Box component="span" sx={{ fontWeight: 600 }}>
        {cell.after}
      </Box>
    </Box>
  );
}

/** The first rows of a price change: old → new regular and sale prices, refused rows marked with why. */
export function PricePreviewTable({ lines }: { lines: readonly PricePreviewLine[] }) {
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 300 }}>
      <Table size="small" stickyHeader aria-label="Price preview">
        <TableHead>
          <TableRow>
            <TableCell sx={{ minWidth: 180 }}>Product</TableCell>
            <TableCell align="right" sx={NO_WRAP}>
              Regular price
            </TableCell>
            <TableCell align="right" sx={NO_WRAP}>
              Sale price
            </TableCell>
            <TableCell>Note</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={line.id} sx={line.problem ? { '& td:first-of-type': { boxShadow: (theme) => `inset 4px 0 0 ${(theme.vars ?? theme).palette.error.main}` } } : undefined} data-refused={line.problem ? 'true' : undefined}>
              <TableCell>
                {line.name}
                <Box component="span" sx={{ display: 'block', fontFamily: 'monospace', fontSize: '0.75rem' }}>
                  {line.sku}
                </Box>
              </TableCell>
              <TableCell align="right">
                <Change cell={line.regular} />
              </TableCell>
              <TableCell align="right">
                <Change cell={line.sale} />
              </TableCell>
              <TableCell>
                {line.problem ? (
                  <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'flex-start', color: 'error.main' }}>
                    <WarningIcon fontSize="small" aria-hidden />
                    <span>Refused: {line.problem}</span>
                  </Box>
                ) : (
                  <Box component="span" sx={{ color: 'text.secondary' }}>
                    OK
                  </Box>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
