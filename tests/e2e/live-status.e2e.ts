import { expect, test } from '@playwright/test';
import { startDisposableServer, type DisposableServer } from '../support/disposable-server';
import { createFirstAdmin } from './commands/auth';
import { selectors } from './selectors';
import { saveScreenshot } from './support/screenshots';
import { launchWebMode, type WebMode } from './support/web-mode';

let server: DisposableServer;
let app: WebMode;

test.beforeAll(async () => {
  server = await startDisposableServer();
  app = await launchWebMode({ mongoUri: server.uri });
});

test.afterAll(async () => {
  await app?.stop();
  await server?.stop();
});

test('the status bar follows the database going away and coming back', async ({ page }) => {
  test.setTimeout(150_000);
  await createFirstAdmin(page, app.launchUrl);
  const status = selectors.statusBar(page);
  await expect(status).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });

  await server.stop();
  await expect(status).toHaveAttribute('data-state', /disconnected|failed/, { timeout: 45_000 });
  await expect(page.getByText('The database is not connected')).toBeVisible();
  await saveScreenshot(page, 'status-disconnected');

  await server.start();
  await expect(status).toHaveAttribute('data-state', 'connected', { timeout: 60_000 });
  await saveScreenshot(page, 'status-reconnected');
});
