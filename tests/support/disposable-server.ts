import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { MongoMemoryServer } from 'mongodb-memory-server-core';

const STAND_IN_DIR = join(__dirname, '../../.ci/stand-in');

/** A MongoDB server a test may stop and start again on the same port. */
export interface DisposableServer {
  uri: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The stand-in's classpath, when CI (or a developer) has fetched it. */
function standInClasspath(): string | undefined {
  if (process.env.MONGO_STANDIN_CLASSPATH) return process.env.MONGO_STANDIN_CLASSPATH;
  const file = join(STAND_IN_DIR, 'target/classpath.txt');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

function startStandIn(classpath: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-cp', classpath, join(STAND_IN_DIR, 'StandIn.java'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => reject(new Error('the stand-in did not start within 60 s')), 60_000);
    child.once('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('PORT ')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`the stand-in exited with ${code}`)));
  });
}

function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * Starts a private server for tests that take it away and bring it back:
 * the mongo-java-server stand-in when its classpath is known, else a real
 * mongod from mongodb-memory-server.
 */
export async function startDisposableServer(): Promise<DisposableServer> {
  const port = await freePort();
  const uri = `mongodb://127.0.0.1:${port}/?directConnection=true`;
  const classpath = standInClasspath();

  if (classpath) {
    let child: ChildProcess | undefined = await startStandIn(classpath, port);
    return {
      uri,
      port,
      stop: async () => {
        await stopChild(child);
        child = undefined;
      },
      start: async () => {
        child = await startStandIn(classpath, port);
      },
    };
  }

  const { MongoMemoryServer } = await import('mongodb-memory-server-core');
  const server: MongoMemoryServer = await MongoMemoryServer.create({ instance: { port, ip: '127.0.0.1' } });
  return {
    uri,
    port,
    stop: async () => {
      await server.stop({ doCleanup: false, force: true });
    },
    start: async () => {
      await server.start(true);
    },
  };
}
