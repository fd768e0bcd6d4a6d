import type { FieldErrors } from '../../lib/api';

export const NEW_PASSWORD_HELP = 'At least 8 characters';

/** The second typing of a new password must match the first. */
export function confirmationErrors(password: string, confirmation: string): FieldErrors {
  if (confirmation === '') return { confirmPassword: 'Type the new password again' };
  return password === confirmation ? {} : { confirmPassword: 'The two passwords are not the same' };
}
