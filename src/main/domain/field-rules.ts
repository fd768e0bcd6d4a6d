/**
 * Validation options for schema fields whose messages name the full field path
 * (`price.sale`, `items.quantity`), so an error read out of context still says
 * which field is wrong. Mongoose's own `{PATH}` names only the last segment
 * inside a sub-document. Plain tuples and objects: no mongoose import needed.
 */

export const required = (field: string): [true, string] => [true, `${field} is required`];

export const min = (value: number, field: string): [number, string] => [value, `${field} must be at least ${value} (got {VALUE})`];

export const max = (value: number, field: string): [number, string] => [value, `${field} must be at most ${value} (got {VALUE})`];

export const minLength = (value: number, field: string): [number, string] => [value, `${field} must be at least ${value} characters`];

export const maxLength = (value: number, field: string): [number, string] => [value, `${field} must be at most ${value} characters`];

export const matches = (pattern: RegExp, field: string, what: string): [RegExp, string] => [pattern, `${field} must be ${what} (got "{VALUE}")`];

/** An enum whose literal values TypeScript keeps (so inferred types are unions). */
export const oneOf = <const T extends readonly string[]>(values: T, field: string): { values: T; message: string } => ({
  values,
  message: `${field} must be one of ${values.join(', ')} (got "{VALUE}")`,
});

export const integer = (field: string) => ({
  validator: (value: number): boolean => Number.isInteger(value),
  message: `${field} must be a whole number (got {VALUE})`,
});

/**
 * Turns null and blank strings into undefined, so a sparse index skips the
 * document instead of indexing null (or colliding on ''). Mongoose applies a
 * field's own `set` before `trim`, hence the blank check here.
 */
export const emptyToUndefined = <T>(value: T | null): T | undefined =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
