import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Category, Job, JobResult, ProductInput } from '../../src/shared/contract';
import { startTestBackend, type TestBackend } from '../support/backend';

const ADMIN = { firstName: 'Ada', lastName: 'Admin', email: 'ada@shop.test', password: 'correct horse 1' };

function product(index: number, overrides: Partial<ProductInput> = {}): ProductInput {
  return {
    name: `Bulk item ${String(index).padStart(3, '0')}`,
    description: 'A product for bulk tests',
    sku: `BULK-${index}`,
    price: { regular: 20 + index },
    inventory: { quantity: 10 },
    status: 'draft',
    ...overrides,
  };
}

describe('bulk changes', () => {
  let app: TestBackend;
  const ids: string[] = [];
  let shelf: Category;

  const ok = async <T>(channel: string, input: unknown, session = 'admin'): Promise<T> => {
    const result = await app.call(channel, input, session);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.data as T;
  };

  async function finished(job: Job): Promise<{ job: Job; results: JobResult[] }> {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const read = await ok<{ job: Job; results: JobResult[] }>('jobs.get', { id: job.id, limit: 500 });
      if (read.job.state !== 'running') return read;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('job did not finish');
  }

  beforeAll(async () => {
    app = await startTestBackend('catalog_bulk');
    await app.call('setup.createAdmin', ADMIN, 'admin');
    shelf = (await ok<{ category: Category }>('catalog.categories.create', { parent: null, category: { name: 'Shelf' } })).category;
    for (let index = 0; index < 12; index += 1) {
      const sale = index < 3 ? { regular: 20 + index, sale: 19 + index - 0.5 } : { regular: 20 + index };
      ids.push((await ok<{ product: { id: string } }>('catalog.products.create', { product: product(index, { price: sale }) })).product.id);
    }
  });
  afterAll(() => app.dispose());

  it('archives picked rows as a job, with a result per row and an audit entry per product', async () => {
    const { job } = await ok<{ job: Job }>('catalog.bulk.start', { selection: { kind: 'ids', ids: ids.slice(0, 3) }, action: { type: 'archive' } });
    expect(job).toMatchObject({ state: 'running', title: 'Archive 3 products' });
    const done = await finished(job);
    expect(done.job).toMatchObject({ state: 'done', total: 3, processed: 3, succeeded: 3, failed: 0 });
    expect(done.results.map((result) => result.ok)).toEqual([true, true, true]);
    const archived = await ok<{ total: number }>('catalog.products.list', { status: 'archived' });
    expect(archived.total).toBe(3);
    const audit = await ok<{ items: Array<{ channel: string; changes: unknown[] }> }>('audit.list', { collection: 'products', targetId: ids[0] });
    expect(audit.items[0]).toMatchObject({ channel: 'catalog.bulk.start', changes: [{ path: 'status', before: 'draft', after: 'archived' }] });
  });

  it('previews a price change, then refuses the rows whose sale price would not stay below', async () => {
    const selection = { kind: 'filter', filters: { search: 'Bulk item 00' } };
    const action = { type: 'changePrice', mode: 'percent', amount: -10, target: 'regular' };
    const preview = await ok<{ total: number; sample: Array<{ sku: string; before: { regular: number }; after: { regular: number }; problem: string | null }> }>('catalog.bulk.preview', { selection, action });
    expect(preview.total).toBe(10);
    expect(preview.sample[1]).toMatchObject({ sku: 'BULK-1', before: { regular: 21 }, after: { regular: 18.9 }, problem: expect.stringContaining('sale price') });
    expect(preview.sample[5]).toMatchObject({ sku: 'BULK-5', after: { regular: 22.5 }, problem: null });

    const done = await finished((await ok<{ job: Job }>('catalog.bulk.start', { selection, action })).job);
    expect(done.job).toMatchObject({ state: 'done', total: 10, succeeded: 7, failed: 3 });
    expect(done.results.filter((result) => !result.ok).map((result) => result.message)).toEqual([
      expect.stringContaining('would not be below'),
      expect.stringContaining('would not be below'),
      expect.stringContaining('would not be below'),
    ]);
    const stored = await app.backend.models.Product.findOne({ sku: 'BULK-5' }).lean();
    expect(stored?.price.regular).toBe(22.5);
  });

  it('moves all matching products to a category and keeps its count', async () => {
    const done = await finished((await ok<{ job: Job }>('catalog.bulk.start', { selection: { kind: 'filter', filters: { status: 'draft' } }, action: { type: 'moveToCategory', category: shelf.id } })).job);
    expect(done.job).toMatchObject({ state: 'done', succeeded: 9 });
    const { categories } = await ok<{ categories: Category[] }>('catalog.categories.list', {});
    expect(categories.find((category) => category.id === shelf.id)?.productCount).toBe(9);
  });

  it('adds and removes tags', async () => {
    await finished((await ok<{ job: Job }>('catalog.bulk.start', { selection: { kind: 'ids', ids: ids.slice(0, 2) }, action: { type: 'addTags', tags: ['sale', 'summer'] } })).job);
    await finished((await ok<{ job: Job }>('catalog.bulk.start', { selection: { kind: 'ids', ids: ids.slice(0, 2) }, action: { type: 'removeTags', tags: ['summer'] } })).job);
    const stored = await app.backend.models.Product.findById(ids[0]).lean();
    expect(stored?.tags).toEqual(['sale']);
  });

  it('stops a cancelled job where it is and says so', async () => {
    // Enough rows that the cancel lands mid-job even on a slow machine.
    await app.backend.models.Product.insertMany(
      Array.from({ length: 500 }, (_, index) => ({ name: `Filler ${index}`, slug: `filler-${index}`, sku: `FILL-${index}`, description: 'Filler', price: { regular: 5 }, inventory: { quantity: 1 }, status: 'draft' })),
    );
    const { job } = await ok<{ job: Job }>('catalog.bulk.start', { selection: { kind: 'filter', filters: { search: 'Filler' } }, action: { type: 'setFeatured', featured: true } });
    await ok('jobs.cancel', { id: job.id });
    const done = await finished(job);
    expect(done.job.state).toBe('cancelled');
    expect(done.job.processed).toBeLessThan(done.job.total);
  });

  it('refuses a malformed selection or action with the field named, and hides other people\'s jobs', async () => {
    expect(await app.call('catalog.bulk.start', { selection: { kind: 'ids', ids: [] }, action: { type: 'publish' } }, 'admin')).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'selection.ids': expect.any(String) } } });
    expect(await app.call('catalog.bulk.start', { selection: { kind: 'ids', ids: [ids[0]] }, action: { type: 'changePrice', mode: 'percent', amount: 0, target: 'regular' } }, 'admin')).toMatchObject({ ok: false, error: { fields: { 'action.amount': 'Must not be zero' } } });
    const { job } = await ok<{ job: Job }>('catalog.bulk.start', { selection: { kind: 'ids', ids: [ids[0]] }, action: { type: 'publish' } });
    await ok('auth.signIn', { email: ADMIN.email, password: ADMIN.password }, 'someone-else');
    // Same admin, other window: a job belongs to the member, not the window.
    expect(await app.call('jobs.get', { id: job.id }, 'someone-else')).toMatchObject({ ok: true });
    expect(await app.call('jobs.get', { id: '0'.repeat(24) }, 'admin')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
