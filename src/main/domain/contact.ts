/**
 * A pragmatic email check: one @, no spaces, a dot in the domain. Full RFC 5322
 * is not worth it; the real proof is the verification email (`isEmailVerified`).
 */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** E.164: +, a country code not starting with 0, at most 15 digits in all. */
export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;

/** ISO 4217 currency code, e.g. USD. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
