import { AppError } from '../errors';
import type { AuditLog } from '../audit/audit-log';
import type { AuthService } from '../services/auth-service';
import type { BulkService } from '../services/catalog/bulk-service';
import type { CategoryService } from '../services/catalog/category-service';
import type { CatalogCsvService } from '../services/catalog/csv/csv-service';
import type { ProductService } from '../services/catalog/product-service';
import type { DashboardService } from '../services/dashboard/dashboard-service';
import type { DatabaseSettingsService } from '../services/database-settings-service';
import type { SetupService } from '../services/setup-service';
import type { StaffService } from '../services/staff-service';
import type { SystemService } from '../services/system-service';
import type { SettingsFile } from '../settings/settings-file';
import type { Session } from '../auth/session-manager';
import type { JobRunner } from '../jobs/job-runner';
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
  categories: CategoryService;
  products: ProductService;
  bulk: BulkService;
  catalogCsv: CatalogCsvService;
  jobs: JobRunner;
}

/** The signed-in member; the router has already refused calls without one. */
function member(context: CallContext): Session {
  if (!context.session) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return context.session;
}

/**
 * Services name fields of the product itself (`sku`); the channel's input has
 * them under `product`, and errors always name the input path (`product.sku`).
 */
async function underField<T>(prefix: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.fields) {
      const fields = Object.fromEntries(Object.entries(error.fields).map(([path, message]) => [path.startsWith(`${prefix}.`) ? path : `${prefix}.${path}`, message]));
      throw new AppError(error.code, error.message, fields);
    }
    throw error;
  }
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

    'catalog.categories.list': () => services.categories.list(),
    'catalog.categories.create': (input, context) => services.categories.create(input.parent, input.category, context.audit),
    'catalog.categories.update': (input, context) => services.categories.update(input.id, input.category, context.audit),
    'catalog.categories.move': (input, context) => services.categories.move(input.id, input.parent, input.order, context.audit),
    'catalog.categories.reorder': (input, context) => services.categories.reorder(input.parent, input.ids, context.audit),
    'catalog.categories.delete': (input, context) => services.categories.remove(input.id, input.moveProductsTo, context.audit),

    'catalog.products.list': (input, context) => services.products.list(input, member(context)),
    'catalog.products.brands': (_input, context) => services.products.brands(member(context)),
    'catalog.products.get': (input, context) => services.products.get(input.id, member(context)),
    'catalog.products.checkUnique': (input) => services.products.checkUnique(input),
    'catalog.products.create': (input, context) => underField('product', services.products.create(input.product, member(context), context.audit)),
    'catalog.products.update': (input, context) =>
      underField('product', services.products.update(input.id, input.expectedUpdatedAt, input.product, member(context), context.audit)),
    'catalog.products.duplicate': (input, context) => services.products.duplicate(input.id, member(context), context.audit),
    'catalog.products.dependents': (input, context) => services.products.dependents(input.id, member(context)),
    'catalog.products.delete': (input, context) => services.products.remove(input.id, member(context), context.audit),

    'catalog.bulk.preview': (input, context) => services.bulk.preview(input.selection, input.action, member(context)),
    // The job audits each product it changes; the call itself records only that it started.
    'catalog.bulk.start': (input, context) => services.bulk.start(input.selection, input.action, member(context)),

    'catalog.csv.template': () => services.catalogCsv.template(),
    'catalog.csv.export': (input, context) => services.catalogCsv.exportProducts(input.filters, member(context)),
    'files.read': (input, context) => services.catalogCsv.readFile(input.fileId, input.offset, member(context)),
    'catalog.csv.upload': (input, context) => services.catalogCsv.upload(input, member(context)),
    'catalog.csv.analyze': (input, context) => services.catalogCsv.analyze(input.uploadId, input.mapping, member(context)),
    // Like bulk changes: the job audits each product it writes.
    'catalog.csv.apply': (input, context) => services.catalogCsv.apply(input.uploadId, input.mapping, member(context)),
    'catalog.csv.report': (input, context) => services.catalogCsv.report(input.jobId, member(context)),

    'jobs.get': ({ id, ...slice }, context) => services.jobs.read(id, member(context).userId, slice),
    'jobs.cancel': (input, context) => ({ job: services.jobs.cancel(input.id, member(context).userId) }),
  };
}
