import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { useAuthStore } from '../store';

/** Changing one's password from the user menu, inside the shell. */
export function ChangePasswordPage() {
  const signedIn = useAuthStore((state) => state.signedIn);
  const [changes, setChanges] = useState(0);
  return (
    <Stack spacing={3} component="section" aria-labelledby="section-title" sx={{ maxWidth: 520 }}>
      <Typography id="section-title" variant="h4" component="h1">
        Change password
      </Typography>
      {changes > 0 && (
        <Alert severity="success" role="status">
          Your password was changed. Use the new one next time you sign in.
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 3 }}>
        {/* A fresh form after each change, so no password stays typed in it. */}
        <ChangePasswordForm
          key={changes}
          onChanged={(user) => {
            signedIn(user);
            setChanges((count) => count + 1);
          }}
        />
      </Paper>
    </Stack>
  );
}
