import { integer, min, required } from '../domain/field-rules';

/**
 * The version of every collection's document shape (design document 7.1).
 * Bump it with a migration when a shape changes; documents written by this code
 * carry it, so a migration can find the ones still on an older shape.
 */
export const CURRENT_SCHEMA_VERSION = 1;

/** The `schemaVersion` field every schema declares (a fresh object per schema). */
export function schemaVersionField() {
  return {
    type: Number,
    default: CURRENT_SCHEMA_VERSION,
    required: required('schemaVersion'),
    min: min(1, 'schemaVersion'),
    validate: integer('schemaVersion'),
  };
}
