import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { CSV_COLUMN_NAMES, type ProductInput } from '../../src/shared/contract';
import { callApi } from './commands/api';
import { settle } from './commands/screen';
import { selectors } from './selectors';
import { saveScreenshot } from './support/screenshots';
import { launchWebMode, type WebMode } from './support/web-mode';

/**
 * Bulk work and CSV import/export on the products list, as staff do it, on a
 * database of its own holding ten products: archive three picked rows, lower
 * the prices of everything a filter matches (one row refused), export the
 * filtered list, import a file with one bad row and read its report, and try a
 * file that is not CSV at all. The steps build on each other, in order.
 */
test.describe.configure({ mode: 'serial' });

const ADMIN = { firstName: 'Ada', lastName: 'Admin', email: 'ada.catalog-bulk@example.com', password: 'correct horse battery staple' };

interface Seed {
  name: string;
  sku: string;
  brand: string;
  regular: number;
  sale?: number;
}

const SEEDS: Seed[] = [
  { name: 'Alder Chair', sku: 'BLK-001', brand: 'Woodline', regular: 80 },
  { name: 'Birch Table', sku: 'BLK-002', brand: 'Woodline', regular: 240 },
  { name: 'Cedar Shelf', sku: 'BLK-003', brand: 'Woodline', regular: 120 },
  { name: 'Elm Bench', sku: 'BLK-004', brand: 'Woodline', regular: 150 },
  { name: 'Fir Stool', sku: 'BLK-005', brand: 'Evergreen', regular: 40 },
  { name: 'Hemlock Desk', sku: 'BLK-006', brand: 'Evergreen', regular: 300, sale: 250 },
  { name: 'Larch Cabinet', sku: 'BLK-007', brand: 'Evergreen', regular: 420 },
  // 10 % off the regular price leaves 90, not above the sale price: refused.
  { name: 'Pine Bed Frame', sku: 'BLK-008', brand: 'Evergreen', regular: 100, sale: 95 },
  { name: 'Spruce Wardrobe', sku: 'BLK-009', brand: 'Northwood', regular: 520 },
  { name: 'Walnut Dresser', sku: 'BLK-010', brand: 'Northwood', regular: 380 },
];

let app: WebMode;
let page: Page;
let files: string;

const table = () => page.getByRole('table', { name: 'Products' });
const rowOf = (name: string) => table().locator('tbody tr').filter({ has: page.getByRole('link', { name, exact: true }) });
const bulkBar = () => page.getByRole('region', { name: 'Bulk actions' });
const combobox = (label: string) => page.getByRole('combobox', { name: label });

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
  await settle(page);
  await saveScreenshot(page, name);
}

async function downloadedText(download: Download): Promise<string> {
  return (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
}

/** Lines of a CSV without quoted line breaks (these tests' files have none). */
const csvLines = (text: string) => text.split(/\r?\n/).filter((line) => line !== '');

test.beforeAll(async ({ browser }) => {
  app = await launchWebMode({ mongoUri: process.env.MONGODB_URI!, database: `e2e_catalog_bulk_${Date.now()}` });
  await expect.poll(async () => (await callApi(app, 'system.status', {})).database.status, { timeout: 30_000 }).toBe('connected');
  // Signs in the launch token's one session, which the page shares.
  await callApi(app, 'setup.createAdmin', ADMIN);
  for (const seed of SEEDS) {
    const product: ProductInput = {
      name: seed.name,
      description: `${seed.name}, solid wood.`,
      sku: seed.sku,
      brand: seed.brand,
      price: { regular: seed.regular, sale: seed.sale ?? null, currency: 'USD' },
      inventory: { quantity: 20, lowStockThreshold: 5 },
      status: 'published',
    };
    await callApi(app, 'catalog.products.create', { product });
  }
  files = await mkdtemp(join(tmpdir(), 'backroom-bulk-csv-'));
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await page.goto(app.launchUrl);
  await expect(selectors.pageTitle(page)).toHaveText('Dashboard');
  await selectors.navLink(page, 'Catalog').click();
  await expect(selectors.pageTitle(page)).toHaveText('Catalog');
  await listSettled();
});

test.afterAll(async () => {
  await page?.close();
  await app?.stop();
});

test('select three rows and archive them in bulk', async () => {
  for (const name of ['Alder Chair', 'Birch Table', 'Cedar Shelf']) await table().getByRole('checkbox', { name: `Select ${name}` }).check();
  await expect(bulkBar().getByRole('status')).toHaveText('3 selected');
  await expect(bulkBar().getByRole('button', { name: 'Select all 10 matching this filter' })).toBeVisible();
  await screenshot('bulk-toolbar');

  await bulkBar().getByRole('button', { name: 'Archive' }).click();
  const confirm = page.getByRole('dialog', { name: 'Archive 3 products?' });
  await expect(confirm).toContainText('The 3 products selected will be archived');
  await confirm.getByRole('button', { name: 'Archive 3 products' }).click();

  const progress = page.getByRole('dialog', { name: 'Bulk change' });
  await expect(progress.getByText('Finished: 3 done, 0 failed')).toBeVisible();
  await expect(progress.getByRole('progressbar', { name: 'Progress of Archive 3 products' })).toHaveAttribute('aria-valuenow', '100');
  const results = progress.getByRole('table', { name: 'Results' });
  await expect(results.locator('tbody tr')).toHaveCount(3);
  await expect(results).toContainText('Alder Chair (BLK-001)');
  await expect(results.getByText('Done')).toHaveCount(3);
  await progress.getByRole('button', { name: 'Close' }).click();
  await expect(progress).toBeHidden();

  // The list was read again and the selection cleared.
  await expect(bulkBar().getByRole('status')).toHaveText('');
  await listSettled();
  for (const name of ['Alder Chair', 'Birch Table', 'Cedar Shelf']) await expect(rowOf(name)).toContainText('Archived');
  await expect(rowOf('Elm Bench')).toContainText('Published');
});

test('select all matching a filter and lower the regular prices by 10 %, one row refused', async () => {
  await choose('Brand', 'Evergreen');
  await expect(table().locator('tbody tr')).toHaveCount(4);
  await table().getByRole('checkbox', { name: 'Select Fir Stool' }).check();
  await bulkBar().getByRole('button', { name: 'Select all 4 matching this filter' }).click();
  await expect(bulkBar().getByRole('status')).toHaveText('All 4 products matching this filter selected');
  await expect(table().getByRole('checkbox', { name: 'Select Larch Cabinet' })).toBeChecked();

  await bulkBar().getByRole('button', { name: 'Change prices…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change prices' });
  await dialog.getByRole('radio', { name: 'Regular' }).check();
  await dialog.getByRole('textbox', { name: 'Amount' }).fill('-10');
  const preview = dialog.getByRole('table', { name: 'Price preview' });
  await expect(preview.locator('tbody tr')).toHaveCount(4);
  await expect(dialog).toContainText('All 4 products, by name; 1 shown would be refused and left as it is.');
  const trap = preview.locator('tbody tr').filter({ hasText: 'Pine Bed Frame' });
  await expect(trap).toContainText('Refused: The sale price (95.00) would not be below the regular price (90.00)');
  await expect(preview.locator('tbody tr').filter({ hasText: 'Fir Stool' })).toContainText(/40\.00\s*→\s*becomes\s*36\.00/);
  await screenshot('bulk-price-preview');

  await dialog.getByRole('button', { name: 'Change prices of 4 products' }).click();
  const progress = page.getByRole('dialog', { name: 'Bulk change' });
  await expect(progress.getByText('Finished: 3 done, 1 failed')).toBeVisible();
  await progress.getByRole('switch', { name: 'Only failed rows' }).check();
  const results = progress.getByRole('table', { name: 'Results' });
  await expect(results.locator('tbody tr')).toHaveCount(1);
  await expect(results).toContainText('Pine Bed Frame (BLK-008)');
  await expect(results).toContainText('The sale price (95.00) would not be below the regular price (90.00)');
  await screenshot('bulk-progress-results');
  await progress.getByRole('button', { name: 'Close' }).click();

  await listSettled();
  await expect(rowOf('Fir Stool')).toContainText('$36.00');
  await expect(rowOf('Pine Bed Frame').locator('s')).toHaveText(/\$100\.00/);
});

test('export the filtered list to CSV', async () => {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to CSV' });
  await expect(dialog).toContainText('Export 4 products to CSV');
  const download = await downloaded;
  await expect(dialog.getByText(/^Downloaded backroom-products-.*\.csv/)).toBeVisible();
  await screenshot('csv-export-done');
  expect(download.suggestedFilename()).toMatch(/^backroom-products-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csvLines(await downloadedText(download));
  expect(lines[0]).toBe(CSV_COLUMN_NAMES.join(','));
  expect(lines).toHaveLength(1 + 4);
  expect(lines.filter((line) => line.startsWith('BLK-')).map((line) => line.split(',')[0]).sort()).toEqual(['BLK-005', 'BLK-006', 'BLK-007', 'BLK-008']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await listSettled();
});

test('import a CSV with one bad row: map, dry run, apply, read the report', async () => {
  const csv = [
    'sku,Product name,description,price,sale_price,quantity,Supplier,notes',
    'IMP-001,Imported Lamp,A desk lamp.,39.90,,12,Lumen,first batch',
    'IMP-002,Imported Rug,A wool rug.,120,99,3,Weave,',
    'IMP-003,Imported Vase,A vase on sale for more than its price.,20,25,5,Clay,check',
    'IMP-004,Imported Stool,A wooden stool.,45,,8,Oak,',
  ].join('\n');
  const path = join(files, 'new-products.csv');
  await writeFile(path, csv, 'utf8');

  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import products from CSV' });
  await dialog.getByLabel('CSV file to import').setInputFiles(path);

  // The suggestion maps the known names; "Supplier" is mapped by hand.
  await expect(dialog.getByRole('heading', { name: /Map columns/ })).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Import “Product name” as' })).toHaveText('name (required)');
  await expect(dialog.getByRole('combobox', { name: 'Import “Supplier” as' })).toHaveText('Not imported');
  await dialog.getByRole('combobox', { name: 'Import “Supplier” as' }).click();
  await page.getByRole('option', { name: 'brand', exact: true }).click();
  await expect(dialog.getByRole('combobox', { name: 'Import “Supplier” as' })).toHaveText('brand');
  await expect(dialog.getByRole('progressbar', { name: 'Checking the rows with this mapping' })).toHaveCount(0);
  await expect(dialog.getByText('Not imported: "notes"')).toBeVisible();
  await screenshot('csv-import-mapping');

  await dialog.getByRole('button', { name: 'Next: dry run' }).click();
  await expect(dialog.getByRole('heading', { name: /Dry run/ })).toBeVisible();
  await expect(dialog.getByText('This is a dry run: nothing has been written yet.')).toBeVisible();
  const figures = dialog.getByRole('definition');
  await expect(figures).toHaveText(['4', '3', '0', '0', '1']);
  const problems = dialog.getByRole('table', { name: 'Row problems' });
  await expect(problems.locator('tbody tr')).toHaveCount(1);
  await expect(problems.locator('tbody tr').first().locator('td').first()).toHaveText('4');
  await expect(problems).toContainText('sale_price');
  await screenshot('csv-import-dry-run');
  // Nothing written by the dry run.
  expect((await callApi(app, 'catalog.products.list', { search: 'IMP-001' })).items).toHaveLength(0);

  await dialog.getByRole('button', { name: 'Import 3 valid rows' }).click();
  await expect(dialog.getByText('3 rows imported, 1 row rejected.')).toBeVisible();
  const results = dialog.getByRole('table', { name: 'Results' });
  await expect(results.getByText('created', { exact: true })).toHaveCount(3);
  await expect(results.locator('tbody tr').filter({ hasText: 'Line 4: IMP-003' })).toContainText('Failed');
  await screenshot('csv-import-done');

  const reported = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download report of rejected rows' }).click();
  const report = csvLines(await downloadedText(await reported));
  expect(report[0]).toBe('sku,Product name,description,price,sale_price,quantity,Supplier,notes,error');
  expect(report).toHaveLength(2);
  expect(report[1]).toMatch(/^IMP-003,Imported Vase,.*,check,.+/);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await listSettled();
  await expect(rowOf('Imported Lamp')).toBeVisible();
  await expect(rowOf('Imported Lamp')).toContainText('Lumen');
});

test('a file that is not CSV gets a clear message and the dialog stays usable', async () => {
  const path = join(files, 'photo.png');
  await writeFile(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00, 0x80]));
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import products from CSV' });
  await dialog.getByLabel('CSV file to import').setInputFiles(path);
  await expect(dialog.getByRole('alert')).toContainText('photo.png cannot be imported');
  await expect(dialog.getByRole('alert')).toContainText('This file is not UTF-8 text; save it as CSV UTF-8');
  await expect(dialog.getByRole('button', { name: 'Choose another file…' })).toBeEnabled();
  await expect(dialog.getByRole('button', { name: 'Download template' })).toBeEnabled();
  await screenshot('csv-import-bad-file');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('the list says so when the editor deleted a product', async () => {
  await page.getByRole('link', { name: 'Walnut Dresser', exact: true }).click();
  await expect(selectors.pageTitle(page)).toHaveText('Walnut Dresser');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog', { name: 'Delete “Walnut Dresser”?' }).getByRole('button', { name: 'Delete product' }).click();
  await expect(selectors.pageTitle(page)).toHaveText('Catalog');
  await expect(page.getByRole('status').filter({ hasText: '“Walnut Dresser” was deleted.' })).toBeVisible();
});
