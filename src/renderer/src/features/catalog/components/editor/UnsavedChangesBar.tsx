import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export interface UnsavedChangesBarProps {
  isNew: boolean;
  saving: boolean;
  /** Fields with something to fix, once a save was tried (0 before). */
  problems: number;
  onSave(): void;
  onDiscard(): void;
}

const shortcut = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘S' : 'Ctrl+S';

/** Sticks to the bottom of the page while the form differs from what is stored. */
export function UnsavedChangesBar({ isNew, saving, problems, onSave, onDiscard }: UnsavedChangesBarProps) {
  return (
    <Paper
      elevation={6}
      role="region"
      aria-label="Unsaved changes"
      sx={{ position: 'sticky', bottom: 0, zIndex: (theme) => theme.zIndex.appBar, px: 2, py: 1.5, borderTop: 3, borderColor: 'primary.main' }}
    >
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Stack sx={{ flex: 1, minWidth: 0 }} role="status" aria-live="polite">
          <Typography sx={{ fontWeight: 600 }}>{saving ? 'Saving…' : isNew ? 'This product is not saved yet' : 'You have unsaved changes'}</Typography>
          <Typography variant="body2" color={problems > 0 ? 'error' : 'text.secondary'}>
            {problems > 0 ? `${problems} ${problems === 1 ? 'field needs' : 'fields need'} attention before saving` : `${shortcut} saves`}
          </Typography>
        </Stack>
        <Button onClick={onDiscard} disabled={saving} color="inherit">
          Discard
        </Button>
        <Button variant="contained" onClick={onSave} disabled={saving} startIcon={saving ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}>
          {isNew ? 'Create product' : 'Save'}
        </Button>
      </Stack>
    </Paper>
  );
}
