import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createOdm } from '../src/main/db/odm';
import { describeMongoUri, redactMongoUris } from '../src/main/db/redact';
import { registerModels } from '../src/main/models';
import { FIELD_KEY_ENV, loadFieldKey } from '../src/main/secrets/field-key';
import { SUITES } from './suites';
import { INSERT_PATHS } from './suites/insert-rate';
import type { BenchContext, BenchOptions } from './suite';

const USAGE = `Usage: npm run bench [-- --products N --orders N --batch-size N --seed N --suite name --paths list]
  Needs MONGODB_URI. Uses a fresh database per run (dropped at the end) and writes
  bench-output/bench-<timestamp>.json and bench-output/latest.json.
  Defaults: --products 10000 --orders 25000 (one to two minutes on two cores); the
  large scale is --products 100000 --orders 1000000 (never against the in-memory stand-in).
  The CI stand-in keeps its oplog in memory and never trims it, so even dropped data
  stays in its heap: a run at the defaults leaves about 1.5 GB there. Run benchmarks
  against a fresh stand-in (or a real mongod), not the one the test suites share.
  Suites: ${SUITES.map((suite) => suite.name).join(', ')}
  --paths     write paths insert-rate compares, comma-separated (default raw,hydrate):
              ${INSERT_PATHS.join(', ')}
`;

/** The data's "now" in benchmarks: fixed, so runs on different days write the same documents. */
const BENCH_ANCHOR = new Date('2026-01-01T00:00:00Z');
const OUTPUT_DIR = resolve(__dirname, '..', 'bench-output');

function positiveInteger(value: string, flag: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${flag} must be a positive integer (got "${value}")\n\n${USAGE}`);
  return parsed;
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const row of rows) process.stdout.write(`  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      products: { type: 'string', default: '10000' },
      orders: { type: 'string', default: '25000' },
      'batch-size': { type: 'string', default: '1000' },
      seed: { type: 'string', default: '42' },
      suite: { type: 'string', multiple: true },
      paths: { type: 'string', default: 'raw,hydrate' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const uri = process.env.MONGODB_URI?.trim();
  if (!uri) throw new Error(`npm run bench needs MONGODB_URI: the server to measure (it never falls back to the embedded one).\n\n${USAGE}`);
  const options: BenchOptions = {
    products: positiveInteger(values.products, '--products'),
    orders: positiveInteger(values.orders, '--orders'),
    batchSize: positiveInteger(values['batch-size'], '--batch-size'),
    seed: positiveInteger(values.seed, '--seed'),
    insertPaths: values.paths.split(',').map((path) => path.trim()).filter(Boolean),
  };
  const suites = values.suite ? SUITES.filter((suite) => values.suite!.includes(suite.name)) : SUITES;
  if (suites.length === 0) throw new Error(`No suite named ${values.suite!.join(', ')}.\n\n${USAGE}`);

  const fromEnv = process.env[FIELD_KEY_ENV]?.trim();
  const fieldKey = fromEnv ? await loadFieldKey(null) : randomBytes(32);
  const dbName = `backroom_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
  const connection = await createOdm().createConnection(uri, { dbName, serverSelectionTimeoutMS: 5_000, autoIndex: false, autoCreate: false }).asPromise();
  const startedAt = new Date();
  try {
    const db = connection.db!;
    const server = (await db.admin().command({ buildInfo: 1 })) as { version?: string };
    log(`${describeMongoUri(uri)}, database ${dbName}, server ${server.version ?? 'unknown'}; ${options.products} products, ${options.orders} orders`);
    const context: BenchContext = { connection, db, models: registerModels(connection), options, fieldKey, anchor: BENCH_ANCHOR, log };
    const results: Record<string, unknown> = {};
    for (const suite of suites) {
      log(`suite ${suite.name}: ${suite.description}`);
      const started = performance.now();
      const result = await suite.run(context);
      const seconds = (performance.now() - started) / 1000;
      results[suite.name] = { seconds, ...result.figures };
      process.stdout.write(`\n${suite.name} (${seconds.toFixed(1)} s)\n`);
      printTable(result.table);
    }
    const output = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, memoryBytes: totalmem() },
      server: { description: describeMongoUri(uri), version: server.version ?? null, database: dbName },
      fieldKey: fromEnv ? FIELD_KEY_ENV : 'random for this run',
      options,
      suites: results,
    };
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const file = join(OUTPUT_DIR, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
    const json = `${JSON.stringify(output, null, 2)}\n`;
    writeFileSync(file, json);
    writeFileSync(join(OUTPUT_DIR, 'latest.json'), json);
    process.stdout.write(`\nFigures written to ${file} and bench-output/latest.json\n`);
    return 0;
  } finally {
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${redactMongoUris(error instanceof Error ? error.message : String(error))}\n`);
    process.exit(1);
  },
);
