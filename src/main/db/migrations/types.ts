import type { mongo } from 'mongoose';

export type Db = mongo.Db;

/**
 * One schema change. `up` and `down` must each be idempotent (safe to run
 * again after a crash half-way) and `down` must undo exactly what `up` did.
 */
export interface Migration {
  /** Positive integer; migrations run in ascending order. */
  version: number;
  name: string;
  /** The collections it changes; they are backed up before it runs either way. */
  collections: string[];
  up(db: Db): Promise<{ touched: number }>;
  down(db: Db): Promise<{ touched: number }>;
}

/** A row of `_migrations`: one applied migration. */
export interface AppliedMigration {
  _id: number;
  name: string;
  appliedAt: Date;
  touched: number;
  backupPath: string;
  host: string;
}

export const MIGRATIONS_COLLECTION = '_migrations';
export const LOCK_COLLECTION = '_migrations_lock';
