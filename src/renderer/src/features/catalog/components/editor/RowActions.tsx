import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';

/** "Add …" at the head of a section of rows. */
export function AddRowButton({ label, onClick, disabled }: { label: string; onClick(): void; disabled?: boolean }) {
  return (
    <Button startIcon={<AddIcon />} onClick={onClick} disabled={disabled}>
      {label}
    </Button>
  );
}

/** The remove button of one row, named after the row. */
export function RemoveRowButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <Tooltip title="Remove">
      <IconButton aria-label={label} onClick={onClick} sx={{ mt: 0.5 }}>
        <DeleteIcon />
      </IconButton>
    </Tooltip>
  );
}
