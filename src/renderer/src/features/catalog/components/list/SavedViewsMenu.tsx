import { useId, useState } from 'react';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import BookmarksIcon from '@mui/icons-material/BookmarksOutlined';
import type { SavedView } from '../../hooks/list/saved-views';

export interface SavedViewsMenuProps {
  views: readonly SavedView[];
  disabled: boolean;
  onApply(view: SavedView): void;
  onManage(): void;
}

/** Applies a saved view; deleting them is in the dialog "Manage views…" opens. */
export function SavedViewsMenu({ views, disabled, onApply, onManage }: SavedViewsMenuProps) {
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<BookmarksIcon />}
        endIcon={<ArrowDropDownIcon />}
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Saved views
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={close}>
        {views.length === 0 && (
          <MenuItem disabled>
            <ListItemText primary="No saved views yet" secondary="Use “Save view…” to keep these filters" />
          </MenuItem>
        )}
        {views.map((view) => (
          <MenuItem
            key={view.name}
            onClick={() => {
              close();
              onApply(view);
            }}
          >
            {view.name}
          </MenuItem>
        ))}
        {views.length > 0 && <Divider />}
        {views.length > 0 && (
          <MenuItem
            onClick={() => {
              close();
              onManage();
            }}
          >
            Manage views…
          </MenuItem>
        )}
      </Menu>
    </>
  );
}
