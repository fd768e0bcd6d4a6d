import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createBackend, type Backend } from '../../src/main/backend';
import { silentLogger } from '../../src/main/logger';
import { DATABASE_URI_ACCOUNT } from '../../src/main/services/database-settings-service';
import { classifyConnectionError, testConnection } from '../../src/main/services/connection-test';
import { freePort } from '../support/disposable-server';
import { memorySecretStore, uriWithDatabase } from '../support/backend';

describe('connection test', () => {
  it('reports the server version of a reachable server', async () => {
    const result = await testConnection(inject('mongoUri'));
    expect(result).toMatchObject({ reachable: true, serverVersion: expect.stringMatching(/^\d/) });
  });

  it('says nothing listens when the port is closed', async () => {
    const result = await testConnection(`mongodb://127.0.0.1:${await freePort()}/?directConnection=true`, 1_500);
    expect(result).toMatchObject({ reachable: false, problem: 'refused' });
  });

  it('names the problem in words a person can act on', () => {
    expect(classifyConnectionError(new Error('getaddrinfo ENOTFOUND db.example.invalid')).problem).toBe('host-not-found');
    expect(classifyConnectionError(Object.assign(new Error('Authentication failed.'), { name: 'MongoServerError' })).problem).toBe('bad-credentials');
    expect(classifyConnectionError(new Error('unable to verify the first certificate')).problem).toBe('tls');
    expect(classifyConnectionError(new Error('Server selection timed out after 5000 ms')).problem).toBe('timeout');
    expect(classifyConnectionError(Object.assign(new Error('Invalid scheme, expected connection string to start with "mongodb://"'), { name: 'MongoParseError' })).problem).toBe('invalid-uri');
    const withSecret = classifyConnectionError(new Error('failed for mongodb://root:hunter2@db:27017/x'));
    expect(withSecret.message).not.toContain('hunter2');
  });
});

describe('database choice', () => {
  let backend: Backend | undefined;
  afterAll(async () => {
    await backend?.database.connection.dropDatabase().catch(() => undefined);
    await backend?.stop();
  });

  it('connects to the URI saved in the keychain, and switches live when another is saved', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'backroom-settings-'));
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ database: { mode: 'custom' } }));
    const secrets = memorySecretStore();
    const first = uriWithDatabase(inject('mongoUri'), 'backroom_test_choice_a');
    await secrets.set(DATABASE_URI_ACCOUNT, first);
    backend = createBackend({ mode: 'web', appVersion: 'test', dataDir, logger: silentLogger, env: {}, openSecrets: async () => secrets });
    await backend.start();
    await backend.database.waitUntilConnected(30_000);
    expect(backend.database.getState()).toMatchObject({ status: 'connected', source: 'custom', target: expect.stringContaining('/backroom_test_choice_a') });

    const call = (channel: string, input: unknown) => backend!.router.call(channel, input, { transport: 'http', sessionKey: 'web' });
    // No admin in this database yet: setup is open.
    expect(await call('setup.status', {})).toMatchObject({ ok: true, data: { needsAdmin: true, database: { mode: 'custom', target: expect.stringContaining('backroom_test_choice_a') } } });

    const refused = await call('settings.database.save', { mode: 'custom', uri: `mongodb://127.0.0.1:${await freePort()}/x?serverSelectionTimeoutMS=1000` });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { uri: expect.stringContaining('Nothing is listening') } } });
    expect(await secrets.get(DATABASE_URI_ACCOUNT)).toBe(first);

    const second = uriWithDatabase(inject('mongoUri'), 'backroom_test_choice_b');
    expect(await call('settings.database.save', { mode: 'custom', uri: second })).toMatchObject({ ok: true, data: { database: { mode: 'custom' } } });
    await backend.database.waitUntilConnected(30_000);
    expect(backend.database.getState()).toMatchObject({ status: 'connected', target: expect.stringContaining('/backroom_test_choice_b') });
    expect(await secrets.get(DATABASE_URI_ACCOUNT)).toBe(second);
    // The settings file names the mode only; the address stays in the keychain.
    const file = await readFile(join(dataDir, 'settings.json'), 'utf8');
    expect(JSON.parse(file)).toMatchObject({ database: { mode: 'custom' } });
    expect(file).not.toContain('mongodb://');
  });

  it('lets the person at the keyboard choose another database while the saved one cannot be reached', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'backroom-settings-'));
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ database: { mode: 'custom' } }));
    const secrets = memorySecretStore();
    await secrets.set(DATABASE_URI_ACCOUNT, `mongodb://127.0.0.1:${await freePort()}/gone?directConnection=true`);
    const stranded = createBackend({ mode: 'web', appVersion: 'test', dataDir, logger: silentLogger, env: {}, openSecrets: async () => secrets });
    await stranded.start();
    const call = (channel: string, input: unknown) => stranded.router.call(channel, input, { transport: 'http', sessionKey: 'web' });
    try {
      expect(await call('setup.status', {})).toMatchObject({ ok: true, data: { needsAdmin: null, database: { mode: 'custom' } } });
      const working = uriWithDatabase(inject('mongoUri'), 'backroom_test_choice_d');
      expect(await call('settings.database.save', { mode: 'custom', uri: working })).toMatchObject({ ok: true });
      await stranded.database.waitUntilConnected(30_000);
      expect(await call('setup.status', {})).toMatchObject({ ok: true, data: { needsAdmin: true } });
    } finally {
      await stranded.database.connection.dropDatabase().catch(() => undefined);
      await stranded.stop();
    }
  });

  it('refuses to change the database while MONGODB_URI decides it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'backroom-settings-'));
    const pinned = createBackend({ mode: 'web', appVersion: 'test', dataDir, logger: silentLogger, env: { MONGODB_URI: uriWithDatabase(inject('mongoUri'), 'backroom_test_choice_c') }, openSecrets: async () => memorySecretStore() });
    await pinned.start();
    await pinned.database.waitUntilConnected(30_000);
    const result = await pinned.router.call('settings.database.save', { mode: 'embedded' }, { transport: 'http', sessionKey: 'web' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('MONGODB_URI') } });
    await pinned.database.connection.dropDatabase();
    await pinned.stop();
  });
});
