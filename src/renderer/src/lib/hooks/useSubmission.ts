import { useCallback, useState } from 'react';
import { fieldErrorsOf, type FieldErrors } from '../api';

export interface Submission {
  pending: boolean;
  /** What the last attempt threw, until the next attempt or reset. */
  error: unknown;
  /** The error's field messages; with a prefix, `category.name` shows as `name`. */
  fields: FieldErrors;
  /** Runs `action`; resolves true when it succeeded. Never rejects. */
  submit(action: () => Promise<unknown>): Promise<boolean>;
  reset(): void;
}

function withoutPrefix(fields: FieldErrors, prefix: string | undefined): FieldErrors {
  if (!prefix) return fields;
  return Object.fromEntries(Object.entries(fields).map(([field, message]) => [field.startsWith(`${prefix}.`) ? field.slice(prefix.length + 1) : field, message]));
}

/**
 * Pending and error state of one form or confirmation; the typed input stays
 * where it is. `fieldPrefix` is the channel's wrapper of the form's fields
 * (e.g. `category` for `{ category: {...} }`).
 */
export function useSubmission(fieldPrefix?: string): Submission {
  const [state, setState] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null });
  const submit = useCallback(async (action: () => Promise<unknown>) => {
    setState({ pending: true, error: null });
    try {
      await action();
      setState({ pending: false, error: null });
      return true;
    } catch (error) {
      setState({ pending: false, error });
      return false;
    }
  }, []);
  const reset = useCallback(() => setState({ pending: false, error: null }), []);
  return { pending: state.pending, error: state.error, fields: withoutPrefix(fieldErrorsOf(state.error), fieldPrefix), submit, reset };
}
