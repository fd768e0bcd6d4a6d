import { useId, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { findView, SAVED_VIEW_NAME_MAX, type SavedView } from '../../hooks/list/saved-views';

export interface SaveViewDialogProps {
  views: readonly SavedView[];
  /** Saves the current filters under `name`; false when the browser would not store them. */
  onSave(name: string): boolean;
  onClose(): void;
}

/** Names the current filters, sort and page size as a view. Mounted only while open, so it starts empty. */
export function SaveViewDialog({ views, onSave, onClose }: SaveViewDialogProps) {
  const titleId = useId();
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [failed, setFailed] = useState(false);
  const missing = name.trim() === '';
  const replaces = !missing && findView(views, name) !== undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (missing) return;
    if (onSave(name.trim())) onClose();
    else setFailed(true);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>Save view</DialogTitle>
      <Box component="form" noValidate onSubmit={submit}>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>Keeps the current filters, sort and page size under a name, for you on this computer.</DialogContentText>
        {failed && (
          <Alert severity="error" sx={{ mb: 2 }}>
            This browser would not store the view (its storage may be full or turned off).
          </Alert>
        )}
        <TextField
          autoFocus
          fullWidth
          required
          label="Name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={touched && missing}
          helperText={touched && missing ? 'Required' : replaces ? 'Replaces the saved view with this name' : ' '}
          slotProps={{ htmlInput: { maxLength: SAVED_VIEW_NAME_MAX } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="contained">
          {replaces ? 'Replace view' : 'Save view'}
        </Button>
      </DialogActions>
      </Box>
    </Dialog>
  );
}
