/** How one before/after value of a change reads in the diff. */
export type AuditValueView =
  | { kind: 'none'; text: string }
  | { kind: 'redacted'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'json'; text: string };

/** What the main process puts in place of a secret's value. */
export const REDACTED = '[redacted]';

export function describeAuditValue(value: unknown): AuditValueView {
  if (value === null || value === undefined) return { kind: 'none', text: '(none)' };
  if (value === REDACTED) return { kind: 'redacted', text: REDACTED };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'text', text: String(value) };
  return { kind: 'json', text: JSON.stringify(value, null, 2) };
}
