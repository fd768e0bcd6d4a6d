import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { uriWithDatabase } from './support/web-mode';

/** The path `require('electron')` gives when its binary was downloaded at install. */
function electronBinary(): string | undefined {
  try {
    const path = require('electron') as unknown as string;
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

test('the desktop window opens on the first-run setup of a fresh database', async () => {
  const executablePath = electronBinary();
  test.skip(!executablePath, 'needs the Electron binary, which was not downloaded here (ELECTRON_SKIP_BINARY_DOWNLOAD=1)');
  const app = await electron.launch({
    executablePath,
    args: [join(__dirname, '../../out/main/index.js')],
    env: { ...process.env, MONGODB_URI: uriWithDatabase(process.env.MONGODB_URI!, `e2e_electron_${Date.now()}`) },
  });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { level: 1 })).toHaveText('Set up Backroom', { timeout: 60_000 });
  await expect(window.getByTestId('db-status')).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });
  const isolated = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined');
  expect(isolated).toBe(true);
  await app.close();
});
