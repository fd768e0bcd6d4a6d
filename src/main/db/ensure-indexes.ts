import type { mongo, Schema } from 'mongoose';
import type { Capabilities } from '@shared/contract';
import type { Logger } from '../logger';

export interface IndexReport {
  /** Indexes that exist now (created, or already there). */
  ensured: number;
  /** `collection: key` of indexes left out, with the reason. */
  skipped: string[];
  failed: string[];
}

/** What index creation needs of a model. */
interface IndexedModel {
  collection: mongo.Collection;
  schema: Schema;
}

function isTextIndex(key: Record<string, unknown>): boolean {
  return Object.values(key).includes('text');
}

/**
 * Creates every index the models declare, one at a time, so one the server
 * refuses does not stop the others. A text index is left out when the server
 * has no text search (search then falls back to prefix matching). Creating an
 * index that exists is a no-op, so this runs on every connect.
 */
export async function ensureIndexes(
  models: Record<string, IndexedModel>,
  capabilities: Capabilities,
  logger: Logger,
): Promise<IndexReport> {
  const report: IndexReport = { ensured: 0, skipped: [], failed: [] };
  for (const model of Object.values(models)) {
    const collection = model.collection.collectionName;
    for (const [key, options] of model.schema.indexes()) {
      const label = `${collection}: ${JSON.stringify(key)}`;
      if (isTextIndex(key) && !capabilities.textSearch) {
        report.skipped.push(`${label} (the server has no text search)`);
        continue;
      }
      try {
        await model.collection.createIndex(key as mongo.IndexSpecification, options as mongo.CreateIndexesOptions);
        report.ensured += 1;
      } catch (error) {
        report.failed.push(label);
        logger.error(`Could not create the index ${label}`, error);
      }
    }
  }
  if (report.skipped.length > 0) logger.warn('Indexes left out', report.skipped);
  return report;
}
