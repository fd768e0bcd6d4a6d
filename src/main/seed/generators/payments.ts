import type { Types } from 'mongoose';
import type { PaymentMethod, PaymentStatus } from '../../domain/enums';
import { CURRENT_SCHEMA_VERSION } from '../../models/schema-version';
import { protectPayment, type PlainPaymentDetails, type StoredPayment } from '../../services/payment-protection';
import { MINUTE_MS } from '../clock';
import { CARD_BRANDS, PAYMENT_FAILURES } from '../data/commerce';
import type { Random } from '../prng';
import type { SeedWorld } from '../world';
import type { GeneratedOrder } from './orders';

/** A payment as the payments service would build it, before its sensitive fields are encrypted. */
// A type alias, not an interface, so it fits protectPayment's indexable input.
export type PlainPayment = {
  _id: Types.ObjectId;
  order: Types.ObjectId;
  user: Types.ObjectId;
  amount: number;
  currency: string;
  method: PaymentMethod;
  status: PaymentStatus;
  transactionId?: string;
  gateway: string;
  gatewayResponse?: Record<string, unknown>;
  paymentDetails?: PlainPaymentDetails;
  billingAddress: { addressLine1: string; addressLine2?: string; city: string; state: string; postalCode: string; country: string };
  refund?: { amount: number; reason: string; refundId: string; processedAt: Date };
  metadata: { channel: string; orderNumber: string };
  failureReason?: string;
  attempts: number;
  paidAt?: Date;
  schemaVersion: number;
  createdAt: Date;
  updatedAt: Date;
};

const CARD_METHODS: ReadonlySet<PaymentMethod> = new Set(['credit_card', 'debit_card', 'stripe']);

function gatewayOf(method: PaymentMethod, rng: Random): string {
  if (method === 'paypal') return 'paypal';
  if (method === 'bank_transfer') return 'plaid';
  return method === 'stripe' || rng.chance(0.7) ? 'stripe' : 'adyen';
}

/** Gateway ids are unique: a random part of fixed length, then the order's index. */
function transactionIdOf(gateway: string, index: number, rng: Random): string {
  const prefix = gateway === 'paypal' ? 'PAYID-' : gateway === 'plaid' ? 'ach_' : gateway === 'adyen' ? 'psp_' : 'ch_';
  return `${prefix}${rng.alnum(14)}${index.toString(36).toUpperCase().padStart(7, '0')}`;
}

/** The payment status an order's state implies. */
function statusOf(generated: GeneratedOrder, rng: Random): PaymentStatus {
  if (generated.refund) return 'refunded';
  if (generated.cancelledUnpaid) return 'failed';
  if (generated.paidAt !== undefined) return 'completed';
  return rng.chance(0.7) ? 'pending' : 'processing';
}

export function plainPayment(world: SeedWorld, generated: GeneratedOrder): PlainPayment {
  const { order, customer, index } = generated;
  const rng = world.rng('payment', index);
  const method = rng.weighted([['credit_card', 45], ['debit_card', 15], ['paypal', 20], ['stripe', 12], ['bank_transfer', 8]] as const);
  const gateway = gatewayOf(method, rng);
  const status = statusOf(generated, rng);
  const placedAt = order.createdAt.getTime();
  const hasTransaction = !(status === 'pending' && method === 'bank_transfer');
  const transactionId = hasTransaction ? transactionIdOf(gateway, index, rng) : undefined;
  const paidAt = generated.paidAt ?? (generated.refund ? placedAt + MINUTE_MS : undefined);
  const attempts = status === 'failed' ? rng.int(1, 3) : 1;

  let paymentDetails: PlainPaymentDetails | undefined;
  if (CARD_METHODS.has(method)) {
    paymentDetails = {
      last4: rng.digits(4),
      brand: rng.weighted(CARD_BRANDS),
      expiryMonth: String(rng.int(1, 12)).padStart(2, '0'),
      expiryYear: String(new Date(placedAt).getUTCFullYear() + rng.int(1, 5)),
      holderName: order.billingAddress.fullName,
    };
  } else if (method === 'bank_transfer') {
    paymentDetails = { last4: rng.digits(4), brand: 'ACH', holderName: order.billingAddress.fullName };
  }

  const { fullName: _name, phone: _phone, ...billingAddress } = order.billingAddress;
  const refund = generated.refund
    ? { amount: generated.refund.amount, reason: generated.refund.reason, refundId: `re_${rng.alnum(12)}${index.toString(36).toUpperCase().padStart(7, '0')}`, processedAt: new Date(generated.refund.at) }
    : undefined;
  const failureReason = status === 'failed' ? rng.pick(PAYMENT_FAILURES) : undefined;
  const updatedAt = Math.max(placedAt, paidAt ?? 0, refund?.processedAt.getTime() ?? 0, generated.cancelledUnpaid?.at ?? 0);
  return {
    _id: order.payment,
    order: order._id,
    user: customer.id,
    amount: order.pricing.total,
    currency: 'USD',
    method,
    status,
    ...(transactionId ? { transactionId } : {}),
    gateway,
    ...(transactionId
      ? {
          gatewayResponse: {
            id: transactionId,
            status: status === 'failed' ? 'failed' : status === 'pending' || status === 'processing' ? 'pending' : 'succeeded',
            amount: Math.round(order.pricing.total * 100),
            currency: 'usd',
            created: Math.floor(placedAt / 1000),
            outcome: { network_status: status === 'failed' ? 'declined_by_network' : 'approved_by_network', risk_level: rng.pick(['normal', 'normal', 'elevated']) },
            ...(failureReason ? { failure_code: failureReason } : {}),
          },
        }
      : {}),
    ...(paymentDetails ? { paymentDetails } : {}),
    billingAddress,
    ...(refund ? { refund } : {}),
    metadata: { channel: rng.weighted([['web', 65], ['mobile', 30], ['phone', 5]] as const), orderNumber: order.orderNumber },
    ...(failureReason ? { failureReason } : {}),
    attempts,
    ...(paidAt !== undefined ? { paidAt: new Date(paidAt) } : {}),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: new Date(placedAt),
    updatedAt: new Date(updatedAt),
  };
}

/** The stored payment: expiry, holder name and gateway response encrypted with the field key. */
export function paymentDoc(world: SeedWorld, generated: GeneratedOrder, fieldKey: Buffer): StoredPayment {
  return protectPayment(plainPayment(world, generated), fieldKey);
}
