import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { roleHasPermission } from '@shared/permissions';
import { errorMessage } from '../../../lib/api';
import { useAuthStore } from '../../auth/store';
import { useSystemStore } from '../../system/store';
import { ConnectionSummary } from '../components/ConnectionSummary';
import { DatabaseChoiceForm } from '../components/DatabaseChoiceForm';
import { SessionTimeoutForm } from '../components/SessionTimeoutForm';
import { useDatabaseChoice } from '../hooks/useDatabaseChoice';
import { useSessionTimeout } from '../hooks/useSessionTimeout';

function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={title}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** Connection details and app facts for everyone; database and session choices for admins. */
export function SettingsView() {
  const status = useSystemStore((state) => state.status);
  // The shell shows only when signed in; the auth store holds who that is.
  const user = useAuthStore((state) => state.user);
  const canManage = user !== null && roleHasPermission(user.role, 'settings.manage');

  return (
    <Stack spacing={3} component="section" aria-labelledby="settings-title">
      <Typography id="settings-title" variant="h4" component="h1">
        Settings
      </Typography>
      <SettingsSection title="Database">
        <ConnectionSummary status={status} />
      </SettingsSection>
      {canManage && <DatabaseChoiceSection />}
      {canManage && <SessionSection />}
      <SettingsSection title="About">
        <Typography>
          Backroom {status?.appVersion ?? '…'} {status?.mode === 'web' ? '(web mode)' : status ? '(desktop)' : ''}
        </Typography>
      </SettingsSection>
    </Stack>
  );
}

function DatabaseChoiceSection() {
  const { choice, loadError, test, save } = useDatabaseChoice();
  return (
    <SettingsSection title="Change the database">
      {choice ? (
        <DatabaseChoiceForm choice={choice} onTest={test} onSave={save} />
      ) : loadError !== null ? (
        <Alert severity="error">Could not read the database choice: {errorMessage(loadError)}</Alert>
      ) : (
        <Typography color="text.secondary">Reading the database choice…</Typography>
      )}
    </SettingsSection>
  );
}

function SessionSection() {
  const { minutes, loadError, save } = useSessionTimeout();
  return (
    <SettingsSection title="Sign-out after inactivity">
      {minutes !== null ? (
        <SessionTimeoutForm minutes={minutes} onSave={save} />
      ) : loadError !== null ? (
        <Alert severity="error">Could not read the session settings: {errorMessage(loadError)}</Alert>
      ) : (
        <Typography color="text.secondary">Reading the session settings…</Typography>
      )}
    </SettingsSection>
  );
}
