import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import type { SavedView } from '../../hooks/list/saved-views';

export interface ManageViewsDialogProps {
  views: readonly SavedView[];
  onDelete(name: string): void;
  onClose(): void;
}

/** The saved views, each with a delete button; deleting needs no confirmation, the view is only a preset. */
export function ManageViewsDialog({ views, onDelete, onClose }: ManageViewsDialogProps) {
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>Saved views</DialogTitle>
      <DialogContent dividers>
        {views.length === 0 ? (
          <Typography color="text.secondary">No saved views.</Typography>
        ) : (
          <List dense disablePadding aria-label="Saved views">
            {views.map((view) => (
              <ListItem
                key={view.name}
                disableGutters
                secondaryAction={
                  <IconButton edge="end" aria-label={`Delete view ${view.name}`} onClick={() => onDelete(view.name)}>
                    <DeleteIcon />
                  </IconButton>
                }
              >
                <ListItemText primary={view.name} />
              </ListItem>
            ))}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Done</Button>
      </DialogActions>
    </Dialog>
  );
}
