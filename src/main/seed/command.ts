import type { Logger } from '../logger';
import { hashPassword } from '../domain/password';
import { AppError } from '../errors';
import { registerModels } from '../models';
import type { ToolDatabase } from '../cli/tool-database';
import { seedDatabase, type SeedReport } from './pipeline/run-seed';
import type { ProgressReporter } from './pipeline/progress';
import { formatSeedReport } from './report';
import type { SeedScale } from './scale';
import { createSeedIndexes, dropSeededCollections, existingData } from './setup';

/**
 * Every seeded user's password. bcrypt at cost 12 takes a few hundred
 * milliseconds per hash, far too slow for thousands of users, so the seed
 * hashes this once and gives every user that same hash. Demo data only.
 */
export const DEMO_PASSWORD = 'backroom-demo';

export interface SeedCommandOptions {
  scale: SeedScale;
  seed: number;
  anchor: Date;
  reset: boolean;
  batchSize: number;
}

export interface SeedCommandDeps {
  /** The payments' field key; fails (with the keychain / BACKROOM_FIELD_KEY message) when there is none. */
  openKey: () => Promise<Buffer>;
  openDatabase: () => Promise<ToolDatabase>;
  logger: Logger;
  progress: ProgressReporter;
  /** Where the report and the demo sign-in go (standard output). */
  print: (text: string) => void;
  hash?: (plain: string) => Promise<string>;
}

const number = new Intl.NumberFormat('en-US');

/**
 * `npm run seed`: checks the key first (before touching the database), refuses
 * a database that already has data unless `reset` (then drops the ten
 * collections without asking: it is a developer tool), creates the indexes,
 * seeds, and prints the report and the demo sign-in.
 */
export async function runSeedCommand(options: SeedCommandOptions, deps: SeedCommandDeps): Promise<SeedReport> {
  const fieldKey = await deps.openKey();
  const database = await deps.openDatabase();
  try {
    const models = registerModels(database.connection);
    const existing = await existingData(database.db, models);
    if (Object.keys(existing).length > 0) {
      if (!options.reset) {
        const listed = Object.entries(existing).map(([name, count]) => `${name}: ${number.format(count)}`).join(', ');
        throw new AppError('CONFLICT', `The database "${database.db.databaseName}" already holds data (${listed}). Run again with --reset to drop the ten collections and seed from scratch.`);
      }
      deps.logger.info(`--reset: dropping the ten collections of "${database.db.databaseName}"`);
    }
    if (options.reset) await dropSeededCollections(database.db, models);
    await createSeedIndexes(models, deps.logger);
    const passwordHash = await (deps.hash ?? hashPassword)(DEMO_PASSWORD);
    const report = await seedDatabase({
      connection: database.connection,
      plan: { scale: options.scale, seed: options.seed, anchor: options.anchor },
      fieldKey,
      passwordHash,
      batchSize: options.batchSize,
      progress: deps.progress,
    });
    deps.print(`${formatSeedReport(report)}\n\nSign in as admin@example.com with password "${DEMO_PASSWORD}" (sellers: seller1@example.com, ...; every seeded user shares that password).\n`);
    return report;
  } finally {
    await database.close();
  }
}
