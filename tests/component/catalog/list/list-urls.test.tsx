import { describe, expect, it } from 'vitest';
import {
  filtersFromQuery,
  filtersToQuery,
  hasProductFilters,
  listParamsFromQuery,
  listParamsToQuery,
  parsePrice,
  productListUrl,
  type ProductListParams,
} from '../../../../src/renderer/src/features/catalog/list-urls';

const SHOES = '65f0c0ffee0000000000000a';
const DEFAULTS: ProductListParams = { filters: {}, sort: 'updatedAt', direction: 'desc', pageSize: 25 };

describe('product list params <-> query string', () => {
  it('reads every filter, the sort and the page size from their short names', () => {
    expect(listParamsFromQuery(`q=red%20shoe&status=draft&category=${SHOES}&brand=Acme&featured=true&stock=low_stock&min=10&max=99.5&sort=name&dir=desc&size=50`)).toEqual({
      filters: { search: 'red shoe', status: 'draft', category: SHOES, brand: 'Acme', featured: true, stock: 'low_stock', priceMin: 10, priceMax: 99.5 },
      sort: 'name',
      direction: 'desc',
      pageSize: 50,
    });
    expect(filtersFromQuery('featured=false')).toEqual({ featured: false });
  });

  it('falls back to the defaults for an empty or garbage address, never throwing', () => {
    expect(listParamsFromQuery('')).toEqual(DEFAULTS);
    expect(
      listParamsFromQuery(
        'status=deleted&category=not-an-id&featured=maybe&stock=plenty&min=-5&max=1e3&sort=__proto__&dir=sideways&size=1000&q=%20%20&brand=&unknown=1',
      ),
    ).toEqual(DEFAULTS);
    expect(listParamsFromQuery('min=12.345&max=abc&size=25.5')).toEqual(DEFAULTS);
    expect(listParamsFromQuery(`q=${'x'.repeat(201)}`).filters).toEqual({});
    // Broken percent-escapes decode leniently (to U+FFFD) rather than throwing.
    expect(Object.keys(listParamsFromQuery('%%%&&==&status=%E0%A4%A&q=%E0%A4%A').filters)).toEqual(['search']);
  });

  it('uses the chosen sort’s own default direction when none is given', () => {
    expect(listParamsFromQuery('sort=name')).toMatchObject({ sort: 'name', direction: 'asc' });
    expect(listParamsFromQuery('sort=rating')).toMatchObject({ sort: 'rating', direction: 'desc' });
  });

  it('drops a maximum price below the minimum, which the list channel would refuse', () => {
    expect(filtersFromQuery('min=50&max=10')).toEqual({ priceMin: 50 });
    expect(filtersFromQuery('min=10&max=10')).toEqual({ priceMin: 10, priceMax: 10 });
  });

  it('writes only what differs from the defaults, always in the same order', () => {
    expect(listParamsToQuery(DEFAULTS).toString()).toBe('');
    expect(listParamsToQuery({ filters: { stock: 'out_of_stock', search: ' a&b ', featured: false }, sort: 'name', direction: 'asc', pageSize: 100 }).toString()).toBe(
      'q=a%26b&featured=false&stock=out_of_stock&sort=name&size=100',
    );
    expect(listParamsToQuery({ ...DEFAULTS, direction: 'asc' }).toString()).toBe('dir=asc');
    expect(filtersToQuery({ brand: '  ', priceMin: 0 }).toString()).toBe('min=0');
  });

  it('round-trips', () => {
    const params: ProductListParams = {
      filters: { search: 'SKU-1/ä?', status: 'published', category: SHOES, brand: 'A & B', featured: true, stock: 'in_stock', priceMin: 0, priceMax: 19.99 },
      sort: 'price',
      direction: 'desc',
      pageSize: 100,
    };
    expect(listParamsFromQuery(listParamsToQuery(params))).toEqual(params);
    expect(listParamsFromQuery(listParamsToQuery(DEFAULTS).toString())).toEqual(DEFAULTS);
  });

  it('builds addresses and tells whether anything is filtered', () => {
    expect(productListUrl()).toBe('/catalog');
    expect(productListUrl({ filters: { status: 'draft' }, sort: 'name' })).toBe('/catalog?status=draft&sort=name');
    expect(hasProductFilters({})).toBe(false);
    expect(hasProductFilters({ search: '  ' })).toBe(false);
    expect(hasProductFilters({ featured: false })).toBe(true);
    expect(hasProductFilters({ priceMin: 0 })).toBe(true);
  });

  it('reads prices as typed', () => {
    expect(parsePrice('12')).toBe(12);
    expect(parsePrice(' 12.50 ')).toBe(12.5);
    expect(parsePrice('12.')).toBeUndefined();
    expect(parsePrice('1,000')).toBeUndefined();
    expect(parsePrice('')).toBeUndefined();
    expect(parsePrice(null)).toBeUndefined();
  });
});
