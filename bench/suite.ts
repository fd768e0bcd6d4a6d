import type { Connection, mongo } from 'mongoose';
import type { Models } from '../src/main/models';

/** What `npm run bench -- ...` was asked for. */
export interface BenchOptions {
  products: number;
  orders: number;
  batchSize: number;
  seed: number;
  /** Write paths the insert-rate suite compares (raw and the seed's own by default). */
  insertPaths: string[];
}

/** What every suite gets: a fresh database of its own run, its models, the options and a field key. */
export interface BenchContext {
  connection: Connection;
  db: mongo.Db;
  models: Models;
  options: BenchOptions;
  /** BACKROOM_FIELD_KEY when set, else random for this run (the bench never decrypts). */
  fieldKey: Buffer;
  /** The data's "now", fixed so runs compare. */
  anchor: Date;
  log(message: string): void;
}

export interface SuiteResult {
  /** Goes to the JSON output under the suite's name. */
  figures: Record<string, unknown>;
  /** A short table for the terminal: the first row is the header. */
  table: string[][];
}

/** A named benchmark. More suites (list and search timings) are added to bench/suites/index.ts. */
export interface BenchSuite {
  name: string;
  description: string;
  run(context: BenchContext): Promise<SuiteResult>;
}

const number = new Intl.NumberFormat('en-US');
export const formatCount = (value: number) => number.format(Math.round(value));
export const formatMiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
