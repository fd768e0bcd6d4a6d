import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, type ProductInput } from '../../../src/shared/contract';
import { CategoryIndex } from '../../../src/main/services/catalog/csv/category-paths';
import { parseBoolean, parseDecimal, productCells, splitList } from '../../../src/main/services/catalog/csv/columns';
import { resolveColumns } from '../../../src/main/services/catalog/csv/mapping';
import { rowToProductInput, sameProduct } from '../../../src/main/services/catalog/csv/row-input';
import type { StoredProduct } from '../../../src/main/services/catalog/product-dto';

const TRAIL = '0123456789abcdef01234567';
const context = {
  categories: new CategoryIndex([
    { id: 'a'.repeat(24), names: ['Sports'] },
    { id: 'b'.repeat(24), names: ['Sports', 'Running'] },
    { id: TRAIL, names: ['Sports', 'Running', 'Trail'] },
  ]),
};

/** A row of the full layout: the template's example with some cells changed. */
function row(changes: Partial<Record<string, string>> = {}): { cells: string[]; slots: ReturnType<typeof resolveColumns>['slots'] } {
  const headers = CSV_COLUMNS.map((column) => column.header);
  const cells = CSV_COLUMNS.map((column) => changes[column.header] ?? column.example);
  return { cells, slots: resolveColumns(headers, undefined).slots };
}

function build(changes: Partial<Record<string, string>> = {}, base: ProductInput | null = null) {
  const { cells, slots } = row(changes);
  return rowToProductInput(cells, slots, base, context);
}

describe('reading cells', () => {
  it('reads numbers with a dot, and explains a comma', () => {
    expect(parseDecimal('12.50')).toEqual({ value: 12.5 });
    expect(parseDecimal('-3')).toEqual({ value: -3 });
    expect(parseDecimal('12,50')).toEqual({ problem: '"12,50": use a dot for decimals and no thousands separators, like 1234.50' });
    expect(parseDecimal('1,234.50')).toEqual({ problem: expect.stringContaining('no thousands separators') });
    expect(parseDecimal('$12')).toEqual({ problem: '"$12" is not a number' });
  });

  it('reads booleans in the usual spellings', () => {
    expect(parseBoolean('TRUE')).toEqual({ value: true });
    expect(parseBoolean('no')).toEqual({ value: false });
    expect(parseBoolean('maybe')).toEqual({ problem: '"maybe": use true or false' });
  });

  it('splits lists on | and drops empty items', () => {
    expect(splitList(' a | b ||c ')).toEqual(['a', 'b', 'c']);
  });
});

describe('rowToProductInput', () => {
  it('turns the template\'s example row into the product a save would send', () => {
    const built = build();
    expect(built).toMatchObject({ ok: true });
    if (!built.ok) return;
    expect(built.parsed).toMatchObject({
      sku: 'TRAIL-001',
      name: 'Trail running shoe',
      category: TRAIL,
      brand: 'Acme',
      price: { regular: 89.9, sale: 79.9, currency: 'USD' },
      inventory: { quantity: 25, lowStockThreshold: 5, allowBackorder: false },
      status: 'draft',
      featured: false,
      isActive: true,
      tags: ['running', 'trail'],
      images: [
        { url: 'https://example.com/shoe.jpg', isPrimary: true },
        { url: 'https://example.com/shoe-side.jpg', isPrimary: false },
      ],
      dimensions: { weight: 0.8, length: 30, width: 12, height: 11 },
      shipping: { freeShipping: false, shippingClass: 'standard', estimatedDays: 3 },
      seo: { keywords: ['trail shoe', 'running shoe'] },
    });
    expect(built.input.slug).toBeUndefined();
  });

  it('names each refused cell by its header, with the reason', () => {
    const built = build({ price: '12,50', quantity: '2.5', status: 'live', category: 'Sports > Hiking', name: '' });
    expect(built).toEqual({
      ok: false,
      problems: [
        { column: 'name', message: 'Required' },
        { column: 'category', message: 'No category "Sports > Hiking"; create it first (an import does not create categories)' },
        { column: 'price', message: '"12,50": use a dot for decimals and no thousands separators, like 1234.50' },
        { column: 'quantity', message: '"2.5" is not a whole number' },
        { column: 'status', message: '"live": use draft, published or archived' },
      ],
    });
  });

  it('reports the product rules (sale below price, negative stock) at their columns', () => {
    expect(build({ sale_price: '95' })).toEqual({ ok: false, problems: [{ column: 'sale_price', message: 'Must be below the regular price' }] });
    expect(build({ quantity: '-2' })).toEqual({ ok: false, problems: [{ column: 'quantity', message: 'Cannot be negative unless backorders are allowed' }] });
    expect(build({ quantity: '-2', allow_backorder: 'true' })).toMatchObject({ ok: true });
    expect(build({ image_urls: 'not a url' })).toEqual({ ok: false, problems: [{ column: 'image_urls', message: 'Must be a full URL (https://…)' }] });
  });

  it('lays the cells over an existing product: columns not in the file keep their values, alt texts stay', () => {
    const base: ProductInput = {
      name: 'Old name',
      description: 'Old',
      sku: 'TRAIL-001',
      slug: 'old-name',
      price: { regular: 100, currency: 'EUR' },
      inventory: { quantity: 1, lowStockThreshold: 3 },
      images: [{ url: 'https://example.com/shoe.jpg', alt: 'Side view', isPrimary: true }],
      specifications: [{ key: 'Drop', value: '6 mm' }],
      status: 'published',
    };
    const headers = ['sku', 'name', 'description', 'price', 'quantity', 'image_urls', 'status'];
    const { slots } = resolveColumns(headers, undefined);
    const built = rowToProductInput(['TRAIL-001', 'New name', 'New', '90', '4', 'https://example.com/shoe.jpg|https://example.com/b.jpg', ''], slots, base, context);
    expect(built).toMatchObject({ ok: true });
    if (!built.ok) return;
    expect(built.parsed).toMatchObject({
      name: 'New name',
      slug: 'old-name',
      price: { regular: 90, currency: 'EUR' },
      inventory: { quantity: 4, lowStockThreshold: 3 },
      specifications: [{ key: 'Drop', value: '6 mm' }],
      status: 'published',
      images: [
        { url: 'https://example.com/shoe.jpg', alt: 'Side view', isPrimary: true },
        { url: 'https://example.com/b.jpg', isPrimary: false },
      ],
    });
    expect(base.name).toBe('Old name');
    expect(sameProduct(base, built.parsed)).toBe(false);
  });

  it('knows a row that changes nothing', () => {
    const base: ProductInput = { name: 'Hat', description: 'Warm', sku: 'H-1', slug: 'hat', price: { regular: 10, sale: null }, inventory: { quantity: 2 } };
    const { slots } = resolveColumns(['sku', 'name', 'description', 'price', 'sale_price', 'quantity'], undefined);
    const built = rowToProductInput(['H-1', 'Hat', 'Warm', '10.00', '', '2'], slots, base, context);
    expect(built.ok && sameProduct(base, built.parsed)).toBe(true);
  });
});

describe('productCells', () => {
  const stored: StoredProduct = {
    _id: new Types.ObjectId(),
    name: '=HYPERLINK("http://evil")',
    slug: 'hat',
    description: 'Warm,\n"soft"',
    sku: 'H-1',
    category: new Types.ObjectId(TRAIL),
    categoryPath: [
      { _id: new Types.ObjectId(), name: 'Sports', slug: 'sports' },
      { _id: new Types.ObjectId(), name: 'Running', slug: 'running' },
      { _id: new Types.ObjectId(TRAIL), name: 'Trail', slug: 'trail' },
    ],
    price: { regular: 19.9, sale: null, currency: 'USD' },
    inventory: { quantity: -3, allowBackorder: true },
    images: [
      { _id: new Types.ObjectId(), url: 'https://example.com/b.jpg', isPrimary: false },
      { _id: new Types.ObjectId(), url: 'https://example.com/a.jpg', isPrimary: true },
    ],
    tags: ['wool', 'winter'],
    status: 'published',
    createdAt: new Date(),
    updatedAt: new Date(),
  };

  it('writes a product in the layout, primary image first, formulas defused', () => {
    const cells = Object.fromEntries(CSV_COLUMNS.map((column, index) => [column.header, productCells(stored)[index]]));
    expect(cells).toMatchObject({
      name: '\'=HYPERLINK("http://evil")',
      description: 'Warm,\n"soft"',
      category: 'Sports > Running > Trail',
      price: '19.90',
      sale_price: '',
      quantity: '-3',
      low_stock_threshold: '10',
      allow_backorder: 'true',
      tags: 'wool|winter',
      image_urls: 'https://example.com/a.jpg|https://example.com/b.jpg',
      active: 'true',
      weight: '',
    });
  });

  it('reads back what it writes', () => {
    const { slots } = resolveColumns(CSV_COLUMNS.map((column) => column.header), undefined);
    const built = rowToProductInput(productCells(stored), slots, null, context);
    expect(built).toMatchObject({ ok: true });
    if (!built.ok) return;
    expect(built.parsed).toMatchObject({
      name: '=HYPERLINK("http://evil")',
      description: 'Warm,\n"soft"',
      category: TRAIL,
      price: { regular: 19.9, sale: null },
      inventory: { quantity: -3, allowBackorder: true, lowStockThreshold: 10 },
      images: [
        { url: 'https://example.com/a.jpg', isPrimary: true },
        { url: 'https://example.com/b.jpg', isPrimary: false },
      ],
      tags: ['wool', 'winter'],
    });
  });
});
