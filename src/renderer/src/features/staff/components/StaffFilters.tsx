import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';
import { STAFF_ROLES, type StaffRole } from '@shared/permissions';
import { ROLE_LABEL } from '../../../components/RoleChip';

export interface StaffFiltersProps {
  search: string;
  role: StaffRole | '';
  onSearchChange(search: string): void;
  onRoleChange(role: StaffRole | ''): void;
}

export function StaffFilters({ search, role, onSearchChange, onRoleChange }: StaffFiltersProps) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} role="search" aria-label="Filter staff">
      <TextField
        label="Search"
        type="search"
        size="small"
        value={search}
        onChange={(event) => onSearchChange(event.target.value)}
        helperText="Start of a name or email"
        sx={{ minWidth: 280 }}
        slotProps={{
          htmlInput: { maxLength: 100 },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" aria-hidden />
              </InputAdornment>
            ),
          },
        }}
      />
      <TextField
        select
        label="Role"
        size="small"
        value={role}
        onChange={(event) => onRoleChange(event.target.value as StaffRole | '')}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        sx={{ minWidth: 160 }}
      >
        <MenuItem value="">All roles</MenuItem>
        {STAFF_ROLES.map((value) => (
          <MenuItem key={value} value={value}>
            {ROLE_LABEL[value]}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
