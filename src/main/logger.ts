import { redactMongoUris } from './db/redact';

export interface Logger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

function format(detail: unknown): string {
  if (detail === undefined) return '';
  if (detail instanceof Error) return ` ${detail.name}: ${detail.message}${detail.stack ? `\n${detail.stack}` : ''}`;
  try {
    return ` ${JSON.stringify(detail)}`;
  } catch {
    return ` ${String(detail)}`;
  }
}

/**
 * A logger on standard error (standard output stays free for tools' results)
 * that scrubs MongoDB connection strings from every line, so credentials never
 * reach a terminal or a log file.
 */
export function createConsoleLogger(scope: string): Logger {
  const write = (level: string, message: string, detail?: unknown): void => {
    process.stderr.write(`${redactMongoUris(`[${new Date().toISOString()}] ${level} ${scope}: ${message}${format(detail)}`)}\n`);
  };
  return {
    info: (message, detail) => write('info', message, detail),
    warn: (message, detail) => write('warn', message, detail),
    error: (message, detail) => write('error', message, detail),
  };
}

/** For tests and tools that must stay quiet. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
