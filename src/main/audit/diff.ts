export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

/**
 * Values of these fields never reach the audit log. Whole field names, so a
 * plain flag such as `mustChangePassword` stays readable.
 */
const SECRET_FIELDS = new Set(['password', 'passwordhash', 'hash', 'secret', 'token', 'uri', 'gatewayresponse', 'holdername', 'expirymonth', 'expiryyear', 'sharetoken']);
export const REDACTED = '[redacted]';

function isSecretPath(path: string): boolean {
  return path.split('.').some((segment) => SECRET_FIELDS.has(segment.toLowerCase()));
}

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && Object.getPrototypeOf(value) === Object.prototype;
}

/** Dates and ObjectIds as the renderer sees them; anything else as JSON keeps it. */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && typeof (value as { toHexString?: unknown }).toHexString === 'function') {
    return (value as { toHexString(): string }).toHexString();
  }
  if (Array.isArray(value)) return value.map(normalise);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normalise(inner)]));
  return value;
}

function flatten(value: unknown, prefix: string, into: Map<string, unknown>): void {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    return;
  }
  into.set(prefix, value);
}

const IGNORED = new Set(['_id', '__v', 'updatedAt', 'createdAt']);

/**
 * The fields that differ between two versions of a document, as dotted paths
 * (arrays compare whole). `before` null means created, `after` null deleted.
 * Secret-looking fields are listed as changed but their values are redacted.
 */
export function diffDocuments(before: Plain | null, after: Plain | null): FieldChange[] {
  const left = new Map<string, unknown>();
  const right = new Map<string, unknown>();
  flatten(normalise(before ?? {}), '', left);
  flatten(normalise(after ?? {}), '', right);
  const paths = new Set([...left.keys(), ...right.keys()]);
  const changes: FieldChange[] = [];
  for (const path of [...paths].sort()) {
    if (!path || IGNORED.has(path.split('.')[0]!)) continue;
    const was = left.get(path);
    const now = right.get(path);
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    const secret = isSecretPath(path);
    changes.push({
      path,
      before: secret && was !== undefined ? REDACTED : (was ?? null),
      after: secret && now !== undefined ? REDACTED : (now ?? null),
    });
  }
  return changes;
}
