import { randomBytes } from 'node:crypto';
import { AppError } from '../errors';
import { KEY_BYTES } from './field-encryption';
import { openSecretStore } from './index';
import type { SecretStore } from './secret-store';

/** Keychain account under which the key is kept (base64). */
export const FIELD_KEY_ACCOUNT = 'field-encryption-key';
/** Fallback for machines without a keychain (servers, CI): base64 of 32 bytes. */
export const FIELD_KEY_ENV = 'BACKROOM_FIELD_KEY';

const UNAVAILABLE_MESSAGE =
  `Payment details cannot be stored or read: the encryption key lives in the OS keychain, which is unavailable, ` +
  `and ${FIELD_KEY_ENV} is not set. Start a keychain (on Linux a Secret Service such as gnome-keyring), ` +
  `or set ${FIELD_KEY_ENV} to the base64 of 32 random bytes kept in your own secret manager.`;

function parseKey(base64: string, source: string): Buffer {
  const text = base64.trim();
  const key = /^[A-Za-z0-9+/]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  // Never echo the value: it is the key.
  if (key.length !== KEY_BYTES) throw new AppError('UNAVAILABLE', `${source} is not the base64 of ${KEY_BYTES} bytes`);
  return key;
}

/**
 * The key for encrypted payment fields.
 *
 * - `BACKROOM_FIELD_KEY` set: that key, and the keychain is not consulted.
 *   An explicit key wins so a machine whose keychain appears later does not
 *   silently switch to a new key and lose access to what was written before.
 * - Otherwise the keychain's key, generated and saved there on first use.
 * - Neither available (store is null, or it fails): UNAVAILABLE.
 *
 * The key is never written to a file or a log.
 */
export async function loadFieldKey(store: SecretStore | null, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const fromEnv = env[FIELD_KEY_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return parseKey(fromEnv, FIELD_KEY_ENV);
  if (!store) throw unavailable();

  let saved: string | null;
  try {
    saved = await store.get(FIELD_KEY_ACCOUNT);
    if (saved === null) {
      await store.set(FIELD_KEY_ACCOUNT, randomBytes(KEY_BYTES).toString('base64'));
      // Read back what is stored, so two processes creating it at once settle on the same key.
      saved = await store.get(FIELD_KEY_ACCOUNT);
    }
  } catch (error) {
    throw unavailable(error);
  }
  if (saved === null) throw unavailable(new Error('the keychain did not keep the new key'));
  // A damaged key is reported, never replaced: replacing it would orphan every encrypted value.
  return parseKey(saved, `The keychain entry "${FIELD_KEY_ACCOUNT}"`);
}

/** The key for this process: from the environment, else from the OS keychain. */
export async function openFieldKey(
  env: NodeJS.ProcessEnv = process.env,
  open: () => Promise<SecretStore> = openSecretStore,
): Promise<Buffer> {
  if (env[FIELD_KEY_ENV]?.trim()) return loadFieldKey(null, env);
  let store: SecretStore;
  try {
    store = await open();
  } catch (error) {
    throw unavailable(error);
  }
  return loadFieldKey(store, env);
}

function unavailable(cause?: unknown): AppError {
  const detail = cause === undefined ? '' : ` (${cause instanceof Error ? cause.message : String(cause)})`;
  return new AppError('UNAVAILABLE', `${UNAVAILABLE_MESSAGE}${detail}`);
}
