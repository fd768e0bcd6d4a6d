import { useCallback, useState } from 'react';
import { fieldErrorsOf, type FieldErrors } from '../../../lib/api';

export interface Submission {
  pending: boolean;
  /** What the last attempt threw, until the next attempt or reset. */
  error: unknown;
  fields: FieldErrors;
  /** Runs `action`; resolves true when it succeeded. Never rejects. */
  submit(action: () => Promise<unknown>): Promise<boolean>;
  reset(): void;
}

/** Pending and error state of one form or confirmation; the typed input stays where it is. */
export function useSubmission(): Submission {
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
  return { pending: state.pending, error: state.error, fields: fieldErrorsOf(state.error), submit, reset };
}
