import { PasswordField } from '../../../components/PasswordField';
import { NEW_PASSWORD_HELP } from '../new-password';

interface Entry {
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}

/** A new password and the same again, as choosing one always asks. */
export function NewPasswordFields({ idPrefix, label, password, confirmation }: { idPrefix: string; label: string; password: Entry; confirmation: Entry }) {
  return (
    <>
      <PasswordField
        id={`${idPrefix}-password`}
        label={label}
        value={password.value}
        onChange={password.onChange}
        error={password.error}
        helperText={NEW_PASSWORD_HELP}
        autoComplete="new-password"
      />
      <PasswordField
        id={`${idPrefix}-confirm-password`}
        label={`${label} again`}
        value={confirmation.value}
        onChange={confirmation.onChange}
        error={confirmation.error}
        autoComplete="new-password"
      />
    </>
  );
}
