import type { Connection, mongo } from 'mongoose';
import { defaultDataDir } from '../app/data-dir';
import { EmbeddedServer } from '../db/embedded-server';
import { createOdm } from '../db/odm';
import { databaseNameFromUri, describeMongoUri } from '../db/redact';
import { AppError } from '../errors';
import { createConsoleLogger, type Logger } from '../logger';

export interface ToolDatabase {
  connection: Connection;
  db: mongo.Db;
  dataDir: string;
  close(): Promise<void>;
}

export interface ToolDatabaseOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  dataDir?: string;
}

/**
 * The database for command-line tools, found the way the app finds it:
 * MONGODB_URI when set, else the embedded server in the app's data folder
 * (which only one process can run at a time, so the app must be closed).
 */
export async function openToolDatabase(options: ToolDatabaseOptions = {}): Promise<ToolDatabase> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createConsoleLogger('tool');
  const dataDir = options.dataDir ?? defaultDataDir(env);
  const configuredUri = env.MONGODB_URI?.trim();
  const embedded = configuredUri ? undefined : new EmbeddedServer(dataDir, logger);

  let uri: string;
  try {
    uri = configuredUri ?? (await embedded!.uri());
  } catch (error) {
    throw new AppError(
      'UNAVAILABLE',
      `Could not start the embedded database in ${dataDir} (is Backroom running? Close it first, or set MONGODB_URI): ${(error as Error).message}`,
    );
  }

  logger.info(`Connecting to ${describeMongoUri(uri)}`);
  const connection = createOdm().createConnection();
  try {
    await connection.openUri(uri, {
      dbName: databaseNameFromUri(uri) ?? 'backroom',
      serverSelectionTimeoutMS: 5_000,
      autoIndex: false,
      autoCreate: false,
    });
  } catch (error) {
    await connection.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw new AppError('UNAVAILABLE', `Could not connect to ${describeMongoUri(uri)}: ${(error as Error).message}`);
  }
  const db = connection.db;
  if (!db) throw new AppError('INTERNAL', 'The driver opened no database handle');
  logger.info(`Connected to ${describeMongoUri(uri)}, database ${db.databaseName}`);

  return {
    connection,
    db,
    dataDir,
    async close() {
      await connection.close();
      await embedded?.stop();
    },
  };
}
