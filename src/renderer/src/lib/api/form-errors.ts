import type { z } from 'zod';
import { BackroomError } from './errors';

/** What is wrong with each field, keyed by the dotted input path the main process uses. */
export type FieldErrors = Record<string, string>;

/** The field errors a failed call carries (none for anything else). */
export function fieldErrorsOf(error: unknown): FieldErrors {
  return error instanceof BackroomError ? error.fields : {};
}

/**
 * Checks input against the contract's own schema before the round trip, so a
 * form shows the same messages the main process would send back.
 */
export function validateInput(schema: z.ZodType, input: unknown): FieldErrors {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) fields[issue.path.map(String).join('.') || 'input'] ??= issue.message;
  return fields;
}

/**
 * The message for a form's alert, or null when nothing needs one: field errors
 * under the form's own fields already say everything, or the session ended
 * (the sign-in dialog says so, and the form keeps what was typed).
 */
export function formAlertMessage(error: unknown, formFields: readonly string[]): string | null {
  if (!error) return null;
  if (error instanceof BackroomError) {
    if (error.code === 'UNAUTHENTICATED') return null;
    if (error.code === 'VALIDATION') {
      const named = Object.keys(error.fields);
      if (named.length > 0 && named.every((field) => formFields.includes(field))) return null;
    }
  }
  return error instanceof Error ? error.message : String(error);
}
