import type { SystemStatus } from '@shared/contract';
import type { ConnectionManager } from '../db/connection-manager';

export interface SystemServiceDeps {
  appVersion: string;
  mode: SystemStatus['mode'];
  database: Pick<ConnectionManager, 'getState'>;
}

/** Health and status: what the status bar and Settings show. */
export function createSystemService(deps: SystemServiceDeps) {
  return {
    ping(echo?: string): { pong: true; echo?: string; at: string } {
      return echo === undefined ? { pong: true, at: new Date().toISOString() } : { pong: true, echo, at: new Date().toISOString() };
    },
    status(): SystemStatus {
      return { appVersion: deps.appVersion, mode: deps.mode, database: deps.database.getState() };
    },
  };
}

export type SystemService = ReturnType<typeof createSystemService>;
