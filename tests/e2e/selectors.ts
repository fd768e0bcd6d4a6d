import type { Page } from '@playwright/test';

/** Where things are on screen, in one place, by role and label as a person sees them. */
export const selectors = {
  statusBar: (page: Page) => page.getByTestId('db-status'),
  mainNav: (page: Page) => page.getByRole('navigation', { name: 'Main' }),
  navLink: (page: Page, label: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }),
  pageTitle: (page: Page) => page.getByRole('heading', { level: 1 }),
  /** A text or password field by its accessible name (the label, without the required mark). */
  field: (scope: Page | ReturnType<Page['locator']>, label: string) => scope.getByRole('textbox', { name: label, exact: true }),
  button: (scope: Page | ReturnType<Page['locator']>, name: string) => scope.getByRole('button', { name, exact: true }),
  alert: (scope: Page | ReturnType<Page['locator']>) => scope.getByRole('alert'),
  setupStep: (page: Page, label: string) => page.getByRole('heading', { level: 2, name: new RegExp(label) }),
  userMenuButton: (page: Page) => page.getByRole('button', { name: /^Account:/ }),
  menuItem: (page: Page, name: string) => page.getByRole('menuitem', { name }),
  sessionDialog: (page: Page) => page.getByRole('dialog', { name: 'Sign in again' }),
};
