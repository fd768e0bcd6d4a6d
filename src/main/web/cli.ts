import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import { defaultDataDir } from '../app/data-dir';
import { createBackend } from '../backend';
import { createConsoleLogger } from '../logger';
import { startWebServer } from './server';

/**
 * `npm run web`: Backroom in a browser. Starts the same backend as the desktop
 * app and serves the built renderer and the router on 127.0.0.1.
 *   --port N   listen on N (default: a free port)
 *   --json     print one JSON line { url, launchUrl } instead of prose (for tests)
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const logger = createConsoleLogger('web');
  const backend = createBackend({ mode: 'web', appVersion: version, dataDir: defaultDataDir(), logger });
  await backend.start();
  const server = await startWebServer({
    router: backend.router,
    events: backend.events,
    logger,
    rendererDir: join(__dirname, '../renderer'),
    port: values.port ? Number(values.port) : Number(process.env.BACKROOM_WEB_PORT ?? 0),
  });

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ url: server.url, launchUrl: server.launchUrl })}\n`);
  } else {
    process.stdout.write(`Backroom web mode is running. Open this address in your browser:\n\n  ${server.launchUrl}\n\nPress Ctrl+C to stop.\n`);
  }

  let stopping = false;
  const shutdown = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await backend.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
