import { useRef, useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { contract, type StaffProfile } from '@shared/contract';
import { useClient } from '../../../app/client-context';
import { FormError } from '../../../components/FormError';
import { focusFirstInvalid } from '../../../components/focus-first-invalid';
import { BackroomError, fieldErrorsOf, formAlertMessage, validateInput, type FieldErrors } from '../../../lib/api';
import { confirmationErrors } from '../../auth/new-password';
import { NewPasswordFields } from '../../auth/components/NewPasswordFields';

const FIELDS = ['firstName', 'lastName', 'email', 'password', 'confirmPassword'] as const;
type Field = (typeof FIELDS)[number];

interface CreateAdminFormProps {
  onCreated(user: StaffProfile): void;
  /** Setup is done already (someone else created an admin). */
  onAdminExists(message: string): void;
  onBack?: () => void;
}

/** Step two of setup: the first admin account, signed in once created. */
export function CreateAdminForm({ onCreated, onAdminExists, onBack }: CreateAdminFormProps) {
  const client = useClient();
  const [values, setValues] = useState<Record<Field, string>>({ firstName: '', lastName: '', email: '', password: '', confirmPassword: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<{ message: string; adminExists: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors(({ [field]: _cleared, ...rest }) => rest);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const { confirmPassword, ...input } = values;
    const invalid = { ...validateInput(contract['setup.createAdmin'].input, input), ...confirmationErrors(input.password, confirmPassword) };
    setFieldErrors(invalid);
    setProblem(null);
    if (Object.keys(invalid).length > 0) return focusFirstInvalid(formRef.current);
    setBusy(true);
    try {
      const { user } = await client.call('setup.createAdmin', input);
      onCreated(user);
    } catch (error) {
      setBusy(false);
      setFieldErrors(fieldErrorsOf(error));
      const message = formAlertMessage(error, FIELDS);
      setProblem(message ? { message, adminExists: error instanceof BackroomError && error.code === 'CONFLICT' && !error.fields.email } : null);
      focusFirstInvalid(formRef.current);
    }
  }

  const textField = (field: Field, label: string, autoComplete: string, extra: { type?: string; autoFocus?: boolean } = {}) => (
    <TextField
      id={`admin-${field}`}
      label={label}
      value={values[field]}
      onChange={(event) => change(field)(event.target.value)}
      error={Boolean(fieldErrors[field])}
      helperText={fieldErrors[field]}
      autoComplete={autoComplete}
      required
      fullWidth
      {...extra}
    />
  );

  return (
    <Stack component="form" ref={formRef} noValidate onSubmit={submit} spacing={2} aria-label="First admin">
      <FormError
        message={problem?.message ?? null}
        action={
          problem?.adminExists ? (
            <Button color="inherit" size="small" onClick={() => onAdminExists(problem.message)}>
              Sign in
            </Button>
          ) : undefined
        }
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {textField('firstName', 'First name', 'given-name', { autoFocus: true })}
        {textField('lastName', 'Last name', 'family-name')}
      </Stack>
      {textField('email', 'Email', 'username', { type: 'email' })}
      <NewPasswordFields
        idPrefix="admin"
        label="Password"
        password={{ value: values.password, onChange: change('password'), error: fieldErrors.password }}
        confirmation={{ value: values.confirmPassword, onChange: change('confirmPassword'), error: fieldErrors.confirmPassword }}
      />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between' }}>
        {onBack ? (
          <Button onClick={onBack} disabled={busy}>
            Back
          </Button>
        ) : (
          <span />
        )}
        <Button type="submit" variant="contained" disabled={busy} startIcon={busy ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}>
          Create admin and sign in
        </Button>
      </Stack>
    </Stack>
  );
}
