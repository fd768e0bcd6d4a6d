import { expect, test, type Page } from '@playwright/test';
import type { ProductInput } from '../../src/shared/contract';
import { callApi } from './commands/api';
import { settle } from './commands/screen';
import { selectors } from './selectors';
import { saveScreenshot } from './support/screenshots';
import { launchWebMode, type WebMode } from './support/web-mode';

/**
 * The products list as staff use it, on a database of its own holding 30
 * products in two categories (one with a subcategory): sort, page, filter,
 * search, reload, saved views, selection, opening a product. The steps build
 * on each other, so they run in order against one app and one page.
 */
test.describe.configure({ mode: 'serial' });

const ADMIN = { firstName: 'Ada', lastName: 'Admin', email: 'ada.catalog-list@example.com', password: 'correct horse battery staple' };

let app: WebMode;
let page: Page;

/** A small coloured square, so thumbnails show without the network. */
function swatch(colour: string): string {
  return `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="${colour}"/></svg>`)}`;
}

interface Seed {
  name: string;
  sku: string;
  category: 'apparel' | 'shoes' | 'kitchen';
  brand: string;
  regular: number;
  sale?: number;
  quantity: number;
  status?: 'draft' | 'published' | 'archived';
  featured?: boolean;
  image?: string | null;
}

const COLOURS = ['#1e5a8a', '#7a4e9c', '#2e7d32', '#c62828', '#ef6c00', '#00838f'];

const SEEDS: Seed[] = [
  { name: 'Alpine Jacket', sku: 'APP-001', category: 'apparel', brand: 'Northwind', regular: 149, sale: 119, quantity: 40, featured: true },
  { name: 'Canvas Tote', sku: 'APP-002', category: 'apparel', brand: 'Acme', regular: 24, quantity: 8 },
  { name: 'Denim Shirt', sku: 'APP-003', category: 'apparel', brand: 'Contoso', regular: 59, quantity: 0 },
  { name: 'Fleece Hoodie', sku: 'APP-004', category: 'apparel', brand: 'Northwind', regular: 69, sale: 49, quantity: 5 },
  { name: 'Gardening Gloves', sku: 'APP-005', category: 'apparel', brand: 'Acme', regular: 12, quantity: 120, status: 'draft' },
  { name: 'Harbour Raincoat', sku: 'APP-006', category: 'apparel', brand: 'Contoso', regular: 129, quantity: 17, image: 'https://images.invalid/raincoat.png' },
  { name: 'Linen Trousers', sku: 'APP-007', category: 'apparel', brand: 'Northwind', regular: 79, quantity: 33, status: 'archived' },
  { name: 'Merino Socks', sku: 'APP-008', category: 'apparel', brand: 'Acme', regular: 15, quantity: 200, image: null },
  { name: 'Oxford Cap', sku: 'APP-009', category: 'apparel', brand: 'Contoso', regular: 22, quantity: 3 },
  { name: 'Wool Scarf', sku: 'APP-010', category: 'apparel', brand: 'Northwind', regular: 35, quantity: 60, featured: true },
  { name: 'Blue Runner', sku: 'SHO-001', category: 'shoes', brand: 'Acme', regular: 89, sale: 69, quantity: 25, featured: true },
  { name: 'Blue Trail Shoe', sku: 'SHO-002', category: 'shoes', brand: 'Northwind', regular: 119, quantity: 7 },
  { name: 'Court Sneaker', sku: 'SHO-003', category: 'shoes', brand: 'Contoso', regular: 74, quantity: 0 },
  { name: 'Leather Loafer', sku: 'SHO-004', category: 'shoes', brand: 'Contoso', regular: 139, quantity: 14, status: 'draft' },
  { name: 'Suede Boot', sku: 'SHO-005', category: 'shoes', brand: 'Northwind', regular: 179, quantity: 22 },
  { name: 'Trail Sandal', sku: 'SHO-006', category: 'shoes', brand: 'Acme', regular: 45, quantity: 90 },
  { name: 'Bamboo Cutting Board', sku: 'KIT-001', category: 'kitchen', brand: 'Acme', regular: 29, quantity: 55 },
  { name: 'Blueberry Jam Jar', sku: 'KIT-002', category: 'kitchen', brand: 'Contoso', regular: 6.5, quantity: 4 },
  { name: 'Cast Iron Pan', sku: 'KIT-003', category: 'kitchen', brand: 'Northwind', regular: 59, sale: 45, quantity: 30, featured: true },
  { name: 'Chef Knife', sku: 'KIT-004', category: 'kitchen', brand: 'Contoso', regular: 99, quantity: 12 },
  { name: 'Copper Kettle', sku: 'KIT-005', category: 'kitchen', brand: 'Northwind', regular: 89, quantity: 0, status: 'draft' },
  { name: 'Enamel Dutch Oven', sku: 'KIT-006', category: 'kitchen', brand: 'Acme', regular: 199, quantity: 9 },
  { name: 'Espresso Cups', sku: 'KIT-007', category: 'kitchen', brand: 'Contoso', regular: 32, quantity: 48 },
  { name: 'Glass Teapot', sku: 'KIT-008', category: 'kitchen', brand: 'Acme', regular: 38, quantity: 21 },
  { name: 'Linen Apron', sku: 'KIT-009', category: 'kitchen', brand: 'Northwind', regular: 28, quantity: 65, status: 'archived' },
  { name: 'Marble Mortar', sku: 'KIT-010', category: 'kitchen', brand: 'Contoso', regular: 42, quantity: 11 },
  { name: 'Olive Wood Spoons', sku: 'KIT-011', category: 'kitchen', brand: 'Acme', regular: 18, sale: 14, quantity: 75 },
  { name: 'Pepper Mill', sku: 'KIT-012', category: 'kitchen', brand: 'Northwind', regular: 36, quantity: 2, featured: true },
  { name: 'Salad Bowl', sku: 'KIT-013', category: 'kitchen', brand: 'Contoso', regular: 27, quantity: 38 },
  { name: 'Stoneware Mug', sku: 'KIT-014', category: 'kitchen', brand: 'Acme', regular: 16, quantity: 140 },
];
const NAMES_A_TO_Z = SEEDS.map((seed) => seed.name).sort((a, b) => a.localeCompare(b));

async function seedCatalog(): Promise<Map<string, string>> {
  const apparel = (await callApi(app, 'catalog.categories.create', { parent: null, category: { name: 'Apparel' } })).category;
  const shoes = (await callApi(app, 'catalog.categories.create', { parent: apparel.id, category: { name: 'Shoes' } })).category;
  const kitchen = (await callApi(app, 'catalog.categories.create', { parent: null, category: { name: 'Kitchen' } })).category;
  const categoryIds = { apparel: apparel.id, shoes: shoes.id, kitchen: kitchen.id };
  const ids = new Map<string, string>();
  for (const [index, seed] of SEEDS.entries()) {
    const image = seed.image === undefined ? swatch(COLOURS[index % COLOURS.length]!) : seed.image;
    const product: ProductInput = {
      name: seed.name,
      description: `${seed.name}, made to last.`,
      sku: seed.sku,
      category: categoryIds[seed.category],
      brand: seed.brand,
      price: { regular: seed.regular, sale: seed.sale ?? null, currency: 'USD' },
      inventory: { quantity: seed.quantity, lowStockThreshold: 10 },
      images: image ? [{ url: image, alt: `${seed.name} photo`, isPrimary: true }] : [],
      status: seed.status ?? 'published',
      featured: seed.featured ?? false,
    };
    ids.set(seed.name, (await callApi(app, 'catalog.products.create', { product })).product.id);
  }
  return ids;
}

let productIds: Map<string, string>;

const table = () => page.getByRole('table', { name: 'Products' });
const bodyRows = () => table().locator('tbody tr');
const productLink = (name: string) => table().getByRole('link', { name, exact: true });
/** A product's row; `has` looks inside each row, so the link is found from there. */
const rowOf = (name: string) => bodyRows().filter({ has: page.getByRole('link', { name, exact: true }) });
const showing = () => page.getByRole('navigation', { name: 'Pages' }).getByRole('status');
const combobox = (label: string) => page.getByRole('combobox', { name: label });
const address = () => new URL(page.url()).hash;

async function rowNames(): Promise<string[]> {
  return table().locator('tbody tr td:nth-child(3) a').allTextContents();
}

/**
 * No request is in flight. A change in the address reaches the list a moment
 * later, so checks of the rows themselves poll as well.
 */
async function listSettled(): Promise<void> {
  await expect(page.getByRole('progressbar', { name: 'Loading products' })).toHaveCount(0);
}

async function choose(label: string, option: string): Promise<void> {
  await combobox(label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await listSettled();
}

async function screenshot(name: string): Promise<void> {
  await listSettled();
  await settle(page);
  await saveScreenshot(page, name);
}

test.beforeAll(async ({ browser }) => {
  app = await launchWebMode({ mongoUri: process.env.MONGODB_URI!, database: `e2e_catalog_list_${Date.now()}` });
  // Web mode opens before its database does.
  await expect.poll(async () => (await callApi(app, 'system.status', {})).database.status, { timeout: 30_000 }).toBe('connected');
  // Signs in the launch token's one session, which the page shares.
  await callApi(app, 'setup.createAdmin', ADMIN);
  productIds = await seedCatalog();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app.launchUrl);
  await expect(selectors.pageTitle(page)).toHaveText('Dashboard');
});

test.afterAll(async () => {
  await page?.close();
  await app?.stop();
});

test('open the catalog and see the products, newest first', async () => {
  await selectors.navLink(page, 'Catalog').click();
  await expect(selectors.pageTitle(page)).toHaveText('Catalog');
  await expect(bodyRows()).toHaveCount(25);
  await expect(showing()).toHaveText('Showing 1–25 of 30');
  await expect(page.getByText('30 products')).toBeVisible();
  // Created last, updated last.
  await expect(bodyRows().first()).toContainText('Stoneware Mug');

  const spoons = rowOf('Olive Wood Spoons');
  await expect(spoons.locator('s')).toHaveText(/Regular price\s*\$18\.00/);
  await expect(spoons).toContainText('Sale price $14.00');
  await expect(spoons.getByRole('img', { name: 'Olive Wood Spoons photo' })).toBeVisible();
  await expect(rowOf('Pepper Mill').getByRole('img', { name: 'Featured' })).toBeVisible();
  await expect(rowOf('Merino Socks').getByRole('img', { name: 'No image of Merino Socks' })).toBeVisible();
  await expect(rowOf('Harbour Raincoat').getByRole('img', { name: 'Image of Harbour Raincoat could not be loaded' })).toBeVisible();
  await expect(rowOf('Court Sneaker')).toContainText('0Out');
  await expect(rowOf('Oxford Cap')).toContainText('3Low');
  await expect(rowOf('Blue Runner')).toContainText('Apparel › Shoes');
  // Oldest first on the second page.
  await expect(productLink('Alpine Jacket')).toHaveCount(0);
  await screenshot('catalog-list');
});

test('sort by name, go to the next page and back', async () => {
  await table().getByRole('button', { name: 'Name' }).click();
  await expect.poll(address).toBe('#/catalog?sort=name');
  await listSettled();
  await expect.poll(rowNames).toEqual(NAMES_A_TO_Z.slice(0, 25));

  await page.getByRole('button', { name: 'Next' }).click();
  await listSettled();
  await expect(showing()).toHaveText('Showing 26–30 of 30');
  await expect.poll(rowNames).toEqual(NAMES_A_TO_Z.slice(25));
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();

  await page.getByRole('button', { name: 'Previous' }).click();
  await listSettled();
  await expect(showing()).toHaveText('Showing 1–25 of 30');
  await expect.poll(rowNames).toEqual(NAMES_A_TO_Z.slice(0, 25));

  // The same header again turns the order round.
  await table().getByRole('button', { name: /^Name/ }).click();
  await expect.poll(address).toBe('#/catalog?sort=name&dir=desc');
  await listSettled();
  await expect.poll(async () => (await rowNames())[0]).toBe(NAMES_A_TO_Z.at(-1));
  await table().getByRole('button', { name: /^Name/ }).click();
  await listSettled();
});

test('filter by status, category (with its subcategory), stock and price', async () => {
  await choose('Status', 'Published');
  await expect(showing()).toHaveText('Showing 1–25 of 25');

  await choose('Category', 'Apparel');
  await expect(page.getByText('Includes its subcategories')).toBeVisible();
  // 10 apparel + 6 shoes, less the draft and archived ones.
  await expect(showing()).toHaveText('Showing 1–13 of 13');
  await expect(productLink('Blue Runner')).toBeVisible();

  await choose('Stock', 'Low stock');
  await expect.poll(rowNames).toEqual(['Blue Trail Shoe', 'Canvas Tote', 'Fleece Hoodie', 'Oxford Cap']);

  await page.getByRole('textbox', { name: 'Min price' }).fill('60');
  await page.getByRole('textbox', { name: 'Max price' }).fill('20');
  await page.getByRole('textbox', { name: 'Max price' }).press('Enter');
  await expect(page.getByText('Must not be below the minimum')).toBeVisible();
  await page.getByRole('textbox', { name: 'Min price' }).fill('20');
  await page.getByRole('textbox', { name: 'Max price' }).fill('80');
  await page.getByRole('textbox', { name: 'Max price' }).press('Enter');
  await expect(page.getByText('Must not be below the minimum')).toHaveCount(0);
  await listSettled();
  // Fleece Hoodie's regular price (69) is in range though it sells at 49: the range is on regular prices.
  await expect.poll(rowNames).toEqual(['Canvas Tote', 'Fleece Hoodie', 'Oxford Cap']);
  expect(address()).toContain('min=20&max=80');
  await screenshot('catalog-list-filtered');

  // Nothing is both archived and low on stock.
  await choose('Status', 'Archived');
  await expect(page.getByText('No products match these filters.')).toBeVisible();
  await screenshot('catalog-list-empty');
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await listSettled();
  await expect(showing()).toHaveText('Showing 1–25 of 30');
  await expect(combobox('Status')).toHaveText('Any status');
  await expect(page.getByRole('textbox', { name: 'Min price' })).toHaveValue('');
});

test('search by an exact SKU and by the start of a name', async () => {
  const search = page.getByRole('searchbox', { name: 'Search products' });
  await expect(page.getByText('SKU, slug, or name')).toBeVisible();
  await search.fill('KIT-004');
  await expect(page.getByText('Exact SKU or slug match')).toBeVisible();
  await expect.poll(rowNames).toEqual(['Chef Knife']);

  await search.fill('Blue');
  // The stand-in has no text search, so names starting with the words; a real server ranks by relevance.
  await expect(page.getByText(/Names starting with “Blue”|Ranked by relevance/)).toBeVisible();
  await listSettled();
  await expect.poll(async () => (await rowNames()).every((name) => name.startsWith('Blue'))).toBe(true);
  await expect(bodyRows()).not.toHaveCount(0);
  expect(address()).toContain('q=Blue');
});

test('reload keeps the filters, which live in the address', async () => {
  await page.getByRole('searchbox', { name: 'Search products' }).fill('');
  await expect.poll(address).not.toContain('q=');
  await choose('Featured', 'Featured');
  await choose('Brand', 'Northwind');
  await expect.poll(address).toBe('#/catalog?brand=Northwind&featured=true&sort=name');
  await page.reload();
  await expect(selectors.pageTitle(page)).toHaveText('Catalog');
  await listSettled();
  await expect(combobox('Featured')).toHaveText('Featured');
  await expect(combobox('Brand')).toHaveText('Northwind');
  await expect.poll(rowNames).toEqual(['Alpine Jacket', 'Cast Iron Pan', 'Pepper Mill', 'Wool Scarf']);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await listSettled();
});

test('save a view and apply it again after clearing the filters', async () => {
  await choose('Category', 'Kitchen');
  await choose('Stock', 'Low stock');
  await page.getByRole('button', { name: 'Save view…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save view' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Kitchen running low');
  await dialog.getByRole('button', { name: 'Save view' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await listSettled();
  await expect(showing()).toHaveText('Showing 1–25 of 30');

  await page.getByRole('button', { name: 'Saved views' }).click();
  await expect(page.getByRole('menuitem', { name: 'Kitchen running low' })).toBeVisible();
  await settle(page);
  await saveScreenshot(page, 'catalog-saved-views');
  await page.getByRole('menuitem', { name: 'Kitchen running low' }).click();
  await listSettled();
  await expect(combobox('Category')).toHaveText('Kitchen');
  await expect(combobox('Stock')).toHaveText('Low stock');
  await expect.poll(rowNames).toEqual(['Blueberry Jam Jar', 'Enamel Dutch Oven', 'Pepper Mill']);

  // Kept per user on this machine.
  const keys = await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith('backroom.catalog.savedViews.')));
  expect(keys).toHaveLength(1);

  await page.getByRole('button', { name: 'Saved views' }).click();
  await page.getByRole('menuitem', { name: 'Manage views…' }).click();
  const manage = page.getByRole('dialog', { name: 'Saved views' });
  await manage.getByRole('button', { name: 'Delete view Kitchen running low' }).click();
  await expect(manage.getByText('No saved views.')).toBeVisible();
  await manage.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await listSettled();
});

test('select rows and see the count', async () => {
  await table().getByRole('checkbox', { name: 'Select Alpine Jacket' }).check();
  await table().getByRole('checkbox', { name: 'Select Blue Runner' }).check();
  await table().getByRole('checkbox', { name: 'Select Cast Iron Pan' }).check();
  await expect(page.getByText('3 selected')).toBeVisible();
  await table().getByRole('checkbox', { name: 'Select all on this page' }).check();
  await expect(page.getByText('25 selected')).toBeVisible();
  // Selection is kept across pages of the same filters.
  await page.getByRole('button', { name: 'Next' }).click();
  await listSettled();
  await table().getByRole('checkbox', { name: `Select ${NAMES_A_TO_Z[26]}` }).check();
  await expect(page.getByText('26 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page.getByText(/\d+ selected/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Previous' }).click();
  await listSettled();
});

test('open a product from the list, by click and by keyboard', async () => {
  await rowOf('Chef Knife').locator('td').nth(4).click();
  await expect.poll(address).toBe(`#/catalog/products/${productIds.get('Chef Knife')}`);
  await page.goBack();
  await expect(selectors.pageTitle(page)).toHaveText('Catalog');
  await listSettled();

  const row = rowOf('Blue Runner');
  await row.focus();
  await page.keyboard.press('Enter');
  await expect.poll(address).toBe(`#/catalog/products/${productIds.get('Blue Runner')}`);
});
