import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const WEB_ENTRY = join(__dirname, '../../../out/main/web.js');

export interface WebMode {
  url: string;
  launchUrl: string;
  stop(): Promise<void>;
}

/** The server URI with a database of our own in its path, so test files never share data. */
export function uriWithDatabase(uri: string, database: string): string {
  const url = new URL(uri);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Starts `node out/main/web.js` (the built app in web mode) against a database.
 * With `database`, the app gets that database on the server (a fresh name per file).
 */
export async function launchWebMode(options: { mongoUri: string; database?: string }): Promise<WebMode> {
  if (!existsSync(WEB_ENTRY)) throw new Error('out/main/web.js is missing: run `npm run build` before the e2e tests');
  const dataDir = await mkdtemp(join(tmpdir(), 'backroom-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [WEB_ENTRY, '--json'], {
    env: { ...process.env, MONGODB_URI: options.database ? uriWithDatabase(options.mongoUri, options.database) : options.mongoUri, BACKROOM_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));

  const first = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web mode did not start: ${stderr.join('')}`)), 30_000);
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`web mode exited with ${code}: ${stderr.join('')}`)));
  });
  const { url, launchUrl } = JSON.parse(first) as { url: string; launchUrl: string };

  return {
    url,
    launchUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
