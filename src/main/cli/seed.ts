import { parseArgs } from 'node:util';
import { AppError } from '../errors';
import { createConsoleLogger } from '../logger';
import { openFieldKey } from '../secrets/field-key';
import { DEFAULT_BATCH_SIZE, SEED_SCALES, createProgressReporter, isSeedScaleName, runSeedCommand, startOfUtcDay } from '../seed';
import { runTool } from './run-tool';
import { openToolDatabase } from './tool-database';

const USAGE = `Usage: npm run seed -- --scale demo|large [--reset] [--seed 42] [--anchor YYYY-MM-DD] [--batch-size 1000]
  --scale       demo: ~4,000 documents (200 products, 1,000 orders); large: 100,000 products, 1,000,000 orders
                (test: a smaller demo for quick checks)
  --reset       drop the ten collections first (without asking); needed when the database already has data
  --seed        PRNG seed (default 42): the same seed and anchor give the same data
  --anchor      the data's "now" (default: today, 00:00 UTC); every date lies before it
  --batch-size  documents per insert (default ${DEFAULT_BATCH_SIZE})
Database: MONGODB_URI, else the embedded server in the app's data folder (close Backroom first).
Payments are encrypted with the key from the OS keychain, or BACKROOM_FIELD_KEY when set.
`;

function fail(message: string): never {
  throw new AppError('VALIDATION', `${message}\n\n${USAGE}`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      reset: { type: 'boolean', default: false },
      seed: { type: 'string', default: '42' },
      anchor: { type: 'string' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const scaleName = values.scale ?? fail('--scale is required');
  if (!isSeedScaleName(scaleName)) fail(`--scale must be one of ${Object.keys(SEED_SCALES).join(', ')} (got "${scaleName}")`);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) fail(`--seed must be an integer (got "${values.seed}")`);
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1) fail(`--batch-size must be a positive integer (got "${values['batch-size']}")`);
  const anchor = values.anchor ? new Date(`${values.anchor}${values.anchor.length === 10 ? 'T00:00:00Z' : ''}`) : startOfUtcDay(new Date());
  if (Number.isNaN(anchor.getTime())) fail(`--anchor must be a date such as 2026-01-31 (got "${values.anchor}")`);

  const logger = createConsoleLogger('seed');
  await runSeedCommand(
    { scale: SEED_SCALES[scaleName], seed, anchor, reset: values.reset, batchSize },
    {
      openKey: () => openFieldKey(),
      openDatabase: () => openToolDatabase({ logger }),
      logger,
      progress: createProgressReporter(process.stderr),
      print: (text) => process.stdout.write(text),
    },
  );
  return 0;
}

runTool(main);
