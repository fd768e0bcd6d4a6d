import { describe, expect, it } from 'vitest';
import { demoWorld, sampleDocuments } from './sample';

/** Everything but ciphertexts, which use a random IV on purpose. */
function withoutCiphertext(payments: object[]): unknown[] {
  return JSON.parse(JSON.stringify(payments, (_key, value: unknown) => (typeof value === 'string' && value.startsWith('enc:v1:') ? 'enc' : value))) as unknown[];
}

describe('seed determinism', () => {
  const first = sampleDocuments(demoWorld(42), 120);
  const again = sampleDocuments(demoWorld(42), 120);
  const other = sampleDocuments(demoWorld(7), 120);

  it.each(['orders', 'reviews', 'products', 'users', 'addresses', 'carts', 'wishlists', 'categories', 'coupons'] as const)('the same seed gives identical %s', (key) => {
    expect(JSON.stringify(again[key])).toBe(JSON.stringify(first[key]));
  });

  it('the same seed gives identical payments, apart from the random IVs of encrypted fields', () => {
    expect(withoutCiphertext(again.payments)).toEqual(withoutCiphertext(first.payments));
  });

  it.each(['orders', 'products', 'users', 'reviews'] as const)('another seed gives different %s', (key) => {
    expect(JSON.stringify(other[key])).not.toBe(JSON.stringify(first[key]));
  });

  it('gives every document a unique id and every order a unique number', () => {
    const ids = [first.orders, first.products, first.users, first.reviews, first.addresses, first.carts, first.wishlists, first.categories, first.coupons]
      .flat()
      .map((document) => document._id.toHexString());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(first.orders.map((order) => order.orderNumber)).size).toBe(first.orders.length);
  });
});
