import { describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../src/shared/contract';
import type { StaffRole } from '../../src/shared/permissions';
import { SessionManager } from '../../src/main/auth/session-manager';
import { createRouter, type Handlers } from '../../src/main/ipc/router';
import { silentLogger } from '../../src/main/logger';
import { SAMPLE_INPUTS } from '../support/channel-samples';

/**
 * The documented permission matrix (README, "Roles and permissions"), written
 * out by hand so a wrong permission in the contract fails here:
 * - anyone: answers before sign-in;
 * - setup: anyone while no admin exists (or the database is away), else admins;
 * - staff: any signed-in staff member;
 * - catalog: admins and sellers (sellers limited to their own products by the services);
 * - admin: admins only.
 */
type Access = 'anyone' | 'setup' | 'staff' | 'catalog' | 'admin';

const MATRIX: Record<ChannelName, Access> = {
  'system.ping': 'anyone',
  'system.status': 'anyone',
  'auth.session': 'anyone',
  'auth.signIn': 'anyone',
  'setup.status': 'anyone',
  'auth.signOut': 'staff',
  'auth.changePassword': 'staff',
  'dashboard.summary': 'staff',
  'files.read': 'staff',
  'jobs.get': 'staff',
  'jobs.cancel': 'staff',
  'setup.createAdmin': 'setup',
  'settings.database.test': 'setup',
  'settings.database.save': 'setup',
  'settings.session.get': 'admin',
  'settings.session.save': 'admin',
  'staff.list': 'admin',
  'staff.create': 'admin',
  'staff.update': 'admin',
  'staff.resetPassword': 'admin',
  'audit.list': 'admin',
  'audit.export': 'admin',
  'catalog.categories.list': 'catalog',
  'catalog.categories.create': 'admin',
  'catalog.categories.update': 'admin',
  'catalog.categories.move': 'admin',
  'catalog.categories.reorder': 'admin',
  'catalog.categories.delete': 'admin',
  'catalog.products.list': 'catalog',
  'catalog.products.brands': 'catalog',
  'catalog.products.get': 'catalog',
  'catalog.products.checkUnique': 'catalog',
  'catalog.products.create': 'catalog',
  'catalog.products.update': 'catalog',
  'catalog.products.duplicate': 'catalog',
  'catalog.products.dependents': 'catalog',
  'catalog.products.delete': 'catalog',
  'catalog.bulk.preview': 'catalog',
  'catalog.bulk.start': 'catalog',
  'catalog.csv.template': 'catalog',
  'catalog.csv.export': 'catalog',
  'catalog.csv.upload': 'catalog',
  'catalog.csv.analyze': 'catalog',
  'catalog.csv.apply': 'catalog',
  'catalog.csv.report': 'catalog',
};

type Caller = 'signed out' | StaffRole;
type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN';

function expected(access: Access, caller: Caller, setupOpen: boolean): Outcome {
  if (access === 'anyone') return 'allowed';
  if (access === 'setup' && setupOpen) return 'allowed';
  if (caller === 'signed out') return 'UNAUTHENTICATED';
  if (access === 'staff') return 'allowed';
  if (access === 'catalog') return 'allowed';
  return caller === 'admin' ? 'allowed' : 'FORBIDDEN';
}

// Handlers that only say they were reached: this test is about who gets through.
const reached = Object.fromEntries(channelNames.map((channel) => [channel, () => ({ reached: channel })])) as unknown as Handlers;

function routerFor(caller: Caller, setupOpen: boolean) {
  const sessions = new SessionManager(() => 15);
  if (caller !== 'signed out') {
    sessions.start('key', { userId: 'a'.repeat(24), email: `${caller}@shop.test`, firstName: 'Pat', lastName: 'Lee', role: caller, avatar: null, mustChangePassword: false });
  }
  return createRouter({ handlers: reached, logger: silentLogger, sessions, isSetupOpen: async () => setupOpen });
}

async function outcome(caller: Caller, channel: ChannelName, setupOpen: boolean): Promise<Outcome | string> {
  const result = await routerFor(caller, setupOpen).call(channel, SAMPLE_INPUTS[channel], { transport: 'http', sessionKey: 'key' });
  if (result.ok) return 'allowed';
  return result.error.code === 'UNAUTHENTICATED' || result.error.code === 'FORBIDDEN' ? result.error.code : `${result.error.code}: ${result.error.message}`;
}

describe('permission matrix', () => {
  const callers: Caller[] = ['signed out', 'seller', 'admin'];

  it('documents every channel', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...channelNames].sort());
  });

  for (const setupOpen of [false, true]) {
    describe(setupOpen ? 'while setup is open (no admin yet)' : 'once an admin exists', () => {
      it.each(channelNames.flatMap((channel) => callers.map((caller) => [channel, caller] as const)))('%s as %s', async (channel, caller) => {
        expect(await outcome(caller, channel, setupOpen)).toBe(expected(MATRIX[channel], caller, setupOpen));
      });
    });
  }
});
