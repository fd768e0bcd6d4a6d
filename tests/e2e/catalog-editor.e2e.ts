import { expect, test, type Page } from '@playwright/test';
import type { Product } from '../../src/shared/contract';
import { formToInput, productToForm } from '../../src/renderer/src/features/catalog/editor-form';
import { callApi } from './commands/api';
import { settle } from './commands/screen';
import { selectors } from './selectors';
import { saveScreenshot } from './support/screenshots';
import { launchWebMode, type WebMode } from './support/web-mode';

/**
 * The product editor as staff use it: create a product with everything a shop
 * page needs, fix what the editor points out, change the price, meet someone
 * else's save, copy and delete. The tests build on each other and share one page.
 */
test.describe.configure({ mode: 'serial' });

const ADMIN = { firstName: 'Ada', lastName: 'Okafor', email: 'ada.catalog@example.com', password: 'correct horse battery staple' };
// A preview that loads without the network (the CSP allows data: images).
const SWATCH = `data:image/svg+xml,${encodeURIComponent("<svg xmlns='http://www.w3.org/2000/svg' width='40' height='40'><rect width='40' height='40' fill='#1e5a8a'/></svg>")}`;
// `.invalid` never resolves: the preview must say the link is broken.
const BROKEN = 'https://images.example.invalid/trail-shoe.jpg';

let app: WebMode;
let page: Page;
let roadShoe: Product;
let productId: string;

const field = (scope: Page | ReturnType<Page['locator']>, name: string) => scope.getByRole('textbox', { name, exact: true });
const combobox = (scope: Page | ReturnType<Page['locator']>, name: string) => scope.getByRole('combobox', { name, exact: true });
const unsavedBar = () => page.getByRole('region', { name: 'Unsaved changes' });

async function openEditor(path: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#${path}`);
}

/** Adds chips to a chips field (Enter after each word). */
async function addChips(scope: Page | ReturnType<Page['locator']>, name: string, words: string[]): Promise<void> {
  for (const word of words) {
    await combobox(scope, name).fill(word);
    await combobox(scope, name).press('Enter');
  }
}

/** A section of the editor scrolled to the top of the window, and no transitions running, before a screenshot. */
async function showSection(heading: string): Promise<void> {
  await page.getByRole('heading', { name: heading, level: 2 }).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await settle(page);
}

const stored = async (id: string) => (await callApi(app, 'catalog.products.get', { id })).product;

test.beforeAll(async ({ browser }) => {
  app = await launchWebMode({ mongoUri: process.env.MONGODB_URI!, database: `e2e_catalog_editor_${Date.now()}` });
  // Web mode opens before its database does; the first admin signs in the launch token's one session.
  await expect.poll(async () => (await callApi(app, 'system.status', {})).database.status, { timeout: 30_000 }).toBe('connected');
  await callApi(app, 'setup.createAdmin', ADMIN);
  await callApi(app, 'catalog.categories.create', { parent: null, category: { name: 'Shoes' } });
  roadShoe = (
    await callApi(app, 'catalog.products.create', {
      product: { name: 'Road Shoe', description: 'For tarmac.', sku: 'SHOE-RD-1', price: { regular: 90 }, inventory: { quantity: 20 } },
    })
  ).product;

  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app.launchUrl);
  await expect(selectors.pageTitle(page)).toHaveText('Dashboard', { timeout: 30_000 });
});

test.afterAll(async () => {
  await page?.close();
  await app?.stop();
});

test('create a product with variants, images, specifications and tags, after fixing what the editor points out', async () => {
  await openEditor('/catalog/products/new');
  await expect(selectors.pageTitle(page)).toHaveText('New product');

  await field(page, 'Name').fill('Trail Running Shoe');
  await expect(field(page, 'Slug')).toHaveValue('trail-running-shoe');

  // A SKU another product has: said while typing, naming the product.
  await field(page, 'SKU').fill('SHOE-RD-1');
  await expect(field(page, 'SKU')).toHaveAccessibleDescription('Used by "Road Shoe"');

  // A sale price at or above the regular one: said under the sale price once it is left.
  await field(page, 'Regular price').fill('120');
  await field(page, 'Sale price').fill('130');
  await field(page, 'Sale price').press('Tab');
  await expect(field(page, 'Sale price')).toHaveAccessibleDescription('Must be below the regular price');
  await expect(field(page, 'Sale price')).toHaveAttribute('aria-invalid', 'true');

  // Saving now lists everything to fix, each linked to its field, and keeps what was typed.
  await selectors.button(unsavedBar(), 'Create product').click();
  const summary = page.getByRole('alert').filter({ hasText: 'fields need attention before this product can be saved' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('listitem')).toHaveText(['SKU: Used by "Road Shoe"', 'Description: Required', 'Sale price: Must be below the regular price']);
  await expect(unsavedBar()).toContainText('3 fields need attention before saving');
  await expect(field(page, 'Name')).toHaveValue('Trail Running Shoe');
  await settle(page);
  await saveScreenshot(page, 'product-editor-errors');
  await summary.getByRole('button', { name: 'Description' }).click();
  await expect(field(page, 'Description')).toBeFocused();
  await expect(field(page, 'Description')).toHaveAccessibleDescription('Required');

  await field(page, 'SKU').fill('SHOE-TR-1');
  await expect(field(page, 'SKU')).toHaveAccessibleDescription('Unique stock-keeping unit');
  await field(page, 'Sale price').fill('99.50');
  await expect(field(page, 'Sale price')).not.toHaveAttribute('aria-invalid', 'true');
  await field(page, 'Short description').fill('Grippy, light and quick to dry.');
  await field(page, 'Description').fill('A trail shoe with a deep-lugged sole and a breathable mesh upper.');
  await field(page, 'Quantity').fill('25');
  await expect(page.getByRole('status').filter({ hasText: 'Stock status when saved' })).toContainText('In stock');

  await combobox(page, 'Category').click();
  await page.getByRole('option', { name: 'Shoes' }).click();
  await field(page, 'Brand').fill('Peak');
  await addChips(page, 'Tags', ['outdoor', 'trail']);
  await combobox(page, 'Seller').click();
  await page.getByRole('option', { name: 'Ada Okafor' }).click();

  await page.getByRole('button', { name: 'Add image' }).click();
  const first = page.getByRole('group', { name: 'Image 1' });
  await field(first, 'Image URL').fill(SWATCH);
  await field(first, 'Alt text').fill('Blue swatch');
  await page.getByRole('button', { name: 'Add image' }).click();
  const second = page.getByRole('group', { name: 'Image 2' });
  await field(second, 'Image URL').fill(BROKEN);
  await field(second, 'Alt text').fill('The shoe from the side');
  await expect(field(second, 'Image URL')).toHaveAccessibleDescription('Broken link: the image did not load');
  await expect(field(first, 'Image URL')).not.toHaveAccessibleDescription(/Broken/);
  await page.getByRole('radio', { name: 'Primary: image 2' }).check();
  await expect(page.getByRole('radio', { name: 'Primary: image 1' })).not.toBeChecked();

  await page.getByRole('button', { name: 'Add variant' }).click();
  const size = page.getByRole('group', { name: 'Variant 1' });
  await field(size, 'Variant name').fill('Size');
  await addChips(size, 'Values', ['42', '43']);
  await page.getByRole('button', { name: 'Add variant' }).click();
  const colour = page.getByRole('group', { name: 'Variant 2' });
  await field(colour, 'Variant name').fill('Colour');
  await addChips(colour, 'Values', ['Red']);
  await field(colour, 'Price change').fill('5');

  await page.getByRole('button', { name: 'Add specification' }).click();
  const spec = page.getByRole('group', { name: 'Specification 1' });
  await field(spec, 'Specification').fill('Material');
  await field(spec, 'Value').fill('Mesh');

  await combobox(page, 'Related products').fill('Road');
  await page.getByRole('option', { name: /Road Shoe/ }).click();
  await page.keyboard.press('Escape');

  await field(page, 'SEO title').fill('Trail Running Shoe by Peak');
  await expect(page.locator('#product-seo-title-helper-text')).toContainText('26 / 70');

  await showSection('Pricing');
  await saveScreenshot(page, 'product-editor-new');

  await selectors.button(unsavedBar(), 'Create product').click();
  await expect(selectors.pageTitle(page)).toHaveText('Trail Running Shoe');
  await expect(page).toHaveURL(/#\/catalog\/products\/[0-9a-f]{24}$/);
  await expect(page.getByText('“Trail Running Shoe” was created.')).toBeVisible();
  await expect(unsavedBar()).toHaveCount(0);
  productId = /products\/([0-9a-f]{24})$/.exec(page.url())![1]!;

  const product = await stored(productId);
  expect(product.slug).toBe('trail-running-shoe');
  expect(product.price).toEqual({ regular: 120, sale: 99.5, currency: 'USD' });
  expect(product.inventory).toMatchObject({ quantity: 25, status: 'in_stock' });
  expect(product.categoryPath.map((entry) => entry.name)).toEqual(['Shoes']);
  expect(product.seller?.name).toBe('Ada Okafor');
  expect(product.tags).toEqual(['outdoor', 'trail']);
  expect(product.images.map((image) => [image.url, image.isPrimary])).toEqual([
    [SWATCH, false],
    [BROKEN, true],
  ]);
  expect(product.variants.map(({ name, values, priceModifier }) => ({ name, values, priceModifier }))).toEqual([
    { name: 'Size', values: ['42', '43'], priceModifier: 0 },
    { name: 'Colour', values: ['Red'], priceModifier: 5 },
  ]);
  expect(product.specifications).toEqual([{ key: 'Material', value: 'Mesh' }]);
  expect(product.relatedProducts.map((related) => related.id)).toEqual([roadShoe.id]);
});

test('edit the price: the unsaved-changes bar, the leave warning, and Ctrl+S', async () => {
  await field(page, 'Regular price').fill('110');
  await expect(unsavedBar()).toContainText('You have unsaved changes');
  await showSection('Pricing');
  await saveScreenshot(page, 'product-editor-unsaved');

  // Leaving in the app asks first; staying keeps the edit.
  await selectors.navLink(page, 'Dashboard').click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await selectors.button(leave, 'Stay').click();
  await expect(leave).toHaveCount(0);
  await expect(selectors.pageTitle(page)).toHaveText('Trail Running Shoe');
  await expect(field(page, 'Regular price')).toHaveValue('110');
  // Closing or reloading the window asks too.
  const asksBeforeUnload = () => page.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true })));
  expect(await asksBeforeUnload()).toBe(true);

  await page.keyboard.press('Control+s');
  await expect(unsavedBar()).toHaveCount(0);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  expect((await stored(productId)).price.regular).toBe(110);
  expect(await asksBeforeUnload()).toBe(false);
});

test('someone else saves meanwhile: the conflict dialog shows what they changed, and overwriting is deliberate', async () => {
  const theirs = await stored(productId);
  await callApi(app, 'catalog.products.update', {
    id: productId,
    expectedUpdatedAt: theirs.updatedAt,
    product: formToInput({ ...productToForm(theirs), name: 'Trail Running Shoe Pro', tags: ['outdoor'] }),
  });

  await field(page, 'Regular price').fill('105');
  await selectors.button(unsavedBar(), 'Save').click();
  const dialog = page.getByRole('dialog', { name: 'Someone else saved this product' });
  await expect(dialog).toContainText('This product was changed by Ada Okafor at');
  const changed = dialog.getByRole('table', { name: 'Fields they changed' });
  await expect(changed.getByRole('row', { name: /^Name/ })).toContainText('Trail Running Shoe Pro');
  await expect(changed.getByRole('row', { name: /^Tags/ })).toBeVisible();
  await expect(changed.getByRole('row', { name: /^Regular price/ })).toHaveCount(0);
  await settle(page);
  await saveScreenshot(page, 'product-editor-conflict');

  await selectors.button(dialog, 'Overwrite with mine').click();
  await expect(dialog).toHaveCount(0);
  await expect(unsavedBar()).toHaveCount(0);
  const after = await stored(productId);
  expect(after.price.regular).toBe(105);
  expect(after.name).toBe('Trail Running Shoe');
  expect(after.tags).toEqual(['outdoor', 'trail']);
});

test('duplicate, then delete the copy after reading what goes with it', async () => {
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(selectors.pageTitle(page)).toHaveText('Trail Running Shoe (copy)');
  await expect(page.getByText('This is a copy of “Trail Running Shoe”')).toBeVisible();
  const copyId = /products\/([0-9a-f]{24})$/.exec(page.url())![1]!;
  expect(copyId).not.toBe(productId);
  await expect(combobox(page, 'Status')).toHaveText('Draft');

  // Another product lists the copy as related: deleting it takes it out of that list.
  const road = await stored(roadShoe.id);
  await callApi(app, 'catalog.products.update', {
    id: road.id,
    expectedUpdatedAt: road.updatedAt,
    product: { ...formToInput(productToForm(road)), relatedProducts: [copyId] },
  });

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Trail Running Shoe (copy)”?' });
  await expect(confirm).toContainText('No reviews will be deleted; it will be taken out of the related products of 1 other product.');
  await settle(page);
  await saveScreenshot(page, 'product-editor-delete-confirm');
  await selectors.button(confirm, 'Delete product').click();
  await expect(page).toHaveURL(/#\/catalog$/);
  // The list has rendered (the router renders in a transition: a quick second navigation could skip it).
  await expect(selectors.pageTitle(page)).toHaveText('Catalog');
  await expect(callApi(app, 'catalog.products.get', { id: copyId })).rejects.toThrow(/NOT_FOUND/);
  expect((await stored(roadShoe.id)).relatedProducts).toEqual([]);

  await openEditor(`/catalog/products/${copyId}`);
  await expect(page.getByText('This product does not exist or you cannot see it.')).toBeVisible();

  // Archive sets the status and saves in one go.
  await openEditor(`/catalog/products/${productId}`);
  await expect(selectors.pageTitle(page)).toHaveText('Trail Running Shoe');
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(combobox(page, 'Status')).toHaveText('Archived');
  await expect(unsavedBar()).toHaveCount(0);
  expect((await stored(productId)).status).toBe('archived');
});
