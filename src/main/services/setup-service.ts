import type { DatabaseChoice, StaffProfile } from '@shared/contract';
import type { AuditRecorder } from '../audit/audit-recorder';
import type { SessionManager } from '../auth/session-manager';
import { sessionFields, toStaffProfile } from '../auth/staff-profile';
import { AppError } from '../errors';
import type { Models } from '../models';

export interface SetupServiceDeps {
  models: () => Pick<Models, 'User'>;
  /** Whether the database answers now. */
  connected: () => boolean;
  sessions: SessionManager;
  databaseChoice: () => Promise<DatabaseChoice>;
}

/** First run: while no admin exists, anyone at the keyboard may set the app up. */
export function createSetupService(deps: SetupServiceDeps) {
  // Once an admin exists there is always one (the last cannot be removed), so remember it.
  let adminSeen = false;

  async function needsAdmin(): Promise<boolean> {
    if (adminSeen) return false;
    adminSeen = (await deps.models().User.exists({ role: 'admin' })) !== null;
    return !adminSeen;
  }

  return {
    needsAdmin,

    /** After a database change: the new one may have no admin yet. */
    forgetAdmin(): void {
      adminSeen = false;
    },

    /** needsAdmin is null while the database cannot be reached: nobody can tell yet. */
    async status(): Promise<{ needsAdmin: boolean | null; database: DatabaseChoice }> {
      return { needsAdmin: deps.connected() ? await needsAdmin() : null, database: await deps.databaseChoice() };
    },

    /**
     * Setup channels are open on first run, and also while the database cannot
     * be reached, so the person at the keyboard can point the app at a working one.
     */
    async isOpen(): Promise<boolean> {
      return !deps.connected() || (await needsAdmin());
    },

    async createAdmin(
      input: { firstName: string; lastName: string; email: string; password: string },
      sessionKey: string,
      audit: AuditRecorder,
    ): Promise<{ user: StaffProfile }> {
      if (!(await needsAdmin())) throw new AppError('CONFLICT', 'Backroom already has an admin; sign in instead');
      const { User } = deps.models();
      const created = await User.create({ ...input, role: 'admin', isActive: true, isEmailVerified: true });
      adminSeen = true;
      const fields = sessionFields(created);
      audit.record({
        collection: 'users',
        targetId: fields.userId,
        before: null,
        after: { email: created.email, firstName: created.firstName, lastName: created.lastName, role: created.role, password: 'set' },
      });
      return { user: toStaffProfile(deps.sessions.start(sessionKey, fields)) };
    },
  };
}

export type SetupService = ReturnType<typeof createSetupService>;
