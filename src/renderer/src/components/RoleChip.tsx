import Chip from '@mui/material/Chip';
import type { StaffRole } from '@shared/permissions';

export const ROLE_LABEL: Record<StaffRole, string> = { admin: 'Admin', seller: 'Seller' };

export function RoleChip({ role }: { role: StaffRole }) {
  return <Chip size="small" label={ROLE_LABEL[role]} color={role === 'admin' ? 'secondary' : 'default'} variant={role === 'admin' ? 'filled' : 'outlined'} />;
}
