import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/errors';
import { decryptValue, encryptValue, isEncrypted } from '../../../src/main/secrets/field-encryption';

const key = randomBytes(32);

function parts(envelope: string): { iv: Buffer; tag: Buffer; ciphertext: Buffer } {
  const [prefix, version, iv, tag, ciphertext] = envelope.split(':');
  expect([prefix, version]).toEqual(['enc', 'v1']);
  return { iv: Buffer.from(iv!, 'base64'), tag: Buffer.from(tag!, 'base64'), ciphertext: Buffer.from(ciphertext!, 'base64') };
}

function join(p: { iv: Buffer; tag: Buffer; ciphertext: Buffer }): string {
  return `enc:v1:${p.iv.toString('base64')}:${p.tag.toString('base64')}:${p.ciphertext.toString('base64')}`;
}

/** Flips one bit of a part, keeping the envelope well formed. */
function tamper(envelope: string, part: 'iv' | 'tag' | 'ciphertext'): string {
  const p = parts(envelope);
  const bytes = Buffer.from(p[part]);
  bytes[0] = bytes[0]! ^ 0x01;
  return join({ ...p, [part]: bytes });
}

describe('field encryption (AES-256-GCM)', () => {
  it('round-trips JSON values', () => {
    const values = ['Jane Doe', '', 0, 12.5, true, null, ['a', 1], { id: 'ch_1', nested: { ok: true, list: [1, 2] } }];
    for (const value of values) expect(decryptValue(encryptValue(value, key), key)).toEqual(value);
  });

  it('uses a 12-byte IV and a 16-byte tag, in the enc:v1 envelope', () => {
    const envelope = encryptValue('Jane Doe', key);
    expect(envelope).toMatch(/^enc:v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    const { iv, tag } = parts(envelope);
    expect(iv).toHaveLength(12);
    expect(tag).toHaveLength(16);
    expect(isEncrypted(envelope)).toBe(true);
    expect(isEncrypted('Jane Doe')).toBe(false);
    expect(isEncrypted(42)).toBe(false);
  });

  it('draws a fresh IV for every value, so equal values encrypt differently', () => {
    const envelopes = Array.from({ length: 20 }, () => encryptValue('same', key));
    expect(new Set(envelopes).size).toBe(20);
    expect(new Set(envelopes.map((e) => parts(e).iv.toString('hex'))).size).toBe(20);
  });

  it.each(['iv', 'tag', 'ciphertext'] as const)('detects a changed %s', (part) => {
    const tampered = tamper(encryptValue({ holder: 'Jane Doe' }, key), part);
    expect(() => decryptValue(tampered, key)).toThrow(/altered|different key/);
  });

  it('refuses the wrong key with a clear error', () => {
    const envelope = encryptValue('Jane Doe', key);
    expect(() => decryptValue(envelope, randomBytes(32))).toThrow(AppError);
    expect(() => decryptValue(envelope, randomBytes(32))).toThrow(/different key/);
  });

  it('refuses malformed envelopes and wrong-length parts', () => {
    const p = parts(encryptValue('x', key));
    expect(() => decryptValue('enc:v1:abc', key)).toThrow(/malformed/);
    expect(() => decryptValue(join({ ...p, iv: p.iv.subarray(0, 8) }), key)).toThrow(/IV is 8 bytes/);
    expect(() => decryptValue(join({ ...p, tag: p.tag.subarray(0, 12) }), key)).toThrow(/tag is 12 bytes/);
    expect(() => decryptValue('plain text', key)).toThrow(/not an encrypted field/);
  });

  it('requires a 32-byte key', () => {
    expect(() => encryptValue('x', randomBytes(16))).toThrow(/32 bytes/);
  });
});
