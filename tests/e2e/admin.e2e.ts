import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { callApi } from './commands/api';
import { selectors } from './selectors';
import { saveScreenshot } from './support/screenshots';
import { launchWebMode, type WebMode } from './support/web-mode';

/**
 * The admin screens as an admin uses them: staff accounts, the audit log and
 * settings. The tests build on each other (the seller added first is changed,
 * then found in the log), so they run in order against one app.
 */
test.describe.configure({ mode: 'serial' });

const ADMIN = { firstName: 'Ada', lastName: 'Admin', email: 'ada.admin@example.com', password: 'correct horse battery staple' };
const SELLER = { firstName: 'Sam', lastName: 'Seller', email: 'sam.seller@example.com' };

let app: WebMode;

/** The first admin, made through web mode's HTTP API; it signs in the launch token's one session, which the page shares. */
async function createFirstAdmin(): Promise<void> {
  // Web mode opens before its database does.
  await expect.poll(async () => (await callApi(app, 'system.status', {})).database.status, { timeout: 30_000 }).toBe('connected');
  await callApi(app, 'setup.createAdmin', ADMIN);
}

async function open(page: Page, section: string): Promise<void> {
  await page.goto(app.launchUrl);
  await selectors.navLink(page, section).click();
  await expect(selectors.pageTitle(page)).toHaveText(section);
}

/** Waits for MUI's open and close transitions to end (spinners aside), so a screenshot shows the settled screen. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

const staffRow = (page: Page, name: string) => page.getByRole('table', { name: 'Staff' }).getByRole('row').filter({ hasText: name });

test.beforeAll(async () => {
  app = await launchWebMode({ mongoUri: process.env.MONGODB_URI!, database: `e2e_admin_${Date.now()}` });
  await createFirstAdmin();
});

test.afterAll(async () => {
  await app.stop();
});

test('staff: add a seller and see the temporary password once', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, 'Staff');
  await expect(staffRow(page, 'Ada Admin')).toContainText('you');

  await page.getByRole('button', { name: 'Add staff member' }).click();
  const form = page.getByRole('dialog', { name: 'Add staff member' });
  // Nothing typed yet: the fields say what is missing, in the contract's words.
  await form.getByRole('button', { name: 'Add staff member' }).click();
  await expect(form.getByLabel('Email')).toHaveAccessibleDescription('Must be a valid email address');
  await expect(form.getByLabel('First name')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Email').fill(SELLER.email);
  await form.getByLabel('First name').fill(SELLER.firstName);
  await form.getByLabel('Last name').fill(SELLER.lastName);
  await expect(form.getByRole('combobox', { name: 'Role', exact: true })).toHaveText('Seller');
  await form.getByRole('button', { name: 'Add staff member' }).click();

  const reveal = page.getByRole('dialog', { name: 'Sam Seller can now sign in' });
  await expect(reveal).toContainText('They will choose their own at first sign-in');
  await expect(reveal).toContainText('shown only once');
  const password = await reveal.getByLabel('Temporary password').inputValue();
  expect(password).toMatch(/^[A-Za-z0-9]{14}$/);
  await reveal.getByRole('button', { name: 'Copy' }).click();
  await expect(reveal.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
  await settled(page);
  await saveScreenshot(page, 'staff-temporary-password');
  await reveal.getByRole('button', { name: 'Done' }).click();
  await expect(reveal).toBeHidden();
  await expect(page.locator(`input[value="${password}"]`)).toHaveCount(0);
  await expect(page.getByText(password)).toHaveCount(0);

  const row = staffRow(page, 'Sam Seller');
  await expect(row).toContainText(SELLER.email);
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Must change password');
  await expect(row).toContainText('Never');

  // The same email again: refused, and what was typed stays.
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await form.getByLabel('Email').fill(SELLER.email);
  await form.getByLabel('First name').fill('Samantha');
  await form.getByLabel('Last name').fill('Again');
  await form.getByRole('button', { name: 'Add staff member' }).click();
  await expect(form.getByRole('alert')).toContainText('Another record already uses this email');
  await expect(form.getByLabel('Email')).toHaveAccessibleDescription('Already in use');
  await expect(form.getByLabel('First name')).toHaveValue('Samantha');
  await form.getByRole('button', { name: 'Cancel' }).click();

  // Search and role filter.
  await page.getByLabel('Search').fill('sam');
  await expect(staffRow(page, 'Ada Admin')).toHaveCount(0);
  await expect(staffRow(page, 'Sam Seller')).toHaveCount(1);
  await page.getByLabel('Search').fill('nobody-here');
  await expect(page.getByText('No staff match these filters.')).toBeVisible();
  await page.getByLabel('Search').fill('');
  await page.getByRole('combobox', { name: 'Role', exact: true }).click();
  await page.getByRole('option', { name: 'Admin' }).click();
  await expect(staffRow(page, 'Ada Admin')).toHaveCount(1);
  await expect(staffRow(page, 'Sam Seller')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Role', exact: true }).click();
  await page.getByRole('option', { name: 'All roles' }).click();
  await expect(staffRow(page, 'Sam Seller')).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Role', exact: true })).toHaveText('All roles');
  await settled(page);
  await saveScreenshot(page, 'staff-list');
});

test('staff: change a role, deactivate and reactivate, the last admin stays, reset a password', async ({ page }) => {
  await open(page, 'Staff');
  const sam = staffRow(page, 'Sam Seller');

  const role = page.getByRole('combobox', { name: 'Role of Sam Seller' });
  await role.click();
  await page.getByRole('option', { name: 'Admin' }).click();
  await expect(role).toHaveText('Admin');
  await role.click();
  await page.getByRole('option', { name: 'Seller' }).click();
  await expect(role).toHaveText('Seller');

  await sam.getByRole('button', { name: 'Deactivate Sam Seller' }).click();
  const deactivate = page.getByRole('dialog', { name: 'Deactivate Sam Seller?' });
  await expect(deactivate).toContainText('cannot sign in until an admin reactivates them');
  await deactivate.getByRole('button', { name: 'Deactivate' }).click();
  await expect(deactivate).toBeHidden();
  await expect(sam).toContainText('Deactivated');

  await sam.getByRole('button', { name: 'Reactivate Sam Seller' }).click();
  await page.getByRole('dialog', { name: 'Reactivate Sam Seller?' }).getByRole('button', { name: 'Reactivate' }).click();
  await expect(sam.getByText('Active', { exact: true })).toBeVisible();

  // Ada is the only active admin: the app refuses to leave it without one.
  await staffRow(page, 'Ada Admin').getByRole('button', { name: 'Deactivate Ada Admin' }).click();
  const self = page.getByRole('dialog', { name: 'Deactivate Ada Admin?' });
  await self.getByRole('button', { name: 'Deactivate' }).click();
  await expect(self.getByRole('alert')).toContainText('Ada Admin is the last active admin; make someone else an admin first');
  await settled(page);
  await saveScreenshot(page, 'staff-last-admin-refused');
  await self.getByRole('button', { name: 'Close' }).click();
  await expect(staffRow(page, 'Ada Admin').getByText('Active', { exact: true })).toBeVisible();

  // Demoting the last admin is refused the same way.
  await page.getByRole('combobox', { name: 'Role of Ada Admin' }).click();
  await page.getByRole('option', { name: 'Seller' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not change the role of Ada Admin' })).toContainText('last active admin');
  await expect(page.getByRole('combobox', { name: 'Role of Ada Admin' })).toHaveText('Admin');

  await sam.getByRole('button', { name: 'Reset password of Sam Seller' }).click();
  await page.getByRole('dialog', { name: 'Reset the password of Sam Seller?' }).getByRole('button', { name: 'Reset password' }).click();
  const reveal = page.getByRole('dialog', { name: 'New temporary password for Sam Seller' });
  await expect(reveal.getByLabel('Temporary password')).toHaveValue(/^[A-Za-z0-9]{14}$/);
  await expect(reveal).toContainText('They will choose their own at first sign-in');
  await reveal.getByRole('button', { name: 'Done' }).click();
  await expect(reveal).toBeHidden();
});

test('audit log: filter, open a change, keep the filters on reload, export CSV', async ({ page }) => {
  await open(page, 'Audit log');
  const entries = page.getByRole('table', { name: 'Audit log entries' });
  await expect(entries.getByRole('row').filter({ hasText: 'staff.create' })).toHaveCount(1);

  await page.getByRole('combobox', { name: 'Collection' }).click();
  await page.getByRole('option', { name: 'users', exact: true }).click();
  await expect(page).toHaveURL(/#\/audit\?collection=users$/);
  await expect(entries.getByRole('row').filter({ hasText: 'setup.createAdmin' })).toHaveCount(1);
  await expect(entries.getByRole('row').filter({ hasText: 'settings.' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'User' })).toHaveText('Anyone');
  await settled(page);
  await saveScreenshot(page, 'audit-list');

  // A role change, opened from the keyboard: before and after side by side.
  const roleChange = entries.getByRole('row').filter({ hasText: 'staff.update' }).last();
  await roleChange.focus();
  await page.keyboard.press('Enter');
  const diff = page.getByRole('dialog', { name: 'Changes made by staff.update' });
  const changed = diff.getByRole('table', { name: 'Changed fields' });
  await expect(changed.getByRole('row', { name: /^role/ })).toContainText('seller');
  await expect(changed.getByRole('row', { name: /^role/ })).toContainText('admin');
  await diff.getByRole('button', { name: 'Close' }).click();

  // The new account: no values before, the password never shown.
  await entries.getByRole('row').filter({ hasText: 'staff.create' }).click();
  const created = page.getByRole('dialog', { name: 'Changes made by staff.create' });
  await expect(created).toContainText('Ada Admin (ada.admin@example.com)');
  const passwordRow = created.getByRole('row', { name: /^password/ });
  await expect(passwordRow).toContainText('(none)');
  await expect(passwordRow).toContainText('[redacted]');
  await expect(created.getByRole('row', { name: /^email/ })).toContainText(SELLER.email);
  await settled(page);
  await saveScreenshot(page, 'audit-diff');
  await created.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await expect(selectors.pageTitle(page)).toHaveText('Audit log');
  await expect(page).toHaveURL(/collection=users/);
  await expect(page.getByRole('combobox', { name: 'Collection' })).toHaveText('users');
  await expect(entries.getByRole('row').filter({ hasText: 'staff.create' })).toHaveCount(1);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^backroom-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('at,actor,channel,collection,targetId,field,before,after');
  expect(lines.find((line) => line.includes('"staff.create"') && line.includes('"email"'))).toContain(`"${SELLER.email}"`);
  expect(lines.every((line) => line === '' || line.includes('"users"') || line.startsWith('at,'))).toBe(true);
  await expect(page.getByRole('alert').filter({ hasText: /Exported \d+ entries\./ })).toBeVisible();
});

test('settings: test a connection string and change the idle timeout', async ({ page }) => {
  await open(page, 'Settings');
  await expect(page.getByRole('table', { name: 'Database connection' })).toContainText('MONGODB_URI environment variable');

  const database = page.getByRole('region', { name: 'Change the database' });
  await expect(database).toContainText('MONGODB_URI is set where Backroom was started');
  await expect(database.getByRole('radio', { name: /Embedded database/ })).toBeDisabled();
  await expect(database.getByRole('button', { name: 'Save and reconnect' })).toBeDisabled();

  const uri = database.getByLabel('Connection string');
  await uri.fill('http://127.0.0.1:1');
  await database.getByRole('button', { name: 'Test connection' }).click();
  await expect(uri).toHaveAccessibleDescription('Must start with mongodb:// or mongodb+srv://');

  await uri.fill('mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=1000');
  await database.getByRole('button', { name: 'Test connection' }).click();
  await expect(database.getByRole('alert')).toContainText('Could not connect to 127.0.0.1:1', { timeout: 30_000 });
  await expect(database.getByRole('alert')).toContainText('Nothing is listening at that address and port');
  await expect(uri).toHaveValue('mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=1000');

  const session = page.getByRole('region', { name: 'Sign-out after inactivity' });
  const minutes = session.getByLabel('Idle timeout (minutes)');
  await minutes.fill('0');
  await session.getByRole('button', { name: 'Save' }).click();
  await expect(minutes).toHaveAccessibleDescription('At least 1 minute');
  await minutes.fill('30');
  await session.getByRole('button', { name: 'Save' }).click();
  await expect(session.getByRole('alert')).toContainText('Saved: staff are signed out after 30 minutes without activity.');
  // Tall enough for every section at once.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.getByRole('heading', { level: 1, name: 'Settings' }).scrollIntoViewIfNeeded();
  await settled(page);
  await saveScreenshot(page, 'settings-admin');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Sign-out after inactivity' }).getByLabel('Idle timeout (minutes)')).toHaveValue('30');
});
