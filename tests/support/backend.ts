import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createBackend, type Backend } from '../../src/main/backend';
import { createConsoleLogger, silentLogger } from '../../src/main/logger';
import type { SecretStore } from '../../src/main/secrets/secret-store';

/** The run's server URI with a database name of our own in its path. */
export function uriWithDatabase(uri: string, database: string): string {
  const url = new URL(uri);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A keychain stand-in for tests that exercise other things; the real keychain has its own test. */
export function memorySecretStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    get: async (account) => values.get(account) ?? null,
    set: async (account, value) => void values.set(account, value),
    delete: async (account) => values.delete(account),
  };
}

export interface TestBackend {
  backend: Backend;
  databaseName: string;
  call(channel: string, input?: unknown, sessionKey?: string): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string; fields?: Record<string, string> } }>;
  dispose(): Promise<void>;
}

/** The whole backend (router, services, sessions) on a fresh database of the run's server. */
export async function startTestBackend(label: string): Promise<TestBackend> {
  const databaseName = `backroom_test_${label}_${randomBytes(4).toString('hex')}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'backroom-backend-'));
  const backend = createBackend({
    mode: 'web',
    appVersion: 'test',
    dataDir,
    // BACKROOM_TEST_LOG=1 shows the backend's log while debugging a test.
    logger: process.env.BACKROOM_TEST_LOG ? createConsoleLogger('test-backend') : silentLogger,
    env: { MONGODB_URI: uriWithDatabase(inject('mongoUri'), databaseName) },
    openSecrets: async () => memorySecretStore(),
  });
  await backend.start();
  await backend.database.waitUntilConnected(30_000);
  return {
    backend,
    databaseName,
    call: (channel, input = {}, sessionKey = 'web') =>
      backend.router.call(channel, input, { transport: 'http', sessionKey }) as ReturnType<TestBackend['call']>,
    async dispose() {
      await backend.database.connection.dropDatabase().catch(() => undefined);
      await backend.stop();
    },
  };
}
