import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useClient } from '../../../app/client-context';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { useAuthStore } from '../store';

/** After signing in with a temporary password: a password of one's own before anything else. */
export function ChangePasswordView() {
  const client = useClient();
  const user = useAuthStore((state) => state.user);
  const signedIn = useAuthStore((state) => state.signedIn);
  const signOut = useAuthStore((state) => state.signOut);
  return (
    <Stack spacing={3} component="section" aria-labelledby="change-password-title">
      <Typography id="change-password-title" variant="h5" component="h1">
        Choose a new password
      </Typography>
      <Typography color="text.secondary">
        {user ? `Welcome, ${user.firstName}. ` : ''}The password you signed in with was temporary. Choose one of your own to continue; only you will know it.
      </Typography>
      <ChangePasswordForm onChanged={signedIn} secondaryAction={<Button onClick={() => void signOut(client)}>Sign out</Button>} />
    </Stack>
  );
}
