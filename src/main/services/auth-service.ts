import type { StaffProfile } from '@shared/contract';
import type { AuditRecorder } from '../audit/audit-recorder';
import type { LoginThrottle } from '../auth/login-throttle';
import type { SessionManager } from '../auth/session-manager';
import { sessionFields, toStaffProfile } from '../auth/staff-profile';
import { hashPassword, verifyPassword } from '../domain/password';
import { AppError } from '../errors';
import type { Models } from '../models';

export interface AuthServiceDeps {
  models: () => Pick<Models, 'User'>;
  sessions: SessionManager;
  throttle: () => LoginThrottle;
  idleTimeoutMinutes: () => number;
}

const WRONG_CREDENTIALS = 'The email or password is not right';

/**
 * A hash to check unknown emails against, so a sign-in takes as long whether
 * or not the address has an account (made once, at the real cost).
 */
let dummyHash: Promise<string> | undefined;
function timingDecoy(): Promise<string> {
  dummyHash ??= hashPassword('backroom-timing-decoy-password');
  return dummyHash;
}

function lockedMessage(until: Date): string {
  return `Too many failed sign-ins: this account is locked until ${until.toISOString().slice(11, 16)} UTC. Try again then, or ask an admin to reset the password.`;
}

/** Sign-in, sign-out and password changes for staff. */
export function createAuthService(deps: AuthServiceDeps) {
  return {
    session(sessionKey: string): { user: StaffProfile | null; idleTimeoutMinutes: number } {
      const { session } = deps.sessions.lookup(sessionKey, false);
      return { user: session ? toStaffProfile(session) : null, idleTimeoutMinutes: deps.idleTimeoutMinutes() };
    },

    async signIn(input: { email: string; password: string }, sessionKey: string, audit: AuditRecorder): Promise<{ user: StaffProfile }> {
      const { User } = deps.models();
      const throttle = deps.throttle();
      const user = await User.findOne({ email: input.email }).select('+password').lean();
      // Always one bcrypt comparison, so the time taken says nothing about the address.
      const matches = await verifyPassword(input.password, user?.password ?? (await timingDecoy()));
      const lockedUntil = await throttle.lockedUntil(input.email);
      if (lockedUntil) throw new AppError('FORBIDDEN', lockedMessage(lockedUntil));
      if (!user || !matches) {
        const nowLocked = await throttle.recordFailure(input.email);
        if (nowLocked) throw new AppError('FORBIDDEN', lockedMessage(nowLocked));
        throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS, { password: WRONG_CREDENTIALS });
      }
      await throttle.clear(input.email);
      // Only a correct password learns why the account may not sign in.
      const fields = sessionFields(user);
      if (!user.isActive) throw new AppError('FORBIDDEN', 'This account is deactivated; ask an admin to reactivate it');

      const lastLogin = new Date();
      await User.updateOne({ _id: user._id }, { $set: { lastLogin } });
      audit.record({ collection: 'users', targetId: fields.userId, before: { lastLogin: user.lastLogin ?? null }, after: { lastLogin } });
      deps.sessions.end(sessionKey);
      return { user: toStaffProfile(deps.sessions.start(sessionKey, fields)) };
    },

    signOut(sessionKey: string): { signedOut: true } {
      deps.sessions.end(sessionKey);
      return { signedOut: true };
    },

    async changePassword(
      input: { currentPassword: string; newPassword: string },
      sessionKey: string,
      userId: string,
      audit: AuditRecorder,
    ): Promise<{ user: StaffProfile }> {
      const { User } = deps.models();
      const user = await User.findById(userId).select('+password');
      if (!user) throw new AppError('NOT_FOUND', 'Your account no longer exists');
      if (!(await user.verifyPassword(input.currentPassword))) {
        throw new AppError('VALIDATION', 'currentPassword: This is not your current password', { currentPassword: 'This is not your current password' });
      }
      if (input.currentPassword === input.newPassword) {
        throw new AppError('VALIDATION', 'newPassword: Choose a password different from the current one', { newPassword: 'Choose a password different from the current one' });
      }
      const wasTemporary = user.mustChangePassword === true;
      user.password = input.newPassword;
      user.mustChangePassword = false;
      await user.save();
      // The diff redacts password values; the entry only shows that it changed.
      audit.record({ collection: 'users', targetId: userId, before: { password: 'previous', mustChangePassword: wasTemporary }, after: { password: 'new', mustChangePassword: false } });
      deps.sessions.update(sessionKey, { mustChangePassword: false });
      const { session } = deps.sessions.lookup(sessionKey);
      if (!session) throw new AppError('UNAUTHENTICATED', 'Sign in again');
      return { user: toStaffProfile(session) };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
