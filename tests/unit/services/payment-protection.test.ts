import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isEncrypted } from '../../../src/main/secrets/field-encryption';
import {
  decryptPayment,
  maskName,
  maskPayment,
  protectPayment,
  revealPaymentForStaff,
  type PaymentInput,
} from '../../../src/main/services/payment-protection';

const key = randomBytes(32);

function plainPayment(): PaymentInput {
  return {
    amount: 129.9,
    currency: 'USD',
    method: 'credit_card',
    status: 'completed',
    transactionId: 'txn_8842',
    gateway: 'stripe',
    gatewayResponse: { id: 'ch_3SecretCharge', outcome: { risk: 'normal', sellerMessage: 'Payment complete.' }, receiptEmail: 'jane@example.com' },
    paymentDetails: { last4: '4242', brand: 'Visa', expiryMonth: '09', expiryYear: '2031', holderName: 'Jane Doe' },
    paidAt: new Date('2026-03-01T12:00:00Z'),
  };
}

describe('payment protection', () => {
  it('leaves no plain sensitive value in the stored form', () => {
    const stored = protectPayment(plainPayment(), key);
    const serialised = JSON.stringify(stored);
    for (const secret of ['Jane Doe', 'ch_3SecretCharge', 'jane@example.com', 'Payment complete', '2031']) {
      expect(serialised).not.toContain(secret);
    }
    expect(isEncrypted(stored.gatewayResponse)).toBe(true);
    expect(isEncrypted(stored.paymentDetails?.holderName)).toBe(true);
    expect(isEncrypted(stored.paymentDetails?.expiryMonth)).toBe(true);
    expect(isEncrypted(stored.paymentDetails?.expiryYear)).toBe(true);
    expect(stored.paymentDetails?.last4).toBe('4242');
    expect(stored.paymentDetails?.brand).toBe('Visa');
    expect(stored.amount).toBe(129.9);
  });

  it('does not change its input, and decrypts back to it in the main process', () => {
    const input = plainPayment();
    const stored = protectPayment(input, key);
    expect(input.paymentDetails?.holderName).toBe('Jane Doe');
    const plain = decryptPayment(stored, key);
    expect(plain.paymentDetails).toEqual(input.paymentDetails);
    expect(plain.gatewayResponse).toEqual(input.gatewayResponse);
  });

  it('is harmless to apply twice', () => {
    const once = protectPayment(plainPayment(), key);
    expect(protectPayment(once, key)).toEqual(once);
  });

  it('refuses card fields that must never be stored, and a last4 that is not four digits', () => {
    const withPan = { ...plainPayment(), paymentDetails: { last4: '4242', number: '4242424242424242', cvv: '123' } };
    expect(() => protectPayment(withPan as PaymentInput, key)).toThrow(/may hold only/);
    expect(() => protectPayment({ paymentDetails: { last4: '4242424242424242' } }, key)).toThrow(/four digits/);
  });

  it('shows staff only last4, brand, the holder initials and a masked expiry', () => {
    const stored = { _id: 'p1', ...protectPayment(plainPayment(), key) };
    const dto = revealPaymentForStaff(stored, key);
    expect(dto.card).toEqual({ last4: '4242', brand: 'Visa', holderName: 'J*** D***', expiry: '**/**' });
    expect(dto.hasGatewayResponse).toBe(true);
    expect(dto.paidAt).toBe('2026-03-01T12:00:00.000Z');
    const serialised = JSON.stringify(dto);
    for (const secret of ['Jane', 'Doe', 'ch_3SecretCharge', '2031', '09', 'enc:v1']) expect(serialised).not.toContain(secret);
  });

  it('masks without the key: no name at all, and nothing encrypted leaks', () => {
    const dto = maskPayment(protectPayment(plainPayment(), key));
    expect(dto.card).toEqual({ last4: '4242', brand: 'Visa', holderName: '****', expiry: '**/**' });
    expect(JSON.stringify(dto)).not.toContain('enc:v1');
  });

  it('masks names to initials without revealing their length', () => {
    expect(maskName('Jane Doe')).toBe('J*** D***');
    expect(maskName('  Élodie   van der Berg ')).toBe('É*** v*** d*** B***');
    expect(maskName('   ')).toBeNull();
  });
});
