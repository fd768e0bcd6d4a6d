export { migrations } from './registry';
export { migrate, rollbackLast, migrationStatus, type RunOptions, type StepResult, type MigrationStatus } from './runner';
export { backupCollections, type BackupManifest, type BackupResult } from './backup';
export { restoreBackup } from './restore';
export { STALE_LOCK_MS } from './lock';
export { MIGRATIONS_COLLECTION, LOCK_COLLECTION, type Migration, type Db } from './types';
