import type { SystemStatus } from '@shared/contract';
import { createAuditLog } from './audit/audit-log';
import { createLoginThrottle } from './auth/login-throttle';
import { registerLoginThrottleModel } from './auth/login-throttle.model';
import { SessionManager } from './auth/session-manager';
import { ConnectionManager } from './db/connection-manager';
import { EmbeddedServer } from './db/embedded-server';
import { ensureIndexes } from './db/ensure-indexes';
import { EventHub } from './events';
import { createHandlers } from './ipc/handlers';
import { createRouter, type Router } from './ipc/router';
import { toErrorShape } from './ipc/error-mapping';
import type { Logger } from './logger';
import { registerModels, type Models } from './models';
import { openSecretStore } from './secrets';
import type { SecretStore } from './secrets/secret-store';
import { createAuthService } from './services/auth-service';
import { JobRunner } from './jobs/job-runner';
import { createBulkService } from './services/catalog/bulk-service';
import { createCategoryService } from './services/catalog/category-service';
import { createCatalogCsvService } from './services/catalog/csv/csv-service';
import { createProductService } from './services/catalog/product-service';
import { createDashboardService } from './services/dashboard/dashboard-service';
import { createDatabaseSettingsService } from './services/database-settings-service';
import { createSetupService } from './services/setup-service';
import { createStaffService } from './services/staff-service';
import { createSystemService } from './services/system-service';
import { SettingsFile } from './settings/settings-file';

export interface BackendOptions {
  mode: SystemStatus['mode'];
  appVersion: string;
  /** Where the embedded database, settings and backups live. */
  dataDir: string;
  logger: Logger;
  /** `MONGODB_URI` wins over the saved choice and the embedded server when set. */
  env?: NodeJS.ProcessEnv;
  /** The OS keychain; tests may pass another store. */
  openSecrets?: () => Promise<SecretStore>;
}

/** Everything behind the transports: database, services, sessions, router, events. */
export interface Backend {
  router: Router;
  database: ConnectionManager;
  models: Models;
  sessions: SessionManager;
  events: EventHub;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createBackend(options: BackendOptions): Backend {
  const env = options.env ?? process.env;
  const environmentUri = env.MONGODB_URI?.trim() || undefined;
  const settings = new SettingsFile(options.dataDir);
  const embedded = new EmbeddedServer(options.dataDir, options.logger);
  const sessions = new SessionManager(() => settings.current().idleTimeoutMinutes);

  const databaseSettings = createDatabaseSettingsService({
    environmentUri,
    settings,
    openSecrets: options.openSecrets ?? openSecretStore,
    embeddedUri: () => embedded.uri(),
    reconnect: async () => {
      // Another database has other accounts: everyone signs in again.
      sessions.endAll();
      setup.forgetAdmin();
      await database.stop();
      if (settings.current().database.mode !== 'embedded') await embedded.stop();
      await database.restart();
    },
  });

  const database: ConnectionManager = new ConnectionManager({
    resolveTarget: () => databaseSettings.resolveTarget(),
    pendingTarget: () => {
      if (environmentUri) return { source: 'environment', label: 'MONGODB_URI' };
      return settings.current().database.mode === 'custom' ? { source: 'custom', label: 'saved database' } : { source: 'embedded', label: 'embedded database' };
    },
    logger: options.logger,
    prepare: async (_connection, capabilities) => {
      await ensureIndexes({ ...models, AuditLog: auditLog.model, LoginThrottle: throttleModel }, capabilities, options.logger);
    },
  });
  // Registered before the connection opens; with bufferCommands off nothing waits on them.
  const models = registerModels(database.connection);
  const auditLog = createAuditLog(database.connection);
  const throttleModel = registerLoginThrottleModel(database.connection);
  const throttle = createLoginThrottle(throttleModel);

  /** The models, once the database answers; UNAVAILABLE until then. */
  const liveModels = (): Models => {
    database.requireConnection();
    return models;
  };

  const events = new EventHub();
  const jobs = new JobRunner((job) => events.emit('jobs.progress', job), options.logger);
  const textSearch = (): { textSearch: boolean } => {
    const state = database.getState();
    return { textSearch: state.status === 'connected' && state.capabilities.textSearch };
  };

  const products = createProductService({
    models: liveModels,
    capabilities: textSearch,
    lastChangedBy: (collection, targetId) => auditLog.lastChange(collection, targetId),
  });

  const system = createSystemService({ appVersion: options.appVersion, mode: options.mode, database });
  const setup = createSetupService({
    models: liveModels,
    connected: () => database.getState().status === 'connected',
    sessions,
    databaseChoice: () => databaseSettings.choice(),
  });
  const auth = createAuthService({
    models: liveModels,
    sessions,
    throttle: () => (database.requireConnection(), throttle),
    idleTimeoutMinutes: () => settings.current().idleTimeoutMinutes,
  });
  const staff = createStaffService({ models: liveModels, sessions, throttle: () => throttle });

  const router = createRouter({
    handlers: createHandlers({
      system,
      auth,
      setup,
      databaseSettings,
      settings,
      staff,
      auditLog: () => (database.requireConnection(), auditLog),
      dashboard: createDashboardService({ models: liveModels }),
      categories: createCategoryService({ models: liveModels }),
      products,
      bulk: createBulkService({
        models: liveModels,
        capabilities: textSearch,
        jobs,
        audit: (actor, records) => auditLog.write({ actor, channel: 'catalog.bulk.start', records }),
      }),
      catalogCsv: createCatalogCsvService({
        models: liveModels,
        capabilities: textSearch,
        jobs,
        // Imports save through the same rules as the editor.
        products,
        audit: (actor, records) => auditLog.write({ actor, channel: 'catalog.csv.apply', records }),
        describeError: (error) => toErrorShape(error, options.logger),
        dataDir: options.dataDir,
      }),
      jobs,
    }),
    logger: options.logger,
    sessions,
    isSetupOpen: () => setup.isOpen(),
    auditLog,
  });
  database.onStateChange(() => events.emit('system.status', system.status()));

  return {
    router,
    database,
    models,
    sessions,
    events,
    async start() {
      await settings.read();
      database.start();
    },
    async stop() {
      await database.stop();
      await embedded.stop();
    },
  };
}
