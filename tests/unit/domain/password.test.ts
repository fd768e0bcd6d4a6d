import { describe, expect, it } from 'vitest';
import { BCRYPT_COST, hashPassword, isBcryptHash, passwordProblem, verifyPassword } from '../../../src/main/domain/password';

describe('passwords', () => {
  it('needs at least 8 characters and at most 72 bytes', () => {
    expect(passwordProblem('1234567')).toMatch(/password must be at least 8 characters/);
    expect(passwordProblem('12345678')).toBeNull();
    expect(passwordProblem('x'.repeat(72))).toBeNull();
    expect(passwordProblem('x'.repeat(73))).toMatch(/at most 72 bytes/);
    expect(passwordProblem('é'.repeat(37))).toMatch(/at most 72 bytes/); // 74 bytes in UTF-8
  });

  it('hashes with bcrypt at cost 12 and verifies', async () => {
    expect(BCRYPT_COST).toBe(12);
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$2[ab]\$12\$/);
    expect(isBcryptHash(hash)).toBe(true);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('wrong horse battery', hash)).toBe(false);
  });

  it('tells a bcrypt hash from a plain password', () => {
    expect(isBcryptHash('$2b$12$' + 'a'.repeat(53))).toBe(true);
    expect(isBcryptHash('$2y$10$' + 'a'.repeat(53))).toBe(true);
    expect(isBcryptHash('$2b$12$' + 'a'.repeat(52))).toBe(false);
    expect(isBcryptHash('correct horse battery')).toBe(false);
  });
});
