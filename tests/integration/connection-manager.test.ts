import { afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { DatabaseState } from '../../src/shared/contract';
import { ConnectionManager } from '../../src/main/db/connection-manager';
import { silentLogger } from '../../src/main/logger';
import { freePort, startDisposableServer, type DisposableServer } from '../support/disposable-server';

function waitForState(manager: ConnectionManager, status: DatabaseState['status'], timeoutMs = 30_000): Promise<DatabaseState> {
  if (manager.getState().status === status) return Promise.resolve(manager.getState());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still ${JSON.stringify(manager.getState())}, wanted ${status}`)), timeoutMs);
    const unsubscribe = manager.onStateChange((state) => {
      if (state.status !== status) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(state);
    });
  });
}

describe('ConnectionManager', () => {
  let manager: ConnectionManager | undefined;
  let server: DisposableServer | undefined;

  afterEach(async () => {
    await manager?.stop();
    await server?.stop();
    manager = undefined;
    server = undefined;
  });

  it('connects to the configured server and reports version and capabilities', async () => {
    const uri = inject('mongoUri');
    manager = new ConnectionManager({
      resolveTarget: async () => ({ uri, source: 'environment' }),
      pendingTarget: () => ({ source: 'environment', label: 'MONGODB_URI' }),
      logger: silentLogger,
    });
    const seen: string[] = [];
    manager.onStateChange((state) => seen.push(state.status));
    manager.start();
    const state = await waitForState(manager, 'connected');
    expect(seen[0]).toBe('connecting');
    if (state.status !== 'connected') throw new Error('unreachable');
    expect(state.serverVersion).toMatch(/^\d+\.\d+/);
    expect(Object.keys(state.capabilities).sort()).toEqual(['changeStreams', 'dateTrunc', 'textSearch', 'transactions']);
    expect(state.target).not.toContain('@');
    expect(() => manager!.requireConnection()).not.toThrow();
  });

  it('reports a failure with its reason when nothing listens, and keeps retrying', async () => {
    const port = await freePort();
    manager = new ConnectionManager({
      resolveTarget: async () => ({ uri: `mongodb://user:secret@127.0.0.1:${port}/shop?directConnection=true`, source: 'environment' }),
      pendingTarget: () => ({ source: 'environment', label: 'MONGODB_URI' }),
      logger: silentLogger,
      serverSelectionTimeoutMS: 1_000,
      retryDelayMs: () => 300,
    });
    manager.start();
    const failed = await waitForState(manager, 'failed');
    if (failed.status !== 'failed') throw new Error('unreachable');
    expect(failed.error).toMatch(/ECONNREFUSED|connect|Server selection/i);
    expect(failed.retryAt).not.toBeNull();
    expect(JSON.stringify(failed)).not.toContain('secret');
    expect(failed.target).toBe(`127.0.0.1:${port}/shop`);
    expect(() => manager!.requireConnection()).toThrow(/failed/);
    const retry = await waitForState(manager, 'connecting');
    expect(retry.status === 'connecting' && retry.attempt).toBeGreaterThan(1);
  });

  it('shows the loss of a running server and reconnects when it comes back', async () => {
    server = await startDisposableServer();
    manager = new ConnectionManager({
      resolveTarget: async () => ({ uri: server!.uri, source: 'environment' }),
      pendingTarget: () => ({ source: 'environment', label: 'MONGODB_URI' }),
      logger: silentLogger,
      serverSelectionTimeoutMS: 2_000,
      retryDelayMs: () => 300,
    });
    manager.start();
    await waitForState(manager, 'connected');

    await server.stop();
    const lost = await waitForState(manager, 'disconnected');
    expect(lost.status).toBe('disconnected');

    await server.start();
    await waitForState(manager, 'connected', 45_000);
    await manager.connection.db!.collection('after_restart').insertOne({ ok: true });
  }, 120_000);
});
