import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Difference } from '../../editor-form';

export interface ConflictDialogProps {
  open: boolean;
  message: string;
  /** Null while the stored version loads. */
  differences: Difference[] | null;
  loadError: string | null;
  onReload(): void;
  onOverwrite(): void;
  onCancel(): void;
}

const cell = { verticalAlign: 'top', overflowWrap: 'anywhere' } as const;

/** The main process words times as ISO strings; show them as the user's clock does. */
export const withLocalTimes = (message: string) =>
  message.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g, (iso) =>
    new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' }),
  );

/** Someone saved the product after it was opened here: show what they changed, and let the user choose. */
export function ConflictDialog({ open, message, differences, loadError, onReload, onOverwrite, onCancel }: ConflictDialogProps) {
  const ready = differences !== null;
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="conflict-title" aria-describedby="conflict-message" maxWidth="md" fullWidth>
      <DialogTitle id="conflict-title">Someone else saved this product</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText id="conflict-message">{withLocalTimes(message)}</DialogContentText>
          {loadError && <Alert severity="error">Their version could not be loaded: {loadError}</Alert>}
          {!ready && !loadError && (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="status">
              <CircularProgress size={18} aria-hidden />
              <Typography>Loading their version…</Typography>
            </Stack>
          )}
          {ready && differences.length === 0 && <Typography>They changed no field you can see here; only the saved time differs.</Typography>}
          {ready && differences.length > 0 && (
            <Table size="small" aria-label="Fields they changed">
              <TableHead>
                <TableRow>
                  <TableCell component="th" scope="col">
                    Field
                  </TableCell>
                  <TableCell component="th" scope="col">
                    When you opened it
                  </TableCell>
                  <TableCell component="th" scope="col">
                    Their version
                  </TableCell>
                  <TableCell component="th" scope="col">
                    Yours
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {differences.map((difference) => (
                  <TableRow key={difference.path}>
                    <TableCell component="th" scope="row" sx={{ ...cell, fontWeight: 600, whiteSpace: 'nowrap' }}>
                      {difference.label}
                    </TableCell>
                    <TableCell sx={{ ...cell, color: 'text.secondary' }}>{difference.opened}</TableCell>
                    <TableCell sx={cell}>{difference.theirs}</TableCell>
                    <TableCell sx={cell}>{difference.mine}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2, flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onCancel}>Cancel</Button>
        <Button onClick={onReload} disabled={!ready} color="inherit" variant="outlined">
          Reload theirs (lose my edits)
        </Button>
        <Button onClick={onOverwrite} disabled={!ready} variant="contained" color="error">
          Overwrite with mine
        </Button>
      </DialogActions>
    </Dialog>
  );
}
