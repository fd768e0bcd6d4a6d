/** Error codes that cross from the main process to the renderer. */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The serialised form of every error a channel can return. Electron keeps only
 * `message` of a thrown Error, so errors travel as plain data instead.
 * `fields` maps a dotted input path (e.g. `price.sale`) to what is wrong with it.
 */
export interface ErrorShape {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
}

/** What every channel call resolves to, on both transports. */
export type CallResult<T> = { ok: true; data: T } | { ok: false; error: ErrorShape };
