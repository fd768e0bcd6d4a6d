import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../src/shared/contract';
import { normaliseHeader, resolveColumns, suggestMapping } from '../../../src/main/services/catalog/csv/mapping';

const ALL = CSV_COLUMNS.map((column) => column.header);

describe('suggestMapping', () => {
  it('maps the layout\'s own headers to themselves', () => {
    expect(suggestMapping(ALL)).toEqual(Object.fromEntries(ALL.map((header) => [header, header])));
  });

  it('recognises other spellings and other shops\' names, ignoring case and punctuation', () => {
    expect(normaliseHeader('  Sale-Price ')).toBe('sale price');
    expect(suggestMapping(['SKU', 'Product Name', 'Long description', 'Regular price', 'Sale Price', 'Qty', 'Images', 'Categories', 'Colour'])).toEqual({
      SKU: 'sku',
      'Product Name': 'name',
      'Long description': 'description',
      'Regular price': 'price',
      'Sale Price': 'sale_price',
      Qty: 'quantity',
      Images: 'image_urls',
      Categories: 'category',
      Colour: null,
    });
  });

  it('gives a column to the first header that means it only', () => {
    expect(suggestMapping(['qty', 'stock'])).toEqual({ qty: 'quantity', stock: null });
  });
});

describe('resolveColumns', () => {
  it('places each mapped header at its cell position and warns about the others', () => {
    const resolved = resolveColumns(['sku', 'colour', 'name', 'description', 'price', 'quantity', ''], undefined);
    expect(resolved.slots).toEqual([
      { index: 0, header: 'sku', column: 'sku' },
      { index: 2, header: 'name', column: 'name' },
      { index: 3, header: 'description', column: 'description' },
      { index: 4, header: 'price', column: 'price' },
      { index: 5, header: 'quantity', column: 'quantity' },
    ]);
    expect(resolved.mapping.colour).toBeNull();
    expect(resolved.warnings).toEqual(['Not imported: "colour"', 'Columns without a name in the header row are not imported']);
  });

  it('names the required columns a file lacks', () => {
    expect(() => resolveColumns(['sku', 'name', 'price'], undefined)).toThrow('The file has no column for description, quantity; they are required');
  });

  it('says a first line of data is not a header row', () => {
    expect(() => resolveColumns(['A-1', 'Hat', '12.50'], undefined)).toThrow(/^The first line should name the columns \(sku, name, description, price, quantity/);
  });

  it('refuses a header naming a column twice', () => {
    expect(() => resolveColumns(['sku', 'name', 'sku'], undefined)).toThrow('The header names the column "sku" twice (columns 1 and 3); rename one');
  });

  it('follows a given mapping, and refuses one that names a missing header or maps two headers to one column', () => {
    const headers = ['Code', 'Title', 'Text', 'Cost', 'Stock', 'Notes'];
    const mapping = { Code: 'sku', Title: 'name', Text: 'description', Cost: 'price', Stock: 'quantity', Notes: null } as const;
    expect(resolveColumns(headers, mapping).slots.map((slot) => slot.column)).toEqual(['sku', 'name', 'description', 'price', 'quantity']);
    expect(() => resolveColumns(headers, { ...mapping, Colour: 'brand' })).toThrow('The file has no column "Colour"');
    expect(() => resolveColumns(headers, { ...mapping, Notes: 'sku' })).toThrow('"Code" and "Notes" are both mapped to sku; map only one');
  });
});
