import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PersonAddIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import type { StaffMember } from '@shared/contract';
import type { StaffRole } from '@shared/permissions';
import { useClient } from '../../../app/client-context';
import { errorMessage, formAlertMessage } from '../../../lib/api';
import { AddStaffDialog, type NewStaffMember } from '../components/AddStaffDialog';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { StaffFilters } from '../components/StaffFilters';
import { StaffTable } from '../components/StaffTable';
import { TemporaryPasswordDialog, type RevealedPassword } from '../components/TemporaryPasswordDialog';
import { fullName } from '../../../lib/format';
import { useAuthStore } from '../../auth/store';
import { useStaffList } from '../hooks/useStaffList';
import { useSubmission } from '../../../lib/hooks/useSubmission';
import { RetryAlert } from '../../../components/RetryAlert';

type Confirmation = { kind: 'toggle-active' | 'reset-password'; member: StaffMember };

/** Staff accounts: add, change role, deactivate or reactivate, reset a password. */
export function StaffView() {
  const client = useClient();
  // The shell shows only when signed in; the auth store holds who that is.
  const user = useAuthStore((state) => state.user);
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<StaffRole | ''>('');
  const list = useStaffList(search, role);

  const [adding, setAdding] = useState(false);
  const [revealed, setRevealed] = useState<RevealedPassword | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const confirming = useSubmission();
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const [rowError, setRowError] = useState<string | null>(null);

  const replaceMember = (member: StaffMember) => list.update((items) => items.map((item) => (item.id === member.id ? member : item)));

  const addMember = async (values: NewStaffMember) => {
    const created = await client.call('staff.create', values);
    list.update((items) => [created.member, ...items]);
    setAdding(false);
    setRevealed({ member: created.member, password: created.temporaryPassword, reason: 'created' });
  };

  const changeRole = (member: StaffMember, newRole: StaffRole) => {
    setRowError(null);
    setBusyIds((ids) => new Set(ids).add(member.id));
    client
      .call('staff.update', { id: member.id, role: newRole })
      .then(
        ({ member: updated }) => replaceMember(updated),
        (error: unknown) => {
          const message = formAlertMessage(error, []);
          setRowError(message && `Could not change the role of ${fullName(member)}: ${message}`);
        },
      )
      .finally(() =>
        setBusyIds((ids) => {
          const next = new Set(ids);
          next.delete(member.id);
          return next;
        }),
      );
  };

  const ask = (kind: Confirmation['kind']) => (member: StaffMember) => {
    confirming.reset();
    setRowError(null);
    setConfirmation({ kind, member });
  };

  const confirm = () => {
    if (!confirmation) return;
    const { kind, member } = confirmation;
    void confirming.submit(async () => {
      if (kind === 'toggle-active') {
        const { member: updated } = await client.call('staff.update', { id: member.id, isActive: !member.isActive });
        replaceMember(updated);
      } else {
        const reset = await client.call('staff.resetPassword', { id: member.id });
        replaceMember(reset.member);
        setRevealed({ member: reset.member, password: reset.temporaryPassword, reason: 'reset' });
      }
      setConfirmation(null);
    });
  };

  const firstLoad = list.loading && list.items.length === 0;

  return (
    <Stack spacing={3} component="section" aria-labelledby="staff-title">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2 }}>
        <Typography id="staff-title" variant="h4" component="h1">
          Staff
        </Typography>
        <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setAdding(true)}>
          Add staff member
        </Button>
      </Stack>

      <StaffFilters search={search} role={role} onSearchChange={setSearch} onRoleChange={setRole} />

      {rowError && (
        <Alert severity="error" onClose={() => setRowError(null)}>
          {rowError}
        </Alert>
      )}
      {list.error !== null && (
        <RetryAlert onRetry={list.reload}>Could not load the staff list: {errorMessage(list.error)}</RetryAlert>
      )}

      <Box aria-busy={list.loading}>
        {list.loading && <LinearProgress aria-label="Loading staff" sx={{ mb: 1 }} />}
        {firstLoad ? (
          <Typography color="text.secondary">Loading staff…</Typography>
        ) : list.items.length === 0 && list.error === null ? (
          <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}>
            <Typography>{list.filtered ? 'No staff match these filters.' : 'No staff yet.'}</Typography>
          </Paper>
        ) : (
          list.items.length > 0 && (
            <StaffTable
              members={list.items}
              currentUserId={user?.id ?? null}
              busyIds={busyIds}
              dimmed={list.loading}
              onRoleChange={changeRole}
              onToggleActive={ask('toggle-active')}
              onResetPassword={ask('reset-password')}
            />
          )
        )}
      </Box>

      {list.loadMoreError !== null && <Alert severity="error">Could not load more staff: {errorMessage(list.loadMoreError)}</Alert>}
      {list.hasMore && (
        <Box>
          <Button variant="outlined" onClick={list.loadMore} disabled={list.loadingMore}>
            {list.loadingMore ? 'Loading…' : 'Load more'}
          </Button>
        </Box>
      )}

      {adding && <AddStaffDialog onSubmit={addMember} onClose={() => setAdding(false)} />}
      {revealed && <TemporaryPasswordDialog revealed={revealed} onClose={() => setRevealed(null)} />}
      {confirmation && (
        <ConfirmationFor
          confirmation={confirmation}
          pending={confirming.pending}
          error={formAlertMessage(confirming.error, [])}
          onConfirm={confirm}
          onClose={() => setConfirmation(null)}
        />
      )}
    </Stack>
  );
}

function ConfirmationFor({
  confirmation: { kind, member },
  ...props
}: {
  confirmation: Confirmation;
  pending: boolean;
  error: string | null;
  onConfirm(): void;
  onClose(): void;
}) {
  const name = fullName(member);
  if (kind === 'reset-password') {
    return (
      <ConfirmDialog open title={`Reset the password of ${name}?`} confirmLabel="Reset password" tone="error" {...props}>
        Their current password stops working and they are signed out. You will see a temporary password once, to give to them.
      </ConfirmDialog>
    );
  }
  return member.isActive ? (
    <ConfirmDialog open title={`Deactivate ${name}?`} confirmLabel="Deactivate" tone="error" {...props}>
      They are signed out now and cannot sign in until an admin reactivates them. Their records and history stay.
    </ConfirmDialog>
  ) : (
    <ConfirmDialog open title={`Reactivate ${name}?`} confirmLabel="Reactivate" {...props}>
      They can sign in again with their current password.
    </ConfirmDialog>
  );
}
