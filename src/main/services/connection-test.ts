import type { ConnectionProblem } from '@shared/contract';
import { createOdm } from '../db/odm';
import { describeMongoUri, redactMongoUris } from '../db/redact';

export type ConnectionTestResult =
  | { reachable: true; target: string; serverVersion: string }
  | { reachable: false; target: string; problem: ConnectionProblem; message: string };

const PROBLEMS: Array<{ problem: ConnectionProblem; pattern: RegExp; message: string }> = [
  { problem: 'invalid-uri', pattern: /MongoParseError|Invalid scheme|URI|must be|Invalid connection string/i, message: 'This is not a valid MongoDB connection string' },
  { problem: 'bad-credentials', pattern: /Authentication failed|auth(entication)? error|bad auth|SCRAM|not authorized/i, message: 'The server refused the user name or password' },
  { problem: 'host-not-found', pattern: /ENOTFOUND|EAI_AGAIN|querySrv|getaddrinfo/i, message: 'The host name could not be found' },
  { problem: 'tls', pattern: /TLS|SSL|certificate|EPROTO|self[- ]signed|handshake/i, message: 'The secure (TLS) connection failed' },
  { problem: 'refused', pattern: /ECONNREFUSED/i, message: 'Nothing is listening at that address and port' },
  { problem: 'timeout', pattern: /timed out|ETIMEDOUT|Server selection/i, message: 'The server did not answer in time' },
];

/** Names what went wrong in words a person can act on. */
export function classifyConnectionError(error: unknown): { problem: ConnectionProblem; message: string } {
  const text = error instanceof Error ? `${error.name} ${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error);
  const detail = redactMongoUris(error instanceof Error ? error.message : String(error)).slice(0, 300);
  for (const candidate of PROBLEMS) {
    if (candidate.pattern.test(text)) return { problem: candidate.problem, message: `${candidate.message} (${detail})` };
  }
  return { problem: 'other', message: detail };
}

/** Opens a throw-away connection to `uri`, asks for the server version, closes. */
export async function testConnection(uri: string, timeoutMs = 5_000): Promise<ConnectionTestResult> {
  const target = describeMongoUri(uri);
  const connection = createOdm().createConnection();
  try {
    await connection.openUri(uri, { serverSelectionTimeoutMS: timeoutMs, connectTimeoutMS: timeoutMs, autoIndex: false, autoCreate: false });
    const info = await connection.db!.admin().command({ buildInfo: 1 });
    return { reachable: true, target, serverVersion: typeof info.version === 'string' ? info.version : 'unknown' };
  } catch (error) {
    return { reachable: false, target, ...classifyConnectionError(error) };
  } finally {
    await connection.close().catch(() => undefined);
  }
}
