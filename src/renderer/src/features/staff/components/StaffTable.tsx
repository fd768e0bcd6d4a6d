import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { StaffMember } from '@shared/contract';
import { STAFF_ROLES, type StaffRole } from '@shared/permissions';
import { formatDateTime, fullName } from '../../../lib/format';
import { RoleChip, ROLE_LABEL } from '../../../components/RoleChip';

export interface StaffTableProps {
  members: StaffMember[];
  /** The signed-in member, marked "you". */
  currentUserId: string | null;
  /** Rows with a change on its way are disabled. */
  busyIds: ReadonlySet<string>;
  dimmed?: boolean;
  onRoleChange(member: StaffMember, role: StaffRole): void;
  onToggleActive(member: StaffMember): void;
  onResetPassword(member: StaffMember): void;
}

/** Breaks after the @ when the column is narrow, rather than mid-word. */
function EmailAddress({ email }: { email: string }) {
  const at = email.lastIndexOf('@');
  if (at < 0) return <>{email}</>;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

export function StaffTable({ members, currentUserId, busyIds, dimmed = false, onRoleChange, onToggleActive, onResetPassword }: StaffTableProps) {
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ opacity: dimmed ? 0.6 : 1, transition: 'opacity 150ms' }}>
      <Table size="small" aria-label="Staff">
        <TableHead>
          <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableCell>Name</TableCell>
            <TableCell>Email</TableCell>
            <TableCell>Role</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Last sign-in</TableCell>
            <TableCell align="right">Actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {members.map((member) => {
            const name = fullName(member);
            const busy = busyIds.has(member.id);
            return (
              <TableRow key={member.id} hover>
                <TableCell component="th" scope="row">
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                      {name}
                    </Box>
                    {member.id === currentUserId && <Chip size="small" label="you" variant="outlined" />}
                  </Stack>
                </TableCell>
                <TableCell sx={{ overflowWrap: 'break-word' }}>
                  <EmailAddress email={member.email} />
                </TableCell>
                <TableCell>
                  <Select
                    size="small"
                    variant="standard"
                    disableUnderline
                    value={member.role}
                    disabled={busy}
                    onChange={(event) => onRoleChange(member, event.target.value as StaffRole)}
                    renderValue={(role) => <RoleChip role={role} />}
                    SelectDisplayProps={{ 'aria-label': `Role of ${name}` }}
                    sx={{ '& .MuiSelect-select:focus-visible': { outline: 2, outlineColor: 'primary.main', borderRadius: 4 } }}
                  >
                    {STAFF_ROLES.map((role) => (
                      <MenuItem key={role} value={role}>
                        {ROLE_LABEL[role]}
                      </MenuItem>
                    ))}
                  </Select>
                </TableCell>
                <TableCell>
                  <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                    <Chip
                      size="small"
                      label={member.isActive ? 'Active' : 'Deactivated'}
                      color={member.isActive ? 'success' : 'default'}
                      variant={member.isActive ? 'outlined' : 'filled'}
                    />
                    {member.mustChangePassword && (
                      <Typography variant="caption" color="text.secondary">
                        Must change password
                      </Typography>
                    )}
                  </Stack>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{member.lastLogin ? formatDateTime(member.lastLogin) : 'Never'}</TableCell>
                <TableCell align="right">
                  <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      color={member.isActive ? 'error' : 'primary'}
                      disabled={busy}
                      onClick={() => onToggleActive(member)}
                      aria-label={`${member.isActive ? 'Deactivate' : 'Reactivate'} ${name}`}
                    >
                      {member.isActive ? 'Deactivate' : 'Reactivate'}
                    </Button>
                    <Button size="small" disabled={busy} onClick={() => onResetPassword(member)} aria-label={`Reset password of ${name}`}>
                      Reset password
                    </Button>
                  </Stack>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
