import { AppError } from '../errors';
import type { AuditLog } from '../audit/audit-log';
import type { AuthService } from '../services/auth-service';
import type { DashboardService } from '../services/dashboard/dashboard-service';
import type { DatabaseSettingsService } from '../services/database-settings-service';
import type { SetupService } from '../services/setup-service';
import type { StaffService } from '../services/staff-service';
import type { SystemService } from '../services/system-service';
import type { SettingsFile } from '../settings/settings-file';
import type { Session } from '../auth/session-manager';
import type { CallContext, Handlers } from './router';

export interface Services {
  system: SystemService;
  auth: AuthService;
  setup: SetupService;
  databaseSettings: DatabaseSettingsService;
  settings: SettingsFile;
  staff: StaffService;
  auditLog: () => AuditLog;
  dashboard: DashboardService;
}

/** The signed-in member; the router has already refused calls without one. */
function member(context: CallContext): Session {
  if (!context.session) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return context.session;
}

/** Binds each channel of the contract to the service method that answers it. */
export function createHandlers(services: Services): Handlers {
  return {
    'system.ping': (input) => services.system.ping(input.echo),
    'system.status': () => services.system.status(),

    'auth.session': (_input, context) => services.auth.session(context.sessionKey),
    'auth.signIn': (input, context) => services.auth.signIn(input, context.sessionKey, context.audit),
    'auth.signOut': (_input, context) => services.auth.signOut(context.sessionKey),
    'auth.changePassword': (input, context) => services.auth.changePassword(input, context.sessionKey, member(context).userId, context.audit),

    'setup.status': () => services.setup.status(),
    'setup.createAdmin': (input, context) => services.setup.createAdmin(input, context.sessionKey, context.audit),
    'settings.database.test': (input) => services.databaseSettings.test(input.uri),
    'settings.database.save': (input, context) => services.databaseSettings.save(input, context.audit),
    'settings.session.get': async () => ({ idleTimeoutMinutes: (await services.settings.read()).idleTimeoutMinutes }),
    'settings.session.save': async (input, context) => {
      const before = await services.settings.read();
      const after = await services.settings.update((settings) => ({ ...settings, idleTimeoutMinutes: input.idleTimeoutMinutes }));
      context.audit.record({ collection: 'settings', targetId: 'session', before: { idleTimeoutMinutes: before.idleTimeoutMinutes }, after: { idleTimeoutMinutes: after.idleTimeoutMinutes } });
      return { idleTimeoutMinutes: after.idleTimeoutMinutes };
    },

    'staff.list': (input) => services.staff.list(input),
    'staff.create': (input, context) => services.staff.create(input, context.audit),
    'staff.update': (input, context) => services.staff.update(input, context.audit),
    'staff.resetPassword': (input, context) => services.staff.resetPassword(input, context.audit),

    'audit.list': ({ cursor, limit, ...filters }) => services.auditLog().list(filters, { cursor, limit }),
    'audit.export': (filters) => services.auditLog().exportCsv(filters),

    'dashboard.summary': (_input, context) => services.dashboard.summary(member(context)),
  };
}
