import { expect, type Page } from '@playwright/test';
import { selectors } from '../selectors';
import type { WebMode } from '../support/web-mode';
import { callApi } from './api';

export interface Person {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
}

export const FIRST_ADMIN: Person = { firstName: 'Ada', lastName: 'Okafor', email: 'ada@backroom.test', password: 'correct horse battery' };

/** Fills the first-admin step of the setup wizard (the wizard must be on it). */
export async function fillAdminForm(page: Page, admin: Person, confirmation = admin.password): Promise<void> {
  await selectors.field(page, 'First name').fill(admin.firstName);
  await selectors.field(page, 'Last name').fill(admin.lastName);
  await selectors.field(page, 'Email').fill(admin.email);
  await selectors.field(page, 'Password').fill(admin.password);
  await selectors.field(page, 'Password again').fill(confirmation);
}

/** First run: goes through the setup wizard on the database MONGODB_URI names, and lands on the Dashboard signed in. */
export async function createFirstAdmin(page: Page, launchUrl: string, admin: Person = FIRST_ADMIN): Promise<void> {
  await page.goto(launchUrl);
  await expect(selectors.pageTitle(page)).toHaveText('Set up Backroom', { timeout: 60_000 });
  await selectors.button(page, 'Continue').click();
  await fillAdminForm(page, admin);
  await selectors.button(page, 'Create admin and sign in').click();
  await expect(selectors.pageTitle(page)).toHaveText('Dashboard');
}

/** Signs in on the sign-in screen (or in the session dialog when `scope` is it). */
export async function signIn(page: Page, person: Pick<Person, 'email' | 'password'>, scope: Page | ReturnType<Page['locator']> = page): Promise<void> {
  await selectors.field(scope, 'Email').fill(person.email);
  await selectors.field(scope, 'Password').fill(person.password);
  await selectors.button(scope, 'Sign in').click();
}

export async function signOut(page: Page): Promise<void> {
  await selectors.userMenuButton(page).click();
  await selectors.menuItem(page, 'Sign out').click();
  await expect(selectors.pageTitle(page)).toHaveText('Sign in');
}

/** Opens the app signed in as `person`, set up through the API (web mode's one session is the page's too). */
export async function openSignedInAs(page: Page, app: WebMode, person: Pick<Person, 'email' | 'password'>): Promise<void> {
  await callApi(app, 'auth.signIn', { email: person.email, password: person.password });
  await page.goto(app.launchUrl);
  await expect(selectors.pageTitle(page)).toHaveText('Dashboard');
}
