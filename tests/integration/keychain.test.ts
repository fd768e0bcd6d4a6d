import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openSecretStore } from '../../src/main/secrets';
import { FIELD_KEY_ACCOUNT, loadFieldKey } from '../../src/main/secrets/field-key';

const SKIP_REASON = 'needs the OS keychain (Secret Service over D-Bus), which is not running here';

/**
 * macOS and Windows always have their keychain. On Linux a Secret Service
 * must own (or be activatable as) org.freedesktop.secrets on the session bus.
 */
function secretServiceReachable(): boolean {
  if (process.platform !== 'linux') return true;
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) return false;
  const ask = (method: string, ...args: string[]) =>
    spawnSync(
      'dbus-send',
      ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', `org.freedesktop.DBus.${method}`, ...args],
      { encoding: 'utf8', timeout: 5_000 },
    );
  const owner = ask('NameHasOwner', 'string:org.freedesktop.secrets');
  if (owner.error || owner.status !== 0) return false;
  if (/boolean true/.test(owner.stdout)) return true;
  return ask('ListActivatableNames').stdout.includes('"org.freedesktop.secrets"');
}

const reachable = secretServiceReachable();
// A service name of its own, so the test never reads or deletes the app's real entries.
const service = `Backroom-test-${randomBytes(4).toString('hex')}`;

describe('OS keychain (real Secret Service via keytar)', () => {
  it('stores, reads and deletes a secret', async (ctx) => {
    if (!reachable) ctx.skip(SKIP_REASON);
    const store = await openSecretStore({ service });
    const account = 'integration-test';
    const value = `secret-${randomBytes(8).toString('hex')}`;

    expect(await store.get(account)).toBeNull();
    await store.set(account, value);
    expect(await store.get(account)).toBe(value);
    expect(await store.delete(account)).toBe(true);
    expect(await store.get(account)).toBeNull();
    expect(await store.delete(account)).toBe(false);
  });

  it('keeps the field encryption key there, created once and reused', async (ctx) => {
    if (!reachable) ctx.skip(SKIP_REASON);
    const store = await openSecretStore({ service });
    try {
      const first = await loadFieldKey(store, {});
      expect(first).toHaveLength(32);
      expect((await loadFieldKey(store, {})).equals(first)).toBe(true);
      expect(await store.get(FIELD_KEY_ACCOUNT)).toBe(first.toString('base64'));
    } finally {
      await store.delete(FIELD_KEY_ACCOUNT);
    }
  });
});
