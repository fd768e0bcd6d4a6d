import type { TestProject } from 'vitest/node';
import type { MongoMemoryServer } from 'mongodb-memory-server-core';
import { createOdm } from '../../src/main/db/odm';
import { probeCapabilities } from '../../src/main/db/capabilities';
import type { Capabilities } from '../../src/shared/contract';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
    capabilities: Capabilities;
  }
}

let memoryServer: MongoMemoryServer | undefined;

/**
 * Finds the test server once per run: MONGODB_URI when set (CI points it at
 * the stand-in), else a real mongod from mongodb-memory-server. Then probes
 * which optional features it has, so tests can skip by capability name.
 */
export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.MONGODB_URI;
  if (!uri) {
    const { MongoMemoryServer } = await import('mongodb-memory-server-core');
    memoryServer = await MongoMemoryServer.create();
    uri = memoryServer.getUri();
  }
  const odm = createOdm();
  const connection = await odm.createConnection(uri, { dbName: 'backroom_test_probe', serverSelectionTimeoutMS: 10_000 }).asPromise();
  try {
    const capabilities = await probeCapabilities(connection.db!);
    project.provide('mongoUri', uri);
    project.provide('capabilities', capabilities);
  } finally {
    await connection.close();
  }
}

export async function teardown(): Promise<void> {
  await memoryServer?.stop();
}
