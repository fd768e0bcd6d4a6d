import { describe, expect, it } from 'vitest';
import { channelNames } from '../../src/shared/contract';
import type { StaffRole } from '../../src/shared/permissions';
import type { AuditRecord } from '../../src/main/audit/audit-recorder';
import { SessionManager } from '../../src/main/auth/session-manager';
import { createRouter, type Handlers } from '../../src/main/ipc/router';
import { silentLogger } from '../../src/main/logger';

const reached: string[] = [];
const handlers = Object.fromEntries(
  channelNames.map((channel) => [
    channel,
    (_input: unknown, context: { audit: { record(r: AuditRecord): void } }) => {
      reached.push(channel);
      context.audit.record({ collection: 'users', targetId: 'x', before: { a: 1 }, after: { a: 2 } });
      return { ok: true };
    },
  ]),
) as unknown as Handlers;

function setUp(options: { setupOpen?: boolean; idleMinutes?: number } = {}) {
  let clock = 1_000_000;
  const sessions = new SessionManager(() => options.idleMinutes ?? 15, () => clock);
  const written: Array<{ channel: string; records: readonly AuditRecord[] }> = [];
  const router = createRouter({
    handlers,
    logger: silentLogger,
    sessions,
    isSetupOpen: async () => options.setupOpen ?? false,
    auditLog: { write: async (entry) => void written.push(entry) },
  });
  const signIn = (role: StaffRole, mustChangePassword = false) =>
    sessions.start('web', { userId: 'a'.repeat(24), email: `${role}@shop.test`, firstName: 'Pat', lastName: 'Lee', role, avatar: null, mustChangePassword });
  return { router, sessions, written, signIn, advance: (ms: number) => (clock += ms) };
}

const transport = { transport: 'http' as const, sessionKey: 'web' };

describe('router permissions', () => {
  it('refuses signed-in channels before sign-in with UNAUTHENTICATED', async () => {
    const { router } = setUp();
    expect(await router.call('auth.signOut', {}, transport)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Sign in to continue' } });
    expect(await router.call('staff.list', {}, transport)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('lets an admin in and keeps a seller out of staff management', async () => {
    const admin = setUp();
    admin.signIn('admin');
    expect(await admin.router.call('staff.list', {}, transport)).toMatchObject({ ok: true });

    const seller = setUp();
    seller.signIn('seller');
    expect(await seller.router.call('staff.list', {}, transport)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Your role (seller) does not allow this (staff.manage)' },
    });
  });

  it('opens setup channels to anyone only while no admin exists', async () => {
    const open = setUp({ setupOpen: true });
    expect(await open.router.call('settings.database.test', { uri: 'mongodb://127.0.0.1:1' }, transport)).toMatchObject({ ok: true });

    const closed = setUp({ setupOpen: false });
    expect(await closed.router.call('settings.database.test', { uri: 'mongodb://127.0.0.1:1' }, transport)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    closed.signIn('seller');
    expect(await closed.router.call('settings.database.test', { uri: 'mongodb://127.0.0.1:1' }, transport)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('allows only the password change while the password is temporary', async () => {
    const { router, signIn } = setUp();
    signIn('admin', true);
    expect(await router.call('staff.list', {}, transport)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('temporary') } });
    expect(await router.call('auth.changePassword', { currentPassword: 'x', newPassword: 'longenough1' }, transport)).toMatchObject({ ok: true });
  });

  it('ends an idle session and says why', async () => {
    const { router, signIn, advance } = setUp({ idleMinutes: 10 });
    signIn('admin');
    advance(9 * 60_000);
    expect(await router.call('staff.list', {}, transport)).toMatchObject({ ok: true });
    advance(11 * 60_000);
    expect(await router.call('staff.list', {}, transport)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('without activity') },
    });
  });

  it('does not count asking for the session as activity', async () => {
    const { router, signIn, advance } = setUp({ idleMinutes: 10 });
    signIn('admin');
    advance(9 * 60_000);
    expect(await router.call('auth.session', {}, transport)).toMatchObject({ ok: true });
    advance(2 * 60_000);
    expect(await router.call('staff.list', {}, transport)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('parses before it authorises, so a malformed payload is VALIDATION for anyone', async () => {
    const { router } = setUp();
    expect(await router.call('staff.list', { limit: 'all' }, transport)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { limit: expect.any(String) } } });
  });

  it('audits successful mutating calls only', async () => {
    const { router, signIn, written } = setUp();
    signIn('admin');
    reached.length = 0;
    await router.call('staff.list', {}, transport);
    await router.call('staff.resetPassword', { id: 'b'.repeat(24) }, transport);
    await router.call('staff.resetPassword', { id: 'not-an-id' }, transport);
    expect(reached).toEqual(['staff.list', 'staff.resetPassword']);
    expect(written.map((entry) => entry.channel)).toEqual(['staff.resetPassword']);
    expect(written[0]?.records).toEqual([{ collection: 'users', targetId: 'x', before: { a: 1 }, after: { a: 2 } }]);
  });
});
