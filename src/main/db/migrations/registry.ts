import { stampSchemaVersion } from './001-stamp-schema-version';
import type { Migration } from './types';

/** Every migration Backroom ships, in any order (the runner sorts by version). */
export const migrations: readonly Migration[] = [stampSchemaVersion];
