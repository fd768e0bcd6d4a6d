import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import DialogActions from '@mui/material/DialogActions';
import type { ReactNode } from 'react';

export interface DialogSubmitActionsProps {
  /** The primary button's text. */
  label: ReactNode;
  pending: boolean;
  onCancel(): void;
  /** Without it the primary button submits the dialog's form. */
  onSubmit?: () => void;
  color?: 'primary' | 'error';
  /** Disabled for a reason other than a pending call (nothing changed yet). */
  disabled?: boolean;
}

/** Cancel and the primary action of a dialog; both wait while the call runs, with a spinner on the action. */
export function DialogSubmitActions({ label, pending, onCancel, onSubmit, color = 'primary', disabled = false }: DialogSubmitActionsProps) {
  return (
    <DialogActions>
      <Button onClick={onCancel} disabled={pending}>
        Cancel
      </Button>
      <Button
        type={onSubmit ? 'button' : 'submit'}
        onClick={onSubmit}
        variant="contained"
        color={color}
        disabled={pending || disabled}
        startIcon={pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
      >
        {label}
      </Button>
    </DialogActions>
  );
}
