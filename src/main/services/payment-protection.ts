import { AppError } from '../errors';
import { decryptValue, encryptValue, isEncrypted } from '../secrets/field-encryption';

/**
 * Payments at rest (design document §4.5 and §9.1): the raw gateway response
 * and the card's expiry and holder name are encrypted field by field; only
 * `last4` and `brand` stay readable, because lists and searches need them.
 * What leaves the main process is the masked `PaymentDTO`, never plain values.
 */

const SENSITIVE_DETAILS = ['expiryMonth', 'expiryYear', 'holderName'] as const;
const PLAIN_DETAILS = ['last4', 'brand'] as const;
type SensitiveDetail = (typeof SENSITIVE_DETAILS)[number];
type PlainDetail = (typeof PLAIN_DETAILS)[number];

/** Card details as the gateway hands them over. Never stored like this. */
export type PlainPaymentDetails = Partial<Record<PlainDetail | SensitiveDetail, string | null>>;

/** A payment as a service builds it, before `protectPayment`. */
export interface PaymentInput {
  gatewayResponse?: unknown;
  paymentDetails?: PlainPaymentDetails | null;
  [field: string]: unknown;
}

/** Card details as stored: the sensitive ones are `enc:v1:` strings. */
export type StoredPaymentDetails = Partial<Record<PlainDetail | SensitiveDetail, string | null>>;

/** A payment as it sits in the `payments` collection. */
export interface StoredPayment {
  gatewayResponse?: string | null;
  paymentDetails?: StoredPaymentDetails | null;
  [field: string]: unknown;
}

/** A payment as the renderer may see it. */
export interface PaymentDTO {
  id: string | null;
  order: string | null;
  user: string | null;
  amount: number | null;
  currency: string | null;
  method: string | null;
  status: string | null;
  transactionId: string | null;
  gateway: string | null;
  card: {
    last4: string | null;
    brand: string | null;
    /** Initials only, e.g. "J*** D***"; "****" when the name could not be read. */
    holderName: string | null;
    /** A fixed mask (two stars, a slash, two stars) when an expiry is stored, else null. */
    expiry: string | null;
  } | null;
  /** Whether a raw gateway response is kept (its content never leaves the main process). */
  hasGatewayResponse: boolean;
  refund: { amount: number | null; reason: string | null; refundId: string | null; processedAt: string | null } | null;
  failureReason: string | null;
  attempts: number | null;
  paidAt: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

const MASKED_EXPIRY = '**/**';
const HIDDEN_NAME = '****';

function checkDetails(details: Record<string, unknown>): void {
  const allowed: readonly string[] = [...PLAIN_DETAILS, ...SENSITIVE_DETAILS];
  // A card number or CVV must never be stored, encrypted or not (PCI DSS).
  const extra = Object.keys(details).filter((name) => !allowed.includes(name));
  if (extra.length > 0) {
    const fields = Object.fromEntries(extra.map((name) => [`paymentDetails.${name}`, 'is not stored']));
    throw new AppError('VALIDATION', `Payment details may hold only ${allowed.join(', ')}`, fields);
  }
  const last4 = details.last4;
  if (last4 != null && !(typeof last4 === 'string' && /^\d{4}$/.test(last4))) {
    throw new AppError('VALIDATION', 'paymentDetails.last4 must be exactly four digits', { 'paymentDetails.last4': 'must be four digits' });
  }
}

/** Encrypts unless there is nothing to hide or it is already encrypted (so re-protecting is harmless). */
function protect(value: unknown, key: Buffer): unknown {
  if (value === undefined || value === null || isEncrypted(value)) return value;
  return encryptValue(value, key);
}

function reveal(value: unknown, key: Buffer): unknown {
  return isEncrypted(value) ? decryptValue(value, key) : value;
}

/** The stored form of a payment: a copy with its sensitive fields encrypted. */
export function protectPayment(input: PaymentInput, key: Buffer): StoredPayment {
  const stored: StoredPayment = { ...input } as StoredPayment;
  if ('gatewayResponse' in input) stored.gatewayResponse = protect(input.gatewayResponse, key) as string | null | undefined;
  const details = input.paymentDetails;
  if (details) {
    checkDetails(details);
    const protectedDetails: StoredPaymentDetails = { ...details };
    for (const name of SENSITIVE_DETAILS) {
      if (name in details) protectedDetails[name] = protect(details[name], key) as string | null | undefined;
    }
    stored.paymentDetails = protectedDetails;
  }
  return stored;
}

/** The plain payment, for the main process only (e.g. a refund call to the gateway). */
export function decryptPayment(stored: StoredPayment, key: Buffer): PaymentInput {
  const plain: PaymentInput = { ...stored };
  if ('gatewayResponse' in stored) plain.gatewayResponse = reveal(stored.gatewayResponse, key);
  const details = stored.paymentDetails;
  if (details) {
    const plainDetails: PlainPaymentDetails = { ...details };
    for (const name of SENSITIVE_DETAILS) {
      if (name in details) plainDetails[name] = reveal(details[name], key) as string | null | undefined;
    }
    plain.paymentDetails = plainDetails;
  }
  return plain;
}

/** "Jane van Doe" -> "J*** v*** D***": initials only, and no hint of length. */
export function maskName(name: string): string | null {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return words.map((word) => `${Array.from(word)[0]}***`).join(' ');
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function id(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  const hex = (value as { toHexString?: () => string }).toHexString;
  return typeof hex === 'function' ? hex.call(value) : String(value);
}

function isoDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return typeof value === 'string' ? value : null;
}

function toDto(stored: StoredPayment, holderName: string | null): PaymentDTO {
  const details = stored.paymentDetails;
  const refund = stored.refund as Record<string, unknown> | null | undefined;
  return {
    id: id(stored._id),
    order: id(stored.order),
    user: id(stored.user),
    amount: num(stored.amount),
    currency: text(stored.currency),
    method: text(stored.method),
    status: text(stored.status),
    transactionId: text(stored.transactionId),
    gateway: text(stored.gateway),
    card: details
      ? {
          last4: text(details.last4),
          brand: text(details.brand),
          holderName,
          expiry: details.expiryMonth != null || details.expiryYear != null ? MASKED_EXPIRY : null,
        }
      : null,
    hasGatewayResponse: stored.gatewayResponse !== undefined && stored.gatewayResponse !== null,
    refund: refund
      ? { amount: num(refund.amount), reason: text(refund.reason), refundId: text(refund.refundId), processedAt: isoDate(refund.processedAt) }
      : null,
    failureReason: text(stored.failureReason),
    attempts: num(stored.attempts),
    paidAt: isoDate(stored.paidAt),
    createdAt: isoDate(stored.createdAt),
    updatedAt: isoDate(stored.updatedAt),
  };
}

/**
 * The renderer's view without the key: an encrypted holder name is shown as
 * "****" (a plain one, from data written before encryption, is masked to initials).
 */
export function maskPayment(stored: StoredPayment): PaymentDTO {
  const name = stored.paymentDetails?.holderName;
  const holderName = name == null ? null : isEncrypted(name) ? HIDDEN_NAME : maskName(name);
  return toDto(stored, holderName);
}

/** The renderer's view for staff: as `maskPayment`, with the holder's initials decrypted. */
export function revealPaymentForStaff(stored: StoredPayment, key: Buffer): PaymentDTO {
  const name = reveal(stored.paymentDetails?.holderName, key);
  const holderName = name == null ? null : typeof name === 'string' ? maskName(name) : HIDDEN_NAME;
  return toDto(stored, holderName);
}
