import { expect, test } from '@playwright/test';
import { createFirstAdmin } from './commands/auth';
import { selectors } from './selectors';
import { saveScreenshot } from './support/screenshots';
import { launchWebMode, type WebMode } from './support/web-mode';

let app: WebMode;

test.beforeAll(async ({ browser }) => {
  app = await launchWebMode({ mongoUri: process.env.MONGODB_URI!, database: `e2e_shell_${Date.now()}` });
  // Web mode has one session per launch token: every page of this file is signed in as this admin.
  const page = await browser.newPage();
  await createFirstAdmin(page, app.launchUrl);
  await page.close();
});

test.afterAll(async () => {
  await app?.stop();
});

test('opens the shell with navigation and the live database state', async ({ page }) => {
  await page.goto(app.launchUrl);
  await expect(selectors.pageTitle(page)).toHaveText('Dashboard');
  // The token leaves the address bar once read.
  await expect(page).not.toHaveURL(/token=/);

  const labels = ['Dashboard', 'Catalog', 'Inventory', 'Orders', 'Reviews', 'Customers', 'Staff', 'Audit log', 'Settings'];
  for (const label of labels) await expect(selectors.navLink(page, label)).toBeVisible();

  const status = selectors.statusBar(page);
  await expect(status).toHaveAttribute('data-state', 'connected');
  await expect(status).toContainText(/Connected to 127\.0\.0\.1:\d+\/e2e_shell_\d+ · MongoDB \d/);
  await expect(status).not.toContainText('mongodb://');
  await saveScreenshot(page, 'shell-dashboard');
});

test('every section opens; unbuilt ones say so plainly', async ({ page }) => {
  await page.goto(app.launchUrl);
  for (const label of ['Inventory', 'Orders', 'Reviews', 'Customers']) {
    await selectors.navLink(page, label).click();
    await expect(selectors.pageTitle(page)).toHaveText(label);
    await expect(page.getByText('Not built yet.')).toBeVisible();
    await expect(selectors.navLink(page, label)).toHaveAttribute('aria-current', 'page');
  }
  await saveScreenshot(page, 'shell-placeholder-customers');
});

test('settings shows the connection and the server features', async ({ page }) => {
  await page.goto(app.launchUrl);
  await selectors.navLink(page, 'Settings').click();
  const table = page.getByRole('table', { name: 'Database connection' });
  await expect(table).toContainText('MONGODB_URI environment variable');
  await expect(table).toContainText('Full-text search:');
  await expect(table).toContainText('Transactions:');
  await saveScreenshot(page, 'shell-settings');
});

test('navigation works from the keyboard alone', async ({ page }) => {
  await page.goto(app.launchUrl);
  await expect(selectors.pageTitle(page)).toHaveText('Dashboard');
  await selectors.navLink(page, 'Dashboard').focus();
  await page.keyboard.press('Tab');
  await expect(selectors.navLink(page, 'Catalog')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(selectors.pageTitle(page)).toHaveText('Catalog');
});

test('dark mode follows the operating system', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(app.launchUrl);
  await expect(selectors.pageTitle(page)).toHaveText('Dashboard');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(18, 18, 18)');
  await saveScreenshot(page, 'shell-dark');
  await context.close();
});

test('without the launch token the page explains what to open', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.getByText('This page needs its access token')).toBeVisible();
  await saveScreenshot(page, 'web-missing-token');
});
