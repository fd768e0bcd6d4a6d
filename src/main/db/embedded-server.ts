import { mkdir } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { existsSync } from 'node:fs';
import type { MongoMemoryServer } from 'mongodb-memory-server-core';
import type { Logger } from '../logger';

/** A `mongod` on the PATH, which is used instead of downloading one. */
function mongodOnPath(): string | undefined {
  const names = process.platform === 'win32' ? ['mongod.exe'] : ['mongod'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The embedded database: a real `mongod` run by mongodb-memory-server with its
 * data under the app's data folder, so it survives restarts. The binary is
 * downloaded once and cached, unless MONGOMS_SYSTEM_BINARY or a `mongod` on the
 * PATH is there to use.
 */
export class EmbeddedServer {
  private server: MongoMemoryServer | undefined;
  private starting: Promise<string> | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly logger: Logger,
  ) {}

  /** Starts the server once and returns its URI; later calls reuse it. */
  uri(): Promise<string> {
    this.starting ??= this.startServer().catch((error: unknown) => {
      this.starting = undefined;
      throw error;
    });
    return this.starting;
  }

  private async startServer(): Promise<string> {
    const dbPath = join(this.dataDir, 'mongod');
    await mkdir(dbPath, { recursive: true });
    const systemBinary = process.env.MONGOMS_SYSTEM_BINARY ?? mongodOnPath();
    this.logger.info(`Starting the embedded database in ${dbPath}${systemBinary ? ` with ${systemBinary}` : ''}`);
    const { MongoMemoryServer } = await import('mongodb-memory-server-core');
    this.server = await MongoMemoryServer.create({
      instance: { dbPath, storageEngine: 'wiredTiger', ip: '127.0.0.1' },
      binary: {
        ...(systemBinary ? { systemBinary } : {}),
        downloadDir: join(this.dataDir, 'mongodb-binaries'),
      },
    });
    return this.server.getUri('backroom');
  }

  /** Shuts `mongod` down cleanly and keeps its data. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.starting = undefined;
    if (server) await server.stop({ doCleanup: false, force: false });
  }
}
