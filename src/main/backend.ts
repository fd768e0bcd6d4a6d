import type { SystemStatus } from '@shared/contract';
import { ConnectionManager, type ConnectionTarget } from './db/connection-manager';
import { EmbeddedServer } from './db/embedded-server';
import { ensureIndexes } from './db/ensure-indexes';
import { EventHub } from './events';
import { createHandlers } from './ipc/handlers';
import { createRouter, type Router } from './ipc/router';
import type { Logger } from './logger';
import { registerModels, type Models } from './models';
import { createSystemService } from './services/system-service';

export interface BackendOptions {
  mode: SystemStatus['mode'];
  appVersion: string;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  logger: Logger;
  /** `MONGODB_URI` wins over the embedded server when set. */
  env?: NodeJS.ProcessEnv;
}

/** Everything behind the transports: database, services, router, events. */
export interface Backend {
  router: Router;
  database: ConnectionManager;
  models: Models;
  events: EventHub;
  start(): void;
  stop(): Promise<void>;
}

export function createBackend(options: BackendOptions): Backend {
  const env = options.env ?? process.env;
  const configuredUri = env.MONGODB_URI?.trim();
  const embedded = configuredUri ? undefined : new EmbeddedServer(options.dataDir, options.logger);

  const resolveTarget = async (): Promise<ConnectionTarget> =>
    configuredUri ? { uri: configuredUri, source: 'environment' } : { uri: await embedded!.uri(), source: 'embedded' };

  const database = new ConnectionManager({
    resolveTarget,
    pendingTarget: configuredUri
      ? { source: 'environment', label: 'MONGODB_URI' }
      : { source: 'embedded', label: 'embedded database' },
    logger: options.logger,
    prepare: async (_connection, capabilities) => {
      await ensureIndexes(models, capabilities, options.logger);
    },
  });
  // Registered before the connection opens; queries wait for nothing (bufferCommands is off).
  const models = registerModels(database.connection);

  const system = createSystemService({ appVersion: options.appVersion, mode: options.mode, database });
  const router = createRouter(createHandlers({ system }), options.logger);
  const events = new EventHub();
  database.onStateChange(() => events.emit('system.status', system.status()));

  return {
    router,
    database,
    models,
    events,
    start: () => database.start(),
    async stop() {
      await database.stop();
      await embedded?.stop();
    },
  };
}
