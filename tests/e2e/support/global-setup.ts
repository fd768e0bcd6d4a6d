import type { MongoMemoryServer } from 'mongodb-memory-server-core';

/**
 * The server the web-mode app talks to: MONGODB_URI when set (CI's stand-in),
 * else a real mongod from mongodb-memory-server for the whole run.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  let server: MongoMemoryServer | undefined;
  if (!process.env.MONGODB_URI) {
    const { MongoMemoryServer } = await import('mongodb-memory-server-core');
    server = await MongoMemoryServer.create();
    process.env.MONGODB_URI = server.getUri();
  }
  return async () => {
    await server?.stop();
  };
}
