import { z } from 'zod';
import type { ErrorShape } from '@shared/errors';
import { AppError } from '../errors';
import type { Logger } from '../logger';

/** A dotted path such as `items.0.quantity`; the root is `input`. */
export function pathToField(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? 'input' : path.map(String).join('.');
}

export function zodErrorToShape(error: z.ZodError): ErrorShape {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    // An unknown key is reported at its parent; name the key itself instead.
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of paths) fields[pathToField(path)] ??= issue.code === 'unrecognized_keys' ? 'Unknown field' : issue.message;
  }
  const [firstField, firstMessage] = Object.entries(fields)[0] ?? ['input', 'Invalid input'];
  return { code: 'VALIDATION', message: `${firstField}: ${firstMessage}`, fields };
}

interface MongooseValidationErrorLike {
  name: 'ValidationError';
  errors: Record<string, { message: string }>;
}

interface DuplicateKeyErrorLike {
  code: 11000;
  message?: string;
  keyValue?: Record<string, unknown>;
  keyPattern?: Record<string, unknown>;
}

/** The field a duplicate-key error is about; some servers only name it in the message. */
export function duplicateKeyField(error: DuplicateKeyErrorLike): string {
  const fromKeys = Object.keys(error.keyValue ?? error.keyPattern ?? {})[0];
  if (fromKeys) return fromKeys;
  const fromMessage = /dup key: \{ "?([\w.]+)"?:/.exec(error.message ?? '')?.[1];
  return fromMessage ?? 'unknown';
}

function isMongooseValidationError(error: unknown): error is MongooseValidationErrorLike {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'ValidationError' && 'errors' in error;
}

function isDuplicateKeyError(error: unknown): error is DuplicateKeyErrorLike {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

const UNAVAILABLE_ERROR_NAMES = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
]);

/**
 * Turns anything a service throws into the shape that crosses to the renderer.
 * Unexpected errors are logged in full here and reach the renderer only as a
 * generic INTERNAL message, so no stack or server detail leaks.
 */
export function toErrorShape(error: unknown, logger: Logger): ErrorShape {
  if (error instanceof AppError) return error.toShape();
  if (error instanceof z.ZodError) return zodErrorToShape(error);
  if (isMongooseValidationError(error)) {
    const fields = Object.fromEntries(Object.entries(error.errors).map(([path, e]) => [path, e.message]));
    const [firstField, firstMessage] = Object.entries(fields)[0] ?? ['input', 'Invalid document'];
    return { code: 'VALIDATION', message: `${firstField}: ${firstMessage}`, fields };
  }
  if (isDuplicateKeyError(error)) {
    const field = duplicateKeyField(error);
    return { code: 'CONFLICT', message: `Another record already uses this ${field}`, fields: { [field]: 'Already in use' } };
  }
  const name = error instanceof Error ? error.name : '';
  if (UNAVAILABLE_ERROR_NAMES.has(name)) {
    return { code: 'UNAVAILABLE', message: 'The database is not reachable right now; try again when the status bar shows it connected' };
  }
  logger.error('Unexpected error in a channel handler', error);
  return { code: 'INTERNAL', message: 'Something went wrong in Backroom; the details are in the log' };
}
