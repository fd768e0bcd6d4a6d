import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/errors';
import { FIELD_KEY_ACCOUNT, loadFieldKey, openFieldKey } from '../../../src/main/secrets/field-key';
import { openSecretStore } from '../../../src/main/secrets';
import type { SecretStore } from '../../../src/main/secrets/secret-store';

/** A keychain in memory; `failing` makes every call fail as an absent Secret Service does. */
function memoryStore(failing = false): SecretStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  const check = (): void => {
    if (failing) throw new AppError('UNAVAILABLE', 'Could not read a secret in the OS keychain: no Secret Service');
  };
  return {
    values,
    async get(account) {
      check();
      return values.get(account) ?? null;
    },
    async set(account, value) {
      check();
      values.set(account, value);
    },
    async delete(account) {
      check();
      return values.delete(account);
    },
  };
}

describe('field key', () => {
  it('generates a key on first use, keeps it in the keychain, and reuses it', async () => {
    const store = memoryStore();
    const first = await loadFieldKey(store, {});
    expect(first).toHaveLength(32);
    expect(Buffer.from(store.values.get(FIELD_KEY_ACCOUNT)!, 'base64').equals(first)).toBe(true);
    expect((await loadFieldKey(store, {})).equals(first)).toBe(true);
  });

  it('uses BACKROOM_FIELD_KEY when set, without touching the keychain', async () => {
    const key = randomBytes(32);
    const store = memoryStore(true);
    expect((await loadFieldKey(store, { BACKROOM_FIELD_KEY: key.toString('base64') })).equals(key)).toBe(true);
    expect((await openFieldKey({ BACKROOM_FIELD_KEY: key.toString('base64') }, () => Promise.reject(new Error('no keychain')))).equals(key)).toBe(
      true,
    );
  });

  it('rejects a malformed BACKROOM_FIELD_KEY without echoing it', async () => {
    const short = randomBytes(16).toString('base64');
    const error = await loadFieldKey(null, { BACKROOM_FIELD_KEY: short }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/BACKROOM_FIELD_KEY is not the base64 of 32 bytes/);
    expect((error as AppError).message).not.toContain(short);
  });

  it('says payments cannot be stored when there is neither keychain nor BACKROOM_FIELD_KEY', async () => {
    for (const attempt of [loadFieldKey(null, {}), loadFieldKey(memoryStore(true), {}), openFieldKey({}, () => Promise.reject(new Error('no D-Bus')))]) {
      const error = (await attempt.catch((e: unknown) => e)) as AppError;
      expect(error.code).toBe('UNAVAILABLE');
      expect(error.message).toMatch(/Payment details cannot be stored or read/);
      expect(error.message).toMatch(/BACKROOM_FIELD_KEY/);
    }
  });

  it('reports a damaged key in the keychain instead of replacing it', async () => {
    const store = memoryStore();
    store.values.set(FIELD_KEY_ACCOUNT, 'not-a-key');
    await expect(loadFieldKey(store, {})).rejects.toThrow(/"field-encryption-key" is not the base64 of 32 bytes/);
    expect(store.values.get(FIELD_KEY_ACCOUNT)).toBe('not-a-key');
  });
});

describe('openSecretStore', () => {
  it('turns a keytar module that cannot load into UNAVAILABLE', async () => {
    const error = (await openSecretStore({ load: () => Promise.reject(new Error('Cannot find module keytar.node')) }).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.message).toMatch(/OS keychain is unavailable.*keytar.*could not be loaded.*Cannot find module/s);
  });

  it('turns a keychain that fails the probe into UNAVAILABLE with the platform hint', async () => {
    const broken = {
      getPassword: () => Promise.reject(new Error('The name org.freedesktop.secrets was not provided by any .service files')),
      setPassword: () => Promise.reject(new Error('unused')),
      deletePassword: () => Promise.reject(new Error('unused')),
    };
    const error = (await openSecretStore({ load: async () => broken }).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.message).toMatch(/org\.freedesktop\.secrets/);
    if (process.platform === 'linux') expect(error.message).toMatch(/gnome-keyring/);
  });

  it('treats a keychain that never answers as unavailable', async () => {
    const silent = { getPassword: () => new Promise<null>(() => undefined), setPassword: async () => {}, deletePassword: async () => true };
    await expect(openSecretStore({ load: async () => silent, probeTimeoutMs: 50 })).rejects.toThrow(/did not answer/);
  });
});
