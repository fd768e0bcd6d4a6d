import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useClient } from '../../../app/client-context';
import { restartApp } from '../restart';
import { useAuthStore } from '../store';
import { SignInForm } from './SignInForm';

/**
 * Signing in again over the shell when the session ended under it: the
 * screens behind stay mounted, so whatever was typed is still there after.
 */
export function SessionExpiredDialog() {
  const client = useClient();
  const interruption = useAuthStore((state) => state.interruption);
  const user = useAuthStore((state) => state.user);
  const signedIn = useAuthStore((state) => state.signedIn);
  const signOut = useAuthStore((state) => state.signOut);

  return (
    <Dialog open={interruption !== null} aria-labelledby="session-expired-title" aria-describedby="session-expired-message" maxWidth="xs" fullWidth>
      <DialogTitle id="session-expired-title">Sign in again</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Alert severity="warning" id="session-expired-message">
            {interruption}
          </Alert>
          <Typography variant="body2" color="text.secondary">
            Your work on this screen is kept; it is here again once you are signed in.
          </Typography>
          {interruption !== null && (
            <SignInForm
              idPrefix="session-sign-in"
              initialEmail={user?.email}
              onSignedIn={(next) => (next.id === user?.id ? signedIn(next) : restartApp())}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void signOut(client)}>Sign out instead</Button>
      </DialogActions>
    </Dialog>
  );
}
