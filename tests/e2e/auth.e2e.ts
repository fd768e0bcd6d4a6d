import { expect, test } from '@playwright/test';
import { callApi } from './commands/api';
import { FIRST_ADMIN, fillAdminForm, openSignedInAs, signIn, signOut, type Person } from './commands/auth';
import { settle } from './commands/screen';
import { selectors } from './selectors';
import { saveScreenshot } from './support/screenshots';
import { launchWebMode, type WebMode } from './support/web-mode';

// One store from its first run on: the tests build on the admin the first one creates.
test.describe.configure({ mode: 'serial' });

const SELLER: Person = { firstName: 'Sam', lastName: 'Reyes', email: 'sam@backroom.test', password: 'sam-chooses-this-one' };

let app: WebMode;

test.beforeAll(async () => {
  app = await launchWebMode({ mongoUri: process.env.MONGODB_URI!, database: `e2e_auth_${Date.now()}` });
});

test.afterAll(async () => {
  await app?.stop();
});

test('first run: the setup wizard creates the admin, who lands signed in on the Dashboard', async ({ page }) => {
  await page.goto(app.launchUrl);
  await expect(selectors.pageTitle(page)).toHaveText('Set up Backroom', { timeout: 60_000 });
  await expect(selectors.setupStep(page, 'Database')).toBeVisible();
  await expect(page.getByText('The database is set by MONGODB_URI')).toBeVisible();
  await expect(page.getByText(/It cannot be changed here/)).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(selectors.statusBar(page)).toHaveAttribute('data-state', 'connected');
  await settle(page);
  await saveScreenshot(page, 'setup-database');
  await selectors.button(page, 'Continue').click();

  await expect(selectors.setupStep(page, 'First admin')).toBeVisible();
  await fillAdminForm(page, { ...FIRST_ADMIN, password: 'short' });
  await selectors.button(page, 'Create admin and sign in').click();
  const password = selectors.field(page, 'Password');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription('Must be at least 8 characters');
  await expect(password).toBeFocused();
  await expect(selectors.field(page, 'Email')).toHaveValue(FIRST_ADMIN.email);
  await settle(page);
  await saveScreenshot(page, 'setup-admin-error');

  await password.fill(FIRST_ADMIN.password);
  await selectors.field(page, 'Password again').fill(FIRST_ADMIN.password);
  await selectors.button(page, 'Create admin and sign in').click();
  await expect(selectors.pageTitle(page)).toHaveText('Dashboard');
  await expect(selectors.userMenuButton(page)).toHaveAccessibleName('Account: Ada Okafor, Admin');
  for (const label of ['Customers', 'Staff', 'Audit log', 'Settings']) await expect(selectors.navLink(page, label)).toBeVisible();
});

test('signing out and in again; a wrong password says so and keeps the email', async ({ page }) => {
  await openSignedInAs(page, app, FIRST_ADMIN);
  await signOut(page);
  await expect(selectors.statusBar(page)).toHaveAttribute('data-state', 'connected');
  await settle(page);
  await saveScreenshot(page, 'signin');

  await signIn(page, { email: FIRST_ADMIN.email, password: 'not the password' });
  await expect(selectors.alert(page)).toHaveText('The email or password is not right');
  await expect(selectors.field(page, 'Email')).toHaveValue(FIRST_ADMIN.email);
  const password = selectors.field(page, 'Password');
  await expect(password).toHaveValue('');
  await expect(password).toBeFocused();

  await password.fill(FIRST_ADMIN.password);
  await expect(password).toHaveAttribute('type', 'password');
  await selectors.button(page, 'Show password').click();
  await expect(password).toHaveAttribute('type', 'text');
  await expect(password).toBeFocused();
  // Enter submits.
  await page.keyboard.press('Enter');
  await expect(selectors.pageTitle(page)).toHaveText('Dashboard');
});

test('five failed sign-ins lock the account; a deactivated account is told so', async ({ page }) => {
  await openSignedInAs(page, app, FIRST_ADMIN);
  const locked = await callApi(app, 'staff.create', { email: 'casey@backroom.test', firstName: 'Casey', lastName: 'Lund', role: 'seller' });
  const gone = await callApi(app, 'staff.create', { email: 'dana@backroom.test', firstName: 'Dana', lastName: 'Pike', role: 'seller' });
  await callApi(app, 'staff.update', { id: gone.member.id, isActive: false });
  await signOut(page);

  const password = selectors.field(page, 'Password');
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await signIn(page, { email: 'casey@backroom.test', password: `wrong guess ${attempt}` });
    await expect(password).toHaveValue('');
    await expect(selectors.alert(page)).toHaveText('The email or password is not right');
  }
  await signIn(page, { email: 'casey@backroom.test', password: 'wrong guess 5' });
  await expect(selectors.alert(page)).toContainText('locked until');
  // Even the right password waits for the lock to end.
  await signIn(page, { email: 'casey@backroom.test', password: locked.temporaryPassword });
  await expect(selectors.alert(page)).toContainText('locked until');
  await expect(selectors.field(page, 'Email')).toHaveValue('casey@backroom.test');
  await settle(page);
  await saveScreenshot(page, 'signin-locked');

  await signIn(page, { email: 'dana@backroom.test', password: gone.temporaryPassword });
  await expect(selectors.alert(page)).toHaveText('This account is deactivated; ask an admin to reactivate it');
});

test("a seller's first sign-in asks for a new password, then shows only the seller's sections", async ({ page }) => {
  await callApi(app, 'auth.signIn', { email: FIRST_ADMIN.email, password: FIRST_ADMIN.password });
  const { temporaryPassword } = await callApi(app, 'staff.create', { email: SELLER.email, firstName: SELLER.firstName, lastName: SELLER.lastName, role: 'seller' });
  await callApi(app, 'auth.signOut', {});

  await page.goto(app.launchUrl);
  await expect(selectors.pageTitle(page)).toHaveText('Sign in');
  await signIn(page, { email: SELLER.email, password: temporaryPassword });
  await expect(selectors.pageTitle(page)).toHaveText('Choose a new password');
  await selectors.field(page, 'Current password').fill(temporaryPassword);
  await selectors.field(page, 'New password').fill('short');
  await selectors.field(page, 'New password again').fill('shorter');
  await selectors.button(page, 'Change password').click();
  await expect(selectors.field(page, 'New password')).toHaveAccessibleDescription('Must be at least 8 characters');
  await expect(selectors.field(page, 'New password again')).toHaveAccessibleDescription('The two passwords are not the same');
  await settle(page);
  await saveScreenshot(page, 'change-password');

  await selectors.field(page, 'New password').fill(SELLER.password);
  await selectors.field(page, 'New password again').fill(SELLER.password);
  await selectors.button(page, 'Change password').click();
  await expect(selectors.pageTitle(page)).toHaveText('Dashboard');
  await expect(selectors.userMenuButton(page)).toHaveAccessibleName('Account: Sam Reyes, Seller');

  const nav = selectors.mainNav(page);
  await expect(nav.getByRole('link')).toHaveText(['Dashboard', 'Catalog', 'Inventory', 'Orders', 'Reviews', 'Settings']);
  for (const label of ['Customers', 'Staff', 'Audit log']) await expect(selectors.navLink(page, label)).toHaveCount(0);
  await settle(page);
  await saveScreenshot(page, 'seller-navigation');

  // An address typed by hand gets an explanation, not the screen.
  await page.goto(`${app.url}/#/staff`);
  await expect(selectors.pageTitle(page)).toHaveText('Staff');
  await expect(page.getByText('Your role does not give access to this section')).toBeVisible();
});

test('when the session ends under a form, signing in again brings the form back as it was', async ({ page }) => {
  await openSignedInAs(page, app, FIRST_ADMIN);
  await selectors.userMenuButton(page).click();
  await selectors.menuItem(page, 'Change password').click();
  await expect(selectors.pageTitle(page)).toHaveText('Change password');
  await selectors.field(page, 'Current password').fill('typed before the break');
  await selectors.field(page, 'New password').fill('a new one typed before');
  await selectors.field(page, 'New password again').fill('a new one typed before');

  // The session ends in the main process, as an idle timeout would end it.
  await callApi(app, 'auth.signOut', {});
  await selectors.button(page, 'Change password').click();
  const dialog = selectors.sessionDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Sign in to continue');
  await expect(selectors.field(dialog, 'Email')).toHaveValue(FIRST_ADMIN.email);
  await expect(selectors.field(dialog, 'Password')).toBeFocused();

  await selectors.field(dialog, 'Password').fill(FIRST_ADMIN.password);
  await selectors.button(dialog, 'Sign in').click();
  await expect(dialog).toBeHidden();
  await expect(selectors.pageTitle(page)).toHaveText('Change password');
  await expect(selectors.field(page, 'Current password')).toHaveValue('typed before the break');
  await expect(selectors.field(page, 'New password')).toHaveValue('a new one typed before');

  // The form works on: the main process's field error shows under its field.
  await selectors.button(page, 'Change password').click();
  await expect(selectors.field(page, 'Current password')).toHaveAccessibleDescription('This is not your current password');
});

test('someone else signing in over an ended session starts afresh on the Dashboard', async ({ page }) => {
  await openSignedInAs(page, app, FIRST_ADMIN);
  await selectors.userMenuButton(page).click();
  await selectors.menuItem(page, 'Change password').click();
  await selectors.field(page, 'Current password').fill('the admin typed this');
  await selectors.field(page, 'New password').fill('and this as well');
  await selectors.field(page, 'New password again').fill('and this as well');

  await callApi(app, 'auth.signOut', {});
  await selectors.button(page, 'Change password').click();
  const dialog = selectors.sessionDialog(page);
  await expect(dialog).toBeVisible();
  await signIn(page, SELLER, dialog);

  await expect(selectors.pageTitle(page)).toHaveText('Dashboard');
  await expect(selectors.userMenuButton(page)).toHaveAccessibleName('Account: Sam Reyes, Seller');
  await expect(selectors.navLink(page, 'Staff')).toHaveCount(0);
});

test('after the idle timeout the sign-in dialog opens by itself, and the work is still there after', async ({ page }) => {
  // Waits out a real one-minute idle timeout in the main process.
  test.setTimeout(180_000);
  await callApi(app, 'auth.signIn', { email: FIRST_ADMIN.email, password: FIRST_ADMIN.password });
  await callApi(app, 'settings.session.save', { idleTimeoutMinutes: 1 });
  await page.goto(app.launchUrl);
  await expect(selectors.pageTitle(page)).toHaveText('Dashboard');
  await selectors.userMenuButton(page).click();
  await selectors.menuItem(page, 'Change password').click();
  await selectors.field(page, 'Current password').fill('half-way through');

  const dialog = selectors.sessionDialog(page);
  await expect(dialog).toBeVisible({ timeout: 100_000 });
  await expect(dialog).toContainText('You were signed out after a period without activity');
  await settle(page);
  await saveScreenshot(page, 'session-expired-dialog');

  await selectors.field(dialog, 'Password').fill(FIRST_ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(selectors.field(page, 'Current password')).toHaveValue('half-way through');
  await callApi(app, 'settings.session.save', { idleTimeoutMinutes: 15 });
});
