import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { Category } from '@shared/contract';
import { actionDisabled, actionLabel, CATEGORY_ACTIONS, type ActionAvailability, type CategoryAction } from './category-actions';
import { CategoryActionIcon } from './CategoryActionIcon';

export interface CategoryActionsMenuProps {
  category: Category;
  anchor: HTMLElement;
  availability: ActionAvailability;
  onAction(action: CategoryAction): void;
  onClose(): void;
}

/** A row's actions, opened from its ⋮ button or with Shift+F10 on the row. */
export function CategoryActionsMenu({ category, anchor, availability, onAction, onClose }: CategoryActionsMenuProps) {
  return (
    <Menu open anchorEl={anchor} onClose={onClose} slotProps={{ list: { 'aria-label': `Actions for ${category.name}` } }}>
      {CATEGORY_ACTIONS.map((action) => (
        <MenuItem
          key={action}
          disabled={actionDisabled(action, availability)}
          onClick={() => {
            onClose();
            onAction(action);
          }}
          sx={action === 'delete' ? { color: 'error.main' } : undefined}
        >
          <ListItemIcon sx={action === 'delete' ? { color: 'error.main' } : undefined}>
            <CategoryActionIcon action={action} isActive={availability.isActive} />
          </ListItemIcon>
          <ListItemText>{actionLabel(action, availability.isActive)}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  );
}
