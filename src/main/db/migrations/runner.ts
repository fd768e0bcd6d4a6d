import { hostname } from 'node:os';
import { AppError } from '../../errors';
import { silentLogger, type Logger } from '../../logger';
import { backupCollections } from './backup';
import { acquireLock, readLock } from './lock';
import { migrations as shipped } from './registry';
import { MIGRATIONS_COLLECTION, type AppliedMigration, type Db, type Migration } from './types';

export interface RunOptions {
  /** Backups go to `<dataDir>/backups/`. */
  dataDir: string;
  /** Defaults to the migrations Backroom ships. */
  migrations?: readonly Migration[];
  /** Break a migration lock left by a run that died more than 30 minutes ago. */
  force?: boolean;
  logger?: Logger;
}

export interface StepResult {
  version: number;
  name: string;
  touched: number;
  /** The backup taken just before this step. */
  backupPath: string;
}

export interface MigrationStatus {
  applied: Array<Pick<AppliedMigration, 'name' | 'appliedAt' | 'touched' | 'backupPath' | 'host'> & { version: number; known: boolean }>;
  pending: Array<{ version: number; name: string }>;
  lock: { operation: string; host: string; pid: number; startedAt: Date; heartbeatAt: Date } | null;
}

function ordered(migrations: readonly Migration[]): Migration[] {
  const seen = new Set<number>();
  for (const migration of migrations) {
    if (!Number.isInteger(migration.version) || migration.version < 1) throw new Error(`Migration "${migration.name}" has an invalid version ${migration.version}`);
    if (seen.has(migration.version)) throw new Error(`Two migrations have version ${migration.version}`);
    if (!/^[a-z0-9-]+$/.test(migration.name)) throw new Error(`Migration name "${migration.name}" must be lower-case words joined by hyphens`);
    seen.add(migration.version);
  }
  return [...migrations].sort((a, b) => a.version - b.version);
}

function applied(db: Db) {
  return db.collection<AppliedMigration>(MIGRATIONS_COLLECTION);
}

function label(migration: Migration): string {
  return `${String(migration.version).padStart(3, '0')}-${migration.name}`;
}

/** Holds the migration lock around `work`, releasing it however `work` ends. */
async function locked<T>(db: Db, operation: string, options: RunOptions, work: () => Promise<T>): Promise<T> {
  const logger = options.logger ?? silentLogger;
  const lock = await acquireLock(db, { operation, force: options.force ?? false });
  try {
    return await work();
  } finally {
    await lock.release().catch((error: unknown) => logger.error('Could not release the migration lock', error));
  }
}

/**
 * Applies the pending migrations in version order, each after a backup of the
 * collections it changes, and records each in `_migrations`. Running it again
 * applies nothing. Only one run at a time: a second gets CONFLICT.
 */
export async function migrate(db: Db, options: RunOptions): Promise<{ applied: StepResult[] }> {
  const logger = options.logger ?? silentLogger;
  const migrations = ordered(options.migrations ?? shipped);
  return locked(db, 'migrate', options, async () => {
    const done = new Set((await applied(db).find({}, { projection: { _id: 1 } }).toArray()).map((row) => row._id));
    const unknown = [...done].filter((version) => !migrations.some((m) => m.version === version));
    if (unknown.length > 0) {
      throw new AppError(
        'CONFLICT',
        `The database has migrations this version of Backroom does not know (${unknown.join(', ')}): it was migrated by a newer version. Update Backroom instead.`,
      );
    }

    const results: StepResult[] = [];
    for (const migration of migrations.filter((m) => !done.has(m.version))) {
      logger.info(`Backing up ${migration.collections.join(', ')} before migration ${label(migration)}`);
      const backup = await backupCollections(db, migration.collections, { dataDir: options.dataDir, reason: `before-migration-${label(migration)}` });
      logger.info(`Backup written to ${backup.path}`);
      logger.info(`Applying migration ${label(migration)}`);
      const { touched } = await migration.up(db);
      await applied(db).insertOne({
        _id: migration.version,
        name: migration.name,
        appliedAt: new Date(),
        touched,
        backupPath: backup.path,
        host: hostname(),
      });
      logger.info(`Applied migration ${label(migration)}: ${touched} documents changed`);
      results.push({ version: migration.version, name: migration.name, touched, backupPath: backup.path });
    }
    return { applied: results };
  });
}

/**
 * Undoes the last applied migration with its `down` (so data written since is
 * kept), after a backup of the collections it touches. Null when none is applied.
 */
export async function rollbackLast(db: Db, options: RunOptions): Promise<StepResult | null> {
  const logger = options.logger ?? silentLogger;
  const migrations = ordered(options.migrations ?? shipped);
  return locked(db, 'rollback', options, async () => {
    const last = await applied(db).find({}).sort({ _id: -1 }).limit(1).next();
    if (!last) return null;
    const migration = migrations.find((m) => m.version === last._id);
    if (!migration) {
      throw new AppError('CONFLICT', `The last applied migration (${last._id} ${last.name}) is unknown to this version of Backroom, which cannot undo it`);
    }
    logger.info(`Backing up ${migration.collections.join(', ')} before rolling back ${label(migration)}`);
    const backup = await backupCollections(db, migration.collections, { dataDir: options.dataDir, reason: `before-rollback-${label(migration)}` });
    logger.info(`Backup written to ${backup.path}`);
    const { touched } = await migration.down(db);
    await applied(db).deleteOne({ _id: migration.version });
    logger.info(`Rolled back migration ${label(migration)}: ${touched} documents changed`);
    return { version: migration.version, name: migration.name, touched, backupPath: backup.path };
  });
}

/** What is applied, what is pending, and who holds the lock, if anyone. */
export async function migrationStatus(db: Db, migrations: readonly Migration[] = shipped): Promise<MigrationStatus> {
  const known = ordered(migrations);
  const rows = await applied(db).find({}).sort({ _id: 1 }).toArray();
  const done = new Set(rows.map((row) => row._id));
  const lock = await readLock(db);
  return {
    applied: rows.map((row) => ({
      version: row._id,
      name: row.name,
      appliedAt: row.appliedAt,
      touched: row.touched,
      backupPath: row.backupPath,
      host: row.host,
      known: known.some((m) => m.version === row._id),
    })),
    pending: known.filter((m) => !done.has(m.version)).map((m) => ({ version: m.version, name: m.name })),
    lock: lock ? { operation: lock.operation, host: lock.host, pid: lock.pid, startedAt: lock.startedAt, heartbeatAt: lock.heartbeatAt } : null,
  };
}
