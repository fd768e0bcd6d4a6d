import type { ErrorCode, ErrorShape } from '@shared/errors';

/** A failed channel call, as the renderer sees it. */
export class BackroomError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;

  constructor(shape: ErrorShape) {
    super(shape.message);
    this.name = 'BackroomError';
    this.code = shape.code;
    this.fields = shape.fields ?? {};
  }
}

/** A readable message for anything a call may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
