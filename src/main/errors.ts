import type { ErrorCode, ErrorShape } from '@shared/errors';

/**
 * The error services throw for an expected failure. The router turns it into
 * an `ErrorShape` unchanged; anything else becomes INTERNAL (or a mapped
 * driver/validation error, see ipc/error-mapping.ts).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }

  toShape(): ErrorShape {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}
