import { redactMongoUris } from '../db/redact';
import { AppError } from '../errors';

/**
 * Runs a command-line tool's main and exits with its code. An expected failure
 * (AppError) prints its message; anything else its stack. Connection strings
 * are scrubbed either way.
 */
export function runTool(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const message = error instanceof AppError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`${redactMongoUris(message)}\n`);
      process.exit(1);
    },
  );
}
