import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import { contract, type StaffProfile } from '@shared/contract';
import { useClient } from '../../../app/client-context';
import { FormError } from '../../../components/FormError';
import { PasswordField } from '../../../components/PasswordField';
import { focusFirstInvalid } from '../../../components/focus-first-invalid';
import { fieldErrorsOf, formAlertMessage, validateInput, type FieldErrors } from '../../../lib/api';
import { confirmationErrors } from '../new-password';
import { NewPasswordFields } from './NewPasswordFields';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Field = (typeof FIELDS)[number];

interface ChangePasswordFormProps {
  onChanged(user: StaffProfile): void;
  /** Extra buttons next to the submit button (e.g. sign out). */
  secondaryAction?: ReactNode;
}

/** Current, new and repeated password; the main process checks the current one. */
export function ChangePasswordForm({ onChanged, secondaryAction }: ChangePasswordFormProps) {
  const client = useClient();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors(({ [field]: _cleared, ...rest }) => rest);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const input = { currentPassword: values.currentPassword, newPassword: values.newPassword };
    const invalid = { ...validateInput(contract['auth.changePassword'].input, input), ...confirmationErrors(values.newPassword, values.confirmPassword) };
    setFieldErrors(invalid);
    setProblem(null);
    if (Object.keys(invalid).length > 0) return focusFirstInvalid(formRef.current);
    setBusy(true);
    try {
      const { user } = await client.call('auth.changePassword', input);
      setBusy(false);
      onChanged(user);
    } catch (error) {
      setBusy(false);
      setFieldErrors(fieldErrorsOf(error));
      setProblem(formAlertMessage(error, FIELDS));
      focusFirstInvalid(formRef.current);
    }
  }

  return (
    <Stack component="form" ref={formRef} noValidate onSubmit={submit} spacing={2} aria-label="Change password">
      <FormError message={problem} />
      <PasswordField
        id="current-password"
        label="Current password"
        value={values.currentPassword}
        onChange={change('currentPassword')}
        error={fieldErrors.currentPassword}
        autoComplete="current-password"
        autoFocus
      />
      <NewPasswordFields
        idPrefix="new"
        label="New password"
        password={{ value: values.newPassword, onChange: change('newPassword'), error: fieldErrors.newPassword }}
        confirmation={{ value: values.confirmPassword, onChange: change('confirmPassword'), error: fieldErrors.confirmPassword }}
      />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', alignItems: 'center' }}>
        {secondaryAction}
        <Button type="submit" variant="contained" disabled={busy} startIcon={busy ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}>
          Change password
        </Button>
      </Stack>
    </Stack>
  );
}
