import { useEffect } from 'react';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SessionExpiredDialog } from '../features/auth/components/SessionExpiredDialog';
import { useAuthStore, type Gate } from '../features/auth/store';
import { ChangePasswordView } from '../features/auth/views/ChangePasswordView';
import { SignInView } from '../features/auth/views/SignInView';
import { SetupView } from '../features/setup/views/SetupView';
import { useSystemStore } from '../features/system/store';
import type { BackroomClient } from '../lib/api';
import { AppLayout } from './AppLayout';
import { useClient } from './client-context';
import { GateLayout } from './GateLayout';
import { WaitingView } from './WaitingView';

/** While setup or session cannot be read: again soon after the database connects, else every few seconds. */
function useRetryWhileUnavailable(gate: Gate, client: BackroomClient) {
  const load = useAuthStore((state) => state.load);
  const databaseConnected = useSystemStore((state) => state.status?.database.status === 'connected');
  useEffect(() => {
    if (gate.kind !== 'unavailable' || (gate.code !== 'UNAVAILABLE' && gate.code !== null)) return;
    const timer = setTimeout(() => void load(client), databaseConnected ? 1_000 : 5_000);
    return () => clearTimeout(timer);
  }, [gate, databaseConnected, client, load]);
}

/** Decides what the window shows: setup, sign-in, a new password, or the shell. */
export function AppGate() {
  const client = useClient();
  const gate = useAuthStore((state) => state.gate);
  const user = useAuthStore((state) => state.user);
  const load = useAuthStore((state) => state.load);
  const watch = useAuthStore((state) => state.watch);

  useEffect(() => watch(client), [client, watch]);
  useEffect(() => void load(client), [client, load]);
  useRetryWhileUnavailable(gate, client);

  switch (gate.kind) {
    case 'loading':
      return (
        <GateLayout>
          <Stack spacing={2} role="status" sx={{ alignItems: 'center', py: 2 }}>
            <CircularProgress aria-hidden />
            <Typography>Starting Backroom…</Typography>
          </Stack>
        </GateLayout>
      );
    case 'unavailable':
      return (
        <GateLayout>
          <WaitingView gate={gate} onRetry={() => void load(client)} />
        </GateLayout>
      );
    case 'setup':
      return (
        <GateLayout width="md">
          <SetupView database={gate.database} />
        </GateLayout>
      );
    case 'open':
      if (!user) {
        return (
          <GateLayout>
            <SignInView />
          </GateLayout>
        );
      }
      if (user.mustChangePassword) {
        return (
          <GateLayout>
            <ChangePasswordView />
          </GateLayout>
        );
      }
      return (
        <>
          {/* A different member gets a fresh shell. */}
          <AppLayout key={user.id} user={user} />
          <SessionExpiredDialog />
        </>
      );
  }
}
