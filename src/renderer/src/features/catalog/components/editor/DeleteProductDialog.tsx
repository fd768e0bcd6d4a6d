import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DeleteState, Dependents } from '../../hooks/editor/useDeleteProduct';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

function listed(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * "3 reviews will be deleted; it will be taken out of 2 carts and 1 wishlist."
 * With `done`, the same in the past tense, for the report after the delete.
 */
export function describeDependents(dependents: Dependents, done = false): string {
  const willBe = done ? 'were' : 'will be';
  const reviews = dependents.reviews > 0 ? `${count(dependents.reviews, 'review')} ${willBe} deleted` : `No reviews ${willBe} deleted`;
  const places = [
    dependents.carts > 0 ? count(dependents.carts, 'cart') : null,
    dependents.wishlists > 0 ? count(dependents.wishlists, 'wishlist') : null,
    dependents.coupons > 0 ? count(dependents.coupons, 'coupon') : null,
    dependents.relatedProducts > 0 ? `the related products of ${count(dependents.relatedProducts, 'other product')}` : null,
  ].filter((part): part is string => part !== null);
  if (places.length === 0) return `${reviews}; no cart, wishlist, coupon or other product ${done ? 'referred' : 'refers'} to it.`;
  return `${reviews}; it ${done ? 'was' : 'will be'} taken out of ${listed(places)}.`;
}

export interface DeleteProductDialogProps {
  name: string;
  state: DeleteState;
  onConfirm(): void;
  onClose(): void;
}

/** Says what goes with the product before it is deleted for good. */
export function DeleteProductDialog({ name, state, onConfirm, onClose }: DeleteProductDialogProps) {
  const deleting = state.step === 'confirm' && state.deleting;
  return (
    <Dialog open={state.step !== 'closed'} onClose={deleting ? undefined : onClose} aria-labelledby="delete-title" aria-describedby="delete-text" maxWidth="sm" fullWidth>
      <DialogTitle id="delete-title">Delete “{name}”?</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {state.step === 'counting' && (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="status">
              <CircularProgress size={18} aria-hidden />
              <Typography>Counting what refers to it…</Typography>
            </Stack>
          )}
          {state.step === 'confirm' && (
            <DialogContentText id="delete-text">
              {describeDependents(state.dependents)} This cannot be undone; archive it instead to keep it for orders and reports.
            </DialogContentText>
          )}
          {state.step === 'failed' && <Alert severity="error">Could not count what refers to it: {state.error}</Alert>}
          {state.step === 'confirm' && state.error && <Alert severity="error">Could not delete it: {state.error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={deleting}>
          Cancel
        </Button>
        <Button
          variant="contained"
          color="error"
          onClick={onConfirm}
          disabled={state.step !== 'confirm' || deleting}
          startIcon={deleting ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
        >
          Delete product
        </Button>
      </DialogActions>
    </Dialog>
  );
}
