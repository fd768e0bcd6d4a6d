import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../errors';

/**
 * Application-level encryption of single field values: AES-256-GCM with a
 * random 12-byte IV per value and a 16-byte authentication tag. A value is
 * stored as `enc:v1:<iv>:<tag>:<ciphertext>` (standard base64), so a future
 * key or algorithm change can be told apart by its version.
 *
 * Values are JSON-serialised, so what comes back is what JSON keeps (a Date
 * comes back as its ISO string).
 */
const ALGORITHM = 'aes-256-gcm';
const PREFIX = 'enc:v1:';
export const KEY_BYTES = 32;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const ENVELOPE = /^enc:v1:([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]*)$/;

function requireKey(key: Buffer): void {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
    throw new AppError('INTERNAL', `The field encryption key must be ${KEY_BYTES} bytes`);
  }
}

function decodeBase64(text: string, what: string): Buffer {
  if (!BASE64.test(text)) throw new AppError('INTERNAL', `Encrypted value is malformed: its ${what} is not base64`);
  return Buffer.from(text, 'base64');
}

export function isEncrypted(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export function encryptValue(plain: unknown, key: Buffer): string {
  requireKey(key);
  const json = JSON.stringify(plain);
  if (json === undefined) throw new AppError('INTERNAL', 'Cannot encrypt a value JSON cannot represent (undefined or a function)');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  const ciphertext = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${PREFIX}${iv.toString('base64')}:${tag.toString('base64')}:${ciphertext.toString('base64')}`;
}

export function decryptValue(stored: string, key: Buffer): unknown {
  requireKey(key);
  if (!isEncrypted(stored)) throw new AppError('INTERNAL', 'Value is not an encrypted field (expected the enc:v1: format)');
  const parts = ENVELOPE.exec(stored);
  if (!parts) throw new AppError('INTERNAL', 'Encrypted value is malformed: expected enc:v1:<iv>:<tag>:<ciphertext>');
  const iv = decodeBase64(parts[1]!, 'IV');
  const tag = decodeBase64(parts[2]!, 'tag');
  const ciphertext = decodeBase64(parts[3]!, 'ciphertext');
  if (iv.length !== IV_BYTES) throw new AppError('INTERNAL', `Encrypted value is malformed: IV is ${iv.length} bytes, expected ${IV_BYTES}`);
  if (tag.length !== TAG_BYTES) throw new AppError('INTERNAL', `Encrypted value is malformed: tag is ${tag.length} bytes, expected ${TAG_BYTES}`);

  let json: string;
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tag);
    json = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new AppError(
      'INTERNAL',
      'Could not decrypt a protected field: it was altered, or it was encrypted with a different key than the one in use',
    );
  }
  return JSON.parse(json) as unknown;
}
