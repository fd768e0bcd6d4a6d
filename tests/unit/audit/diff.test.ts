import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../src/main/audit/diff';

describe('audit diff', () => {
  it('lists changed fields as dotted paths and skips bookkeeping fields', () => {
    const changes = diffDocuments(
      { name: 'Shoe', price: { regular: 10, sale: null }, updatedAt: new Date(1) },
      { name: 'Shoe', price: { regular: 12, sale: null }, updatedAt: new Date(2) },
    );
    expect(changes).toEqual([{ path: 'price.regular', before: 10, after: 12 }]);
  });

  it('redacts secret fields by whole name, keeping flags that merely mention them readable', () => {
    const changes = diffDocuments({ password: 'old-hash', mustChangePassword: true }, { password: 'new-hash', mustChangePassword: false });
    expect(changes).toEqual([
      { path: 'mustChangePassword', before: true, after: false },
      { path: 'password', before: '[redacted]', after: '[redacted]' },
    ]);
    expect(diffDocuments(null, { paymentDetails: { holderName: 'J Doe', last4: '4242' } })).toEqual([
      { path: 'paymentDetails.holderName', before: null, after: '[redacted]' },
      { path: 'paymentDetails.last4', before: null, after: '4242' },
    ]);
  });
});
