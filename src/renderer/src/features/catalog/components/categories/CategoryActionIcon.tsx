import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import DriveFileMoveIcon from '@mui/icons-material/DriveFileMoveOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOffOutlined';
import type { CategoryAction } from './category-actions';

export function CategoryActionIcon({ action, isActive }: { action: CategoryAction; isActive: boolean }) {
  switch (action) {
    case 'edit':
      return <EditIcon fontSize="small" />;
    case 'add-child':
      return <AddIcon fontSize="small" />;
    case 'move':
      return <DriveFileMoveIcon fontSize="small" />;
    case 'up':
      return <ArrowUpwardIcon fontSize="small" />;
    case 'down':
      return <ArrowDownwardIcon fontSize="small" />;
    case 'toggle-active':
      return isActive ? <VisibilityOffIcon fontSize="small" /> : <VisibilityIcon fontSize="small" />;
    case 'delete':
      return <DeleteIcon fontSize="small" />;
  }
}
