import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mongo } from 'mongoose';
import { decryptPayment, protectPayment, revealPaymentForStaff, type StoredPayment } from '../../src/main/services/payment-protection';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

const key = randomBytes(32);
const HOLDER = 'Margarethe Quiggley';
const GATEWAY_SECRET = 'ch_3QzSecretGatewayToken';

describe('payments encrypted at rest', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase('payment_encryption');
  });
  afterAll(() => database.dispose());

  it('stores no plaintext sensitive bytes and decrypts back', async () => {
    const payments = database.connection.db!.collection('payments');
    const input = {
      order: new mongo.ObjectId(),
      user: new mongo.ObjectId(),
      amount: 59.5,
      currency: 'USD',
      method: 'credit_card',
      status: 'completed',
      gateway: 'stripe',
      gatewayResponse: { id: GATEWAY_SECRET, card: { fingerprint: 'fp_Zx81Secret' }, amount_captured: 5950 },
      paymentDetails: { last4: '1881', brand: 'Mastercard', expiryMonth: '11', expiryYear: '2029', holderName: HOLDER },
      createdAt: new Date(),
    };
    const { insertedId } = await payments.insertOne(protectPayment(input, key));

    const raw = await payments.findOne({ _id: insertedId }, { raw: true });
    expect(Buffer.isBuffer(raw)).toBe(true);
    const bytes = raw as unknown as Buffer;
    // The check would be meaningless if plain fields were not found the same way.
    expect(bytes.includes(Buffer.from('1881'))).toBe(true);
    for (const secret of [HOLDER, 'Quiggley', GATEWAY_SECRET, 'fp_Zx81Secret', 'amount_captured', '2029']) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), `"${secret}" is stored in plain text`).toBe(false);
    }

    const stored = (await payments.findOne({ _id: insertedId })) as StoredPayment;
    const plain = decryptPayment(stored, key);
    expect(plain.paymentDetails).toEqual(input.paymentDetails);
    expect(plain.gatewayResponse).toEqual(input.gatewayResponse);
    expect(revealPaymentForStaff(stored, key).card).toEqual({ last4: '1881', brand: 'Mastercard', holderName: 'M*** Q***', expiry: '**/**' });
    expect(revealPaymentForStaff(stored, key).id).toBe(insertedId.toHexString());
  });
});
