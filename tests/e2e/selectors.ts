import type { Page } from '@playwright/test';

/** Where things are on screen, in one place, by role and label as a person sees them. */
export const selectors = {
  statusBar: (page: Page) => page.getByTestId('db-status'),
  mainNav: (page: Page) => page.getByRole('navigation', { name: 'Main' }),
  navLink: (page: Page, label: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }),
  pageTitle: (page: Page) => page.getByRole('heading', { level: 1 }),
};
