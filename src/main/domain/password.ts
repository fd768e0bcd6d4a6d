import { compare, hash, truncates } from 'bcryptjs';

export const PASSWORD_MIN_LENGTH = 8;
export const BCRYPT_COST = 12;

/** A bcrypt hash: `$2a$`/`$2b$`/`$2y$`, two-digit cost, 53 characters of salt and hash. */
export const BCRYPT_HASH_PATTERN = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/;

export function isBcryptHash(value: string): boolean {
  return BCRYPT_HASH_PATTERN.test(value);
}

/**
 * Why a plain password is refused, or null when it is acceptable. bcrypt reads
 * only the first 72 bytes, so a longer password is refused rather than silently
 * cut short.
 */
export function passwordProblem(plain: string): string | null {
  if (plain.length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (truncates(plain)) return 'password must be at most 72 bytes (bcrypt ignores the rest)';
  return null;
}

export function hashPassword(plain: string, cost: number = BCRYPT_COST): Promise<string> {
  return hash(plain, cost);
}

export function verifyPassword(plain: string, passwordHash: string): Promise<boolean> {
  return compare(plain, passwordHash);
}
