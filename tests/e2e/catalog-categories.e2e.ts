import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Category } from '../../src/shared/contract';
import { callApi } from './commands/api';
import { selectors } from './selectors';
import { saveScreenshot } from './support/screenshots';
import { launchWebMode, type WebMode } from './support/web-mode';

/**
 * The category tree editor as an admin uses it, on an empty database of its
 * own: build a small tree, rename, refuse a duplicate, move, refuse a cycle,
 * reorder, deactivate, and delete a category with products. The steps build on
 * each other, so they run in order against one app.
 */
test.describe.configure({ mode: 'serial' });

const ADMIN = { firstName: 'Ada', lastName: 'Admin', email: 'ada.categories@example.com', password: 'correct horse battery staple' };

let app: WebMode;
let page: Page;

async function categoriesByName(): Promise<Map<string, Category>> {
  const { categories } = await callApi(app, 'catalog.categories.list', {});
  return new Map(categories.map((category) => [category.name, category]));
}

async function settled(): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

const tree = () => page.getByRole('tree', { name: 'Categories' });
const row = (name: string) => tree().getByRole('treeitem', { name, exact: true });
const details = (name: string) => page.getByRole('region', { name, exact: true });
const panelAction = (name: string, action: string) => details(name).getByRole('group', { name: `Actions for ${name}` }).getByRole('button', { name: action, exact: true });
const dialog = (name: string | RegExp) => page.getByRole('dialog', { name });
/** The names of the rows at one level, top to bottom. */
const namesAtLevel = async (level: number) =>
  tree()
    .locator(`[role="treeitem"][aria-level="${level}"]`)
    .evaluateAll((items) => items.map((item) => document.getElementById(item.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''));

async function selectRow(name: string): Promise<void> {
  // The row's own line, not its subtree.
  await row(name).locator('.category-row').first().click();
  await expect(row(name)).toHaveAttribute('aria-selected', 'true');
  await expect(details(name)).toBeVisible();
}

async function fillForm(form: Locator, fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) await form.getByRole('textbox', { name: label, exact: true }).fill(value);
}

async function createCategory(parent: string | null, name: string, fields: Record<string, string> = {}): Promise<void> {
  if (parent) {
    await selectRow(parent);
    await panelAction(parent, 'New subcategory').click();
  } else {
    await page.getByRole('button', { name: 'New top-level category' }).click();
  }
  const form = dialog(parent ? `New subcategory of “${parent}”` : 'New top-level category');
  await fillForm(form, { Name: name, ...fields });
  await form.getByRole('button', { name: 'Create category' }).click();
  await expect(form).toBeHidden();
  await expect(row(name)).toHaveAttribute('aria-selected', 'true');
}

async function chooseCategory(form: Locator, label: string, option: string): Promise<void> {
  await form.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

test.beforeAll(async ({ browser }) => {
  app = await launchWebMode({ mongoUri: process.env.MONGODB_URI!, database: `e2e_catalog_categories_${Date.now()}` });
  // Web mode opens before its database does.
  await expect.poll(async () => (await callApi(app, 'system.status', {})).database.status, { timeout: 30_000 }).toBe('connected');
  // Signs in the launch token's one session, which the page shares.
  await callApi(app, 'setup.createAdmin', ADMIN);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app.launchUrl);
  await expect(selectors.pageTitle(page)).toHaveText('Dashboard');
});

test.afterAll(async () => {
  await page?.close();
  await app?.stop();
});

test('an empty tree invites the first category', async () => {
  await selectors.navLink(page, 'Catalog').click();
  await page.getByRole('main').getByRole('link', { name: 'Categories', exact: true }).click();
  await expect(page).toHaveURL(/#\/catalog\/categories$/);
  await expect(selectors.pageTitle(page)).toHaveText('Categories');
  await expect(page.getByRole('heading', { name: 'No categories yet — create the first' })).toBeVisible();
  await settled();
  await saveScreenshot(page, 'categories-empty');

  await page.getByRole('button', { name: 'Create the first category' }).click();
  const form = dialog('New top-level category');
  await expect(form.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await fillForm(form, { Name: 'Electronics', Description: 'Gadgets and devices', 'SEO title': 'Electronics at Backroom' });
  await expect(form.getByText('23/70 characters')).toBeVisible();
  await form.getByRole('button', { name: 'Create category' }).click();
  await expect(form).toBeHidden();
  await expect(row('Electronics')).toHaveAccessibleDescription(/electronics\s*0 products/);
  await expect(details('Electronics')).toContainText('Gadgets and devices');
});

test('build a tree: children, grandchildren and a second root', async () => {
  await createCategory('Electronics', 'Computers');
  await createCategory('Electronics', 'Audio', { Slug: 'audio-hifi' });
  await createCategory('Computers', 'Laptops', { Keywords: 'notebook, ultrabook, notebook' });
  await createCategory(null, 'Books');

  await expect(row('Laptops')).toHaveAttribute('aria-level', '3');
  await selectRow('Laptops');
  await expect(details('Laptops').getByTestId('category-path')).toHaveText('Electronics / Computers / Laptops');
  await expect(details('Laptops')).toContainText('notebookultrabook');
  expect(await namesAtLevel(1)).toEqual(['Electronics', 'Books']);
  expect(await namesAtLevel(2)).toEqual(['Computers', 'Audio']);

  // Keyboard only: arrows move through the tree, Left closes a branch, Right opens it.
  await row('Laptops').focus();
  await page.keyboard.press('ArrowUp');
  await expect(row('Computers')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(row('Computers')).toHaveAttribute('aria-expanded', 'false');
  await expect(row('Laptops')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(row('Laptops')).toBeFocused();
  await expect(details('Laptops')).toBeVisible();
  await settled();
  await saveScreenshot(page, 'categories-tree');
});

test('rename a category, and be refused a name its sibling has', async () => {
  await selectRow('Computers');
  await panelAction('Computers', 'Edit details').click();
  let form = dialog('Edit “Computers”');
  await fillForm(form, { Name: 'Computing', Slug: 'computing' });
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();
  await expect(row('Computing')).toHaveAccessibleDescription(/^computing/);
  await expect(row('Computing')).toHaveAttribute('aria-selected', 'true');
  // The new name reaches the paths copied below it.
  await selectRow('Laptops');
  await expect(details('Laptops').getByTestId('category-path')).toHaveText('Electronics / Computing / Laptops');

  await selectRow('Audio');
  await panelAction('Audio', 'Edit details').click();
  form = dialog('Edit “Audio”');
  await fillForm(form, {
    Name: 'computing',
    'SEO title': 'Headphones, speakers and hi-fi',
    'SEO description': 'Everything that makes a sound: headphones, speakers, turntables and the cables between them.',
  });
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('alert')).toContainText('A category named "computing" already exists under this parent');
  await expect(form.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Already used by a sibling category');
  // Nothing typed is lost.
  await expect(form.getByRole('textbox', { name: 'SEO title' })).toHaveValue('Headphones, speakers and hi-fi');
  await expect(form.getByText('30/70 characters')).toBeVisible();
  await settled();
  await saveScreenshot(page, 'categories-edit');

  await fillForm(form, { Name: 'Audio & Hi-Fi' });
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();
  await expect(row('Audio & Hi-Fi')).toHaveAttribute('aria-selected', 'true');
  await expect(details('Audio & Hi-Fi')).toContainText('Headphones, speakers and hi-fi');
});

test('move a grandchild to the top level; a parent cannot go under its own child', async () => {
  await selectRow('Laptops');
  await panelAction('Laptops', 'Move to…').click();
  let form = dialog('Move “Laptops”');
  await chooseCategory(form, 'New parent', 'None (top level)');
  await form.getByRole('button', { name: 'Move' }).click();
  await expect(form).toBeHidden();
  await expect(row('Laptops')).toHaveAttribute('aria-level', '1');
  await expect(details('Laptops').getByTestId('category-path')).toHaveText('Laptops');
  expect(await namesAtLevel(1)).toEqual(['Electronics', 'Books', 'Laptops']);

  await selectRow('Electronics');
  await panelAction('Electronics', 'Move to…').click();
  form = dialog('Move “Electronics”');
  await form.getByRole('combobox', { name: 'New parent' }).click();
  const listbox = page.getByRole('listbox');
  await expect(listbox.getByRole('option', { name: 'Computing', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await expect(listbox.getByRole('option', { name: 'Electronics', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await expect(listbox.getByRole('option', { name: 'Books', exact: true })).not.toHaveAttribute('aria-disabled', 'true');
  await settled();
  await saveScreenshot(page, 'categories-move');
  await page.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();

  // The main process refuses the cycle on its own too.
  const ids = await categoriesByName();
  await expect(callApi(app, 'catalog.categories.move', { id: ids.get('Electronics')!.id, parent: ids.get('Computing')!.id })).rejects.toThrow(
    /VALIDATION: "Electronics" cannot move under "Computing", which is inside it/,
  );
  expect((await categoriesByName()).get('Electronics')?.parent).toBeNull();
});

test('reorder siblings with the buttons and the keyboard', async () => {
  await selectRow('Books');
  await expect(panelAction('Books', 'Move up')).toBeEnabled();
  await panelAction('Books', 'Move up').click();
  await expect.poll(() => namesAtLevel(1)).toEqual(['Books', 'Electronics', 'Laptops']);
  await expect(panelAction('Books', 'Move up')).toBeDisabled();

  await row('Laptops').locator('.category-row').first().click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => namesAtLevel(1)).toEqual(['Books', 'Laptops', 'Electronics']);
  await expect(row('Laptops')).toHaveAttribute('aria-selected', 'true');

  const orders = [...(await categoriesByName()).values()].filter((category) => category.parent === null).map((category) => category.order);
  expect(new Set(orders).size).toBe(orders.length);
});

test('deactivate a category', async () => {
  await selectRow('Audio & Hi-Fi');
  await panelAction('Audio & Hi-Fi', 'Deactivate').click();
  await expect(row('Audio & Hi-Fi')).toHaveAccessibleDescription(/Inactive/);
  await expect(panelAction('Audio & Hi-Fi', 'Activate')).toBeVisible();
  await expect(details('Audio & Hi-Fi')).toContainText('Inactive: hidden from the shop');
  expect((await categoriesByName()).get('Audio & Hi-Fi')?.isActive).toBe(false);
});

test('delete: subcategories first, and products go where the person says', async () => {
  // A category with subcategories: the dialog says so, and the main process refuses.
  await selectRow('Electronics');
  await panelAction('Electronics', 'Delete').click();
  let confirm = dialog('Delete “Electronics”?');
  await expect(confirm).toContainText('Move its subcategories elsewhere or delete them first');
  await confirm.getByRole('button', { name: 'Delete category' }).click();
  await expect(confirm.getByRole('alert')).toContainText('"Electronics" has 2 subcategories; move or delete them first');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();

  const ids = await categoriesByName();
  const { product } = await callApi(app, 'catalog.products.create', {
    product: {
      name: 'Backroom Workstation 14',
      description: 'A quiet desktop for the back office.',
      sku: 'WS-14',
      category: ids.get('Computing')!.id,
      price: { regular: 1299 },
      inventory: { quantity: 5 },
    },
  });
  // The tree loads on opening: open it again to see the new count.
  await page.reload();
  await expect(row('Computing')).toHaveAccessibleDescription(/1 product$/);

  await selectRow('Computing');
  await panelAction('Computing', 'Delete').click();
  confirm = dialog('Delete “Computing”?');
  await expect(confirm).toContainText('It holds 1 product');
  await confirm.getByRole('button', { name: 'Delete category' }).click();
  await expect(confirm.getByRole('combobox', { name: 'Move its products to' })).toHaveAccessibleDescription('Choose where its products go');
  await confirm.getByRole('combobox', { name: 'Move its products to' }).click();
  await expect(page.getByRole('option', { name: 'Computing', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('option', { name: 'Books', exact: true }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await settled();
  await saveScreenshot(page, 'categories-delete-products');
  await confirm.getByRole('button', { name: 'Delete category' }).click();
  await expect(confirm).toBeHidden();

  await expect(row('Computing')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted Computing; 1 moved to Books' })).toBeVisible();
  await expect(row('Electronics')).toHaveAttribute('aria-selected', 'true');
  await expect(row('Books')).toHaveAccessibleDescription(/1 product$/);
  const moved = (await callApi(app, 'catalog.products.get', { id: product.id })).product;
  expect(moved.category).toBe(ids.get('Books')!.id);
  expect(moved.categoryPath.map((entry) => entry.name)).toEqual(['Books']);
});
