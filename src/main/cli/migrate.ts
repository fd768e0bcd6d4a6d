import { parseArgs } from 'node:util';
import { migrate, migrationStatus, rollbackLast, type MigrationStatus } from '../db/migrations';
import { createConsoleLogger } from '../logger';
import { runTool } from './run-tool';
import { openToolDatabase } from './tool-database';

const USAGE = `Usage: npm run migrate [-- --status | --rollback] [--force]
  (none)      apply pending migrations, each after a backup of what it changes
  --status    list applied and pending migrations
  --rollback  undo the last applied migration
  --force     break a migration lock left by a run that died over 30 minutes ago
`;

function printStatus(status: MigrationStatus): void {
  const out: string[] = [];
  for (const row of status.applied) {
    out.push(`applied  ${row.version} ${row.name}  ${row.appliedAt.toISOString()}  ${row.touched} changed${row.known ? '' : '  (unknown to this version)'}`);
    out.push(`         backup: ${row.backupPath}`);
  }
  for (const row of status.pending) out.push(`pending  ${row.version} ${row.name}`);
  if (out.length === 0) out.push('No migrations.');
  if (status.lock) out.push(`Locked: a ${status.lock.operation} is running since ${status.lock.startedAt.toISOString()} on ${status.lock.host}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      status: { type: 'boolean', default: false },
      rollback: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.status && values.rollback) {
    process.stderr.write(USAGE);
    return 2;
  }

  const logger = createConsoleLogger('migrate');
  const database = await openToolDatabase({ logger });
  try {
    const options = { dataDir: database.dataDir, force: values.force, logger };
    if (values.status) {
      printStatus(await migrationStatus(database.db));
    } else if (values.rollback) {
      const step = await rollbackLast(database.db, options);
      process.stdout.write(
        step
          ? `Rolled back ${step.version} ${step.name}: ${step.touched} documents changed.\nBackup taken before the rollback: ${step.backupPath}\n`
          : 'Nothing to roll back: no migration is applied.\n',
      );
    } else {
      const { applied } = await migrate(database.db, options);
      if (applied.length === 0) process.stdout.write('The database is up to date; nothing to apply.\n');
      for (const step of applied) {
        process.stdout.write(`Applied ${step.version} ${step.name}: ${step.touched} documents changed.\nBackup taken before it: ${step.backupPath}\n`);
      }
    }
    return 0;
  } finally {
    await database.close();
  }
}

runTool(main);
