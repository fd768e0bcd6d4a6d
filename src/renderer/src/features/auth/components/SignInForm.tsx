import { useRef, useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { contract, type StaffProfile } from '@shared/contract';
import { useClient } from '../../../app/client-context';
import { FormError } from '../../../components/FormError';
import { PasswordField } from '../../../components/PasswordField';
import { focusFirstInvalid } from '../../../components/focus-first-invalid';
import { BackroomError, errorMessage, fieldErrorsOf, validateInput, type FieldErrors } from '../../../lib/api';

interface SignInFormProps {
  onSignedIn(user: StaffProfile): void;
  initialEmail?: string;
  /** Distinguishes the ids when the form appears twice (screen and dialog). */
  idPrefix?: string;
}

/** Email and password; the main process's answer (wrong password, locked, deactivated…) shows above the button. */
export function SignInForm({ onSignedIn, initialEmail = '', idPrefix = 'sign-in' }: SignInFormProps) {
  const client = useClient();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const input = { email, password };
    const invalid = validateInput(contract['auth.signIn'].input, input);
    setFieldErrors(invalid);
    setProblem(null);
    if (Object.keys(invalid).length > 0) return focusFirstInvalid(formRef.current);
    setBusy(true);
    try {
      const { user } = await client.call('auth.signIn', input);
      onSignedIn(user);
    } catch (error) {
      setBusy(false);
      const fields = error instanceof BackroomError && error.code === 'VALIDATION' ? fieldErrorsOf(error) : {};
      if (Object.keys(fields).length > 0) {
        setFieldErrors(fields);
        focusFirstInvalid(formRef.current);
      } else setProblem(errorMessage(error));
      if (error instanceof BackroomError && error.code === 'UNAUTHENTICATED') {
        // Wrong email or password: keep the email, try the password again.
        setPassword('');
        passwordRef.current?.focus();
      }
    }
  }

  return (
    <Stack component="form" ref={formRef} noValidate onSubmit={submit} spacing={2} aria-label="Sign in">
      <FormError message={problem} id={`${idPrefix}-problem`} />
      <TextField
        id={`${idPrefix}-email`}
        label="Email"
        type="email"
        value={email}
        onChange={(event) => {
          setEmail(event.target.value);
          setFieldErrors(({ email: _cleared, ...rest }) => rest);
        }}
        error={Boolean(fieldErrors.email)}
        helperText={fieldErrors.email}
        autoComplete="username"
        autoFocus={initialEmail === ''}
        required
        fullWidth
      />
      <PasswordField
        id={`${idPrefix}-password`}
        label="Password"
        value={password}
        onChange={(value) => {
          setPassword(value);
          setFieldErrors(({ password: _cleared, ...rest }) => rest);
        }}
        error={fieldErrors.password}
        autoComplete="current-password"
        autoFocus={initialEmail !== ''}
        inputRef={passwordRef}
      />
      <Button type="submit" variant="contained" size="large" disabled={busy} startIcon={busy ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}>
        {busy ? 'Signing in…' : 'Sign in'}
      </Button>
    </Stack>
  );
}
