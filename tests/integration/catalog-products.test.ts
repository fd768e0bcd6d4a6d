import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Category, Product, ProductInput, ProductRow } from '../../src/shared/contract';
import { hasCapability, requireCapability } from '../support/test-database';
import { startTestBackend, type TestBackend } from '../support/backend';

const ADMIN = { firstName: 'Ada', lastName: 'Admin', email: 'ada@shop.test', password: 'correct horse 1' };

function productInput(overrides: Partial<ProductInput> = {}): ProductInput {
  return {
    name: 'Trail Running Shoe',
    description: 'Light shoe with a grippy sole for muddy trails.',
    sku: 'SHOE-001',
    price: { regular: 120, sale: 99.5, currency: 'USD' },
    inventory: { quantity: 40, lowStockThreshold: 5, allowBackorder: false },
    images: [
      { url: 'https://img.example.com/shoe-1.jpg', alt: 'Side view', isPrimary: true },
      { url: 'https://img.example.com/shoe-2.jpg', alt: 'Sole', isPrimary: false },
    ],
    specifications: [{ key: 'Weight', value: '240 g' }],
    variants: [{ name: 'Size', values: ['41', '42', '43'], priceModifier: 0 }],
    tags: ['running', 'trail'],
    status: 'draft',
    ...overrides,
  };
}

describe('catalog: categories and products through the router', () => {
  let app: TestBackend;
  let sports: Category;
  let running: Category;
  let trail: Category;
  let shoe: Product;
  let sellerId = '';

  const ok = async <T>(channel: string, input: unknown, session = 'admin'): Promise<T> => {
    const result = await app.call(channel, input, session);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.data as T;
  };

  beforeAll(async () => {
    app = await startTestBackend('catalog_products');
    await app.call('setup.createAdmin', ADMIN, 'admin');
    const seller = await ok<{ member: { id: string } }>('staff.create', { email: 'sol@shop.test', firstName: 'Sol', lastName: 'Seller', role: 'seller' });
    sellerId = seller.member.id;
    await app.backend.models.User.updateOne({ _id: sellerId }, { $set: { password: 'seller pass 1', mustChangePassword: false } });
    await ok('auth.signIn', { email: 'sol@shop.test', password: 'seller pass 1' }, 'seller');
  });
  afterAll(() => app.dispose());

  it('builds a three-level category tree and refuses a cycle', async () => {
    sports = (await ok<{ category: Category }>('catalog.categories.create', { parent: null, category: { name: 'Sports' } })).category;
    running = (await ok<{ category: Category }>('catalog.categories.create', { parent: sports.id, category: { name: 'Running' } })).category;
    trail = (await ok<{ category: Category }>('catalog.categories.create', { parent: running.id, category: { name: 'Trail' } })).category;
    expect(trail).toMatchObject({ level: 2, slug: 'trail', path: [{ name: 'Sports' }, { name: 'Running' }] });

    const cycle = await app.call('catalog.categories.move', { id: sports.id, parent: trail.id }, 'admin');
    expect(cycle).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await app.call('catalog.categories.create', { parent: null, category: { name: 'Mine' } }, 'seller')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('reorders siblings in one call and clears emptied text fields', async () => {
    const shoes = (await ok<{ category: Category }>('catalog.categories.create', { parent: sports.id, category: { name: 'Shoes', description: 'All shoes', icon: 'shoe' } })).category;
    const reordered = await ok<{ categories: Category[] }>('catalog.categories.reorder', { parent: sports.id, ids: [shoes.id, running.id] });
    expect(reordered.categories.map((category) => [category.name, category.order])).toEqual([['Shoes', 0], ['Running', 1]]);
    expect(await app.call('catalog.categories.reorder', { parent: sports.id, ids: [shoes.id] }, 'admin')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const cleared = await ok<{ category: Category }>('catalog.categories.update', { id: shoes.id, category: { description: '', icon: '' } });
    expect(cleared.category).toMatchObject({ description: null, icon: null, name: 'Shoes' });
    await ok('catalog.categories.delete', { id: shoes.id });
  });

  it('creates a product with variants, images and a generated slug, and counts it in its category', async () => {
    shoe = (await ok<{ product: Product }>('catalog.products.create', { product: productInput({ category: trail.id }) })).product;
    expect(shoe).toMatchObject({
      slug: 'trail-running-shoe',
      categoryPath: [{ name: 'Sports' }, { name: 'Running' }, { name: 'Trail' }],
      inventory: { status: 'in_stock' },
      variants: [{ name: 'Size', values: ['41', '42', '43'] }],
      specifications: [{ key: 'Weight', value: '240 g' }],
    });
    const { categories } = await ok<{ categories: Category[] }>('catalog.categories.list', {});
    expect(categories.find((category) => category.id === trail.id)?.productCount).toBe(1);
  });

  it('names the product that already has a SKU, and refuses bad prices and images field by field', async () => {
    const clash = await app.call('catalog.products.create', { product: productInput({ name: 'Other shoe' }) }, 'admin');
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { 'product.sku': 'Used by "Trail Running Shoe"' } } });
    expect(await ok('catalog.products.checkUnique', { sku: 'SHOE-001' })).toEqual({ sku: { id: shoe.id, name: 'Trail Running Shoe' }, slug: null });

    const salePrice = await app.call('catalog.products.create', { product: productInput({ sku: 'X-1', price: { regular: 10, sale: 12 } }) }, 'admin');
    expect(salePrice).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'product.price.sale': 'Must be below the regular price' } } });
    const twoPrimaries = await app.call(
      'catalog.products.create',
      { product: productInput({ sku: 'X-2', images: [{ url: 'https://a.test/1.jpg', isPrimary: true }, { url: 'https://a.test/2.jpg', isPrimary: true }] }) },
      'admin',
    );
    expect(twoPrimaries).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'product.images': expect.stringContaining('exactly one') } } });
    const missingCategory = await app.call('catalog.products.create', { product: productInput({ sku: 'X-3', category: 'f'.repeat(24) }) }, 'admin');
    expect(missingCategory).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'product.category': expect.any(String) } } });
  });

  it('pages a sorted list on a keyset without skipping or repeating, ties included', async () => {
    const names = ['Alpha', 'Bravo', 'Bravo', 'Charlie', 'Delta', 'Delta', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel'];
    for (const [index, name] of names.entries()) {
      await ok('catalog.products.create', {
        product: productInput({ name: `${name} jacket`, sku: `JKT-${index}`, category: running.id, price: { regular: 10 + index }, images: [], variants: [], status: index % 2 ? 'published' : 'draft' }),
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: ProductRow[]; nextCursor: string | null; total: number } = await ok('catalog.products.list', { category: running.id, sort: 'name', direction: 'asc', limit: 3, ...(cursor ? { cursor } : {}) });
      expect(page.total).toBe(12);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
  });

  it('filters by status, subtree, stock, price range and featured', async () => {
    const published = await ok<{ total: number; items: ProductRow[] }>('catalog.products.list', { status: 'published', limit: 100 });
    expect(published.items.every((item) => item.status === 'published')).toBe(true);
    expect((await ok<{ total: number }>('catalog.products.list', { category: sports.id })).total).toBe(12);
    expect((await ok<{ total: number }>('catalog.products.list', { category: trail.id })).total).toBe(1);
    const priced = await ok<{ items: ProductRow[] }>('catalog.products.list', { priceMin: 12, priceMax: 14, limit: 100 });
    expect(priced.items.map((item) => item.price.regular).sort()).toEqual([12, 13, 14]);
    expect(await app.call('catalog.products.list', { priceMin: 20, priceMax: 10 }, 'admin')).toMatchObject({ ok: false, error: { fields: { priceMax: expect.any(String) } } });
    expect((await ok<{ total: number }>('catalog.products.list', { featured: true })).total).toBe(0);
    expect((await ok<{ total: number }>('catalog.products.list', { stock: 'in_stock' })).total).toBe(12);
  });

  it('finds by exact SKU, by name prefix, and by full text where the server has it', async (ctx) => {
    expect(await ok('catalog.products.list', { search: 'JKT-3' })).toMatchObject({ searchMode: 'exact', total: 1, items: [{ sku: 'JKT-3' }] });
    const fallback = hasCapability('textSearch') ? 'text' : 'prefix';
    const prefix = await ok<{ searchMode: string; items: ProductRow[] }>('catalog.products.list', { search: 'delta' });
    expect(prefix.searchMode).toBe(fallback);
    expect(prefix.items.map((item) => item.name)).toEqual(['Delta jacket', 'Delta jacket', 'Delta jacket']);
    expect((await ok<{ items: ProductRow[] }>('catalog.products.list', { search: '.*' })).items).toEqual([]);
    requireCapability(ctx, 'textSearch');
    const text = await ok<{ searchMode: string; items: ProductRow[] }>('catalog.products.list', { search: 'grippy muddy' });
    expect(text).toMatchObject({ searchMode: 'text', items: [{ sku: 'SHOE-001' }] });
  });

  it('refuses a save over someone else\'s newer change, naming them, and allows a deliberate overwrite', async () => {
    const opened = shoe;
    await ok('auth.signIn', { email: ADMIN.email, password: ADMIN.password }, 'other-admin');
    const theirs = await ok<{ product: Product }>('catalog.products.update', { id: opened.id, expectedUpdatedAt: opened.updatedAt, product: productInput({ category: trail.id, price: { regular: 125 } }) }, 'other-admin');
    const stale = await app.call('catalog.products.update', { id: opened.id, expectedUpdatedAt: opened.updatedAt, product: productInput({ category: trail.id, name: 'Trail Shoe Pro' }) }, 'admin');
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Ada Admin') } });
    const overwrite = await ok<{ product: Product }>('catalog.products.update', { id: opened.id, expectedUpdatedAt: theirs.product.updatedAt, product: productInput({ category: trail.id, name: 'Trail Shoe Pro' }) });
    expect(overwrite.product).toMatchObject({ name: 'Trail Shoe Pro', price: { regular: 120 } });
    shoe = overwrite.product;

    const audit = await ok<{ items: Array<{ channel: string; changes: Array<{ path: string }> }> }>('audit.list', { collection: 'products', targetId: shoe.id });
    expect(audit.items[0]).toMatchObject({ channel: 'catalog.products.update', changes: expect.arrayContaining([expect.objectContaining({ path: 'name' })]) });
  });

  it('keeps sellers to their own products', async () => {
    const mine = await ok<{ product: Product }>('catalog.products.create', { product: productInput({ sku: 'SOL-1', name: 'Sol hat', images: [], seller: null }) }, 'seller');
    expect(mine.product.seller?.id).toBe(sellerId);
    const list = await ok<{ total: number; items: ProductRow[] }>('catalog.products.list', {}, 'seller');
    expect(list.items.map((item) => item.sku)).toEqual(['SOL-1']);
    expect(await app.call('catalog.products.get', { id: shoe.id }, 'seller')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await app.call('catalog.products.delete', { id: shoe.id }, 'seller')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('duplicates as a draft with a new SKU and slug, and deletes with its reviews', async () => {
    const copy = await ok<{ product: Product }>('catalog.products.duplicate', { id: shoe.id });
    expect(copy.product).toMatchObject({ name: 'Trail Shoe Pro (copy)', sku: 'SHOE-001-COPY', slug: 'trail-shoe-pro-copy', status: 'draft' });

    const customer = await app.backend.models.User.create({ email: 'cy@shop.test', password: 'customer pass', firstName: 'Cy', lastName: 'Customer' });
    await app.backend.models.Review.create({ product: shoe.id, user: customer._id, rating: 5, title: 'Great', status: 'approved' });
    expect(await ok('catalog.products.dependents', { id: shoe.id })).toMatchObject({ reviews: 1 });
    expect(await ok('catalog.products.delete', { id: shoe.id })).toMatchObject({ reviews: 1 });
    expect(await app.call('catalog.products.get', { id: shoe.id }, 'admin')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await app.backend.models.Review.countDocuments({ product: shoe.id })).toBe(0);
  });
});
