import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SignInForm } from '../components/SignInForm';
import { useAuthStore } from '../store';

/** The sign-in screen: who is at the keyboard, before anything else. */
export function SignInView() {
  const notice = useAuthStore((state) => state.notice);
  const signedIn = useAuthStore((state) => state.signedIn);
  return (
    <Stack spacing={3} component="section" aria-labelledby="sign-in-title">
      <Typography id="sign-in-title" variant="h5" component="h1">
        Sign in
      </Typography>
      {notice && <Alert severity="info">{notice}</Alert>}
      <SignInForm onSignedIn={signedIn} />
    </Stack>
  );
}
