import type { DatabaseChoice } from '@shared/contract';
import type { AuditRecorder } from '../audit/audit-recorder';
import type { ConnectionTarget } from '../db/connection-manager';
import { describeMongoUri } from '../db/redact';
import { AppError } from '../errors';
import type { SecretStore } from '../secrets/secret-store';
import type { SettingsFile } from '../settings/settings-file';
import { testConnection, type ConnectionTestResult } from './connection-test';

/** Keychain account of the custom database's connection string (it may carry credentials). */
export const DATABASE_URI_ACCOUNT = 'mongodb-uri';

export interface DatabaseSettingsDeps {
  /** MONGODB_URI from the environment, which wins over everything. */
  environmentUri: string | undefined;
  settings: SettingsFile;
  openSecrets: () => Promise<SecretStore>;
  embeddedUri: () => Promise<string>;
  /** Drops the current connection and connects again with the new choice. */
  reconnect: () => Promise<void>;
}

/** Which database the app uses: MONGODB_URI, a custom URI kept in the keychain, or the embedded one. */
export function createDatabaseSettingsService(deps: DatabaseSettingsDeps) {
  async function savedUri(): Promise<string> {
    const secrets = await deps.openSecrets();
    const uri = await secrets.get(DATABASE_URI_ACCOUNT);
    if (!uri) throw new AppError('UNAVAILABLE', 'The custom database address is missing from the OS keychain; choose the database again in Settings');
    return uri;
  }

  async function choice(): Promise<DatabaseChoice> {
    if (deps.environmentUri) return { mode: 'environment', target: describeMongoUri(deps.environmentUri) };
    const settings = await deps.settings.read();
    if (settings.database.mode === 'custom') {
      const uri = await savedUri().catch(() => undefined);
      return { mode: 'custom', target: uri ? describeMongoUri(uri) : 'address missing from the keychain' };
    }
    return { mode: 'embedded', target: 'embedded database' };
  }

  return {
    choice,

    /** What to connect to; the connection manager asks before each attempt. */
    async resolveTarget(): Promise<ConnectionTarget> {
      if (deps.environmentUri) return { uri: deps.environmentUri, source: 'environment' };
      const settings = await deps.settings.read();
      if (settings.database.mode === 'custom') return { uri: await savedUri(), source: 'custom' };
      return { uri: await deps.embeddedUri(), source: 'embedded' };
    },

    test(uri: string): Promise<ConnectionTestResult> {
      return testConnection(uri);
    },

    async save(input: { mode: 'embedded' } | { mode: 'custom'; uri: string }, audit: AuditRecorder): Promise<{ database: DatabaseChoice }> {
      if (deps.environmentUri) {
        throw new AppError('CONFLICT', 'MONGODB_URI is set in the environment and takes precedence; unset it to choose the database here');
      }
      const before = await deps.settings.read();
      if (input.mode === 'custom') {
        const result = await testConnection(input.uri);
        if (!result.reachable) throw new AppError('VALIDATION', `uri: ${result.message}`, { uri: result.message });
        await (await deps.openSecrets()).set(DATABASE_URI_ACCOUNT, input.uri);
      } else {
        const secrets = await deps.openSecrets().catch(() => undefined);
        await secrets?.delete(DATABASE_URI_ACCOUNT);
      }
      await deps.settings.update((settings) => ({ ...settings, database: { mode: input.mode } }));
      audit.record({
        collection: 'settings',
        targetId: 'database',
        before: { mode: before.database.mode },
        // The diff redacts `uri`: the entry shows that it changed, never its value.
        after: input.mode === 'custom' ? { mode: 'custom', uri: 'changed' } : { mode: 'embedded' },
      });
      await deps.reconnect();
      return { database: await choice() };
    },
  };
}

export type DatabaseSettingsService = ReturnType<typeof createDatabaseSettingsService>;
