import type { mongo } from 'mongoose';
import type { Logger } from '../logger';
import type { Models } from '../models';

/** The ten collections' names, from the models. */
export function seededCollectionNames(models: Models): string[] {
  return Object.values(models).map((model) => model.collection.collectionName);
}

/** Collections of the ten that already hold documents, with their counts. */
export async function existingData(db: mongo.Db, models: Models): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const name of seededCollectionNames(models)) {
    const count = await db.collection(name).estimatedDocumentCount();
    if (count > 0) found[name] = count;
  }
  return found;
}

function isMissingNamespace(error: unknown): boolean {
  const code = (error as { code?: unknown; codeName?: unknown }).code;
  return code === 26 || (error as { codeName?: unknown }).codeName === 'NamespaceNotFound' || /ns not found/i.test(String((error as Error).message));
}

/** Drops the ten collections (those that exist). */
export async function dropSeededCollections(db: mongo.Db, models: Models): Promise<void> {
  for (const name of seededCollectionNames(models)) {
    try {
      await db.collection(name).drop();
    } catch (error) {
      if (!isMissingNamespace(error)) throw error;
    }
  }
}

/**
 * Creates every model's indexes before anything is inserted, so unique
 * indexes catch a duplicate the moment it is written. A server that refuses
 * an index type (a stand-in without text indexes) gets the others and a warning.
 */
export async function createSeedIndexes(models: Models, logger: Logger): Promise<void> {
  for (const model of Object.values(models)) {
    try {
      await model.createIndexes();
    } catch {
      for (const [key, options] of model.schema.indexes()) {
        try {
          await model.collection.createIndex(key as mongo.IndexSpecification, options as mongo.CreateIndexesOptions);
        } catch (indexError) {
          if (Object.values(key).includes('text')) logger.warn(`${model.collection.collectionName}: this server cannot create the text index (${(indexError as Error).message}); search will not use it`);
          else throw indexError;
        }
      }
    }
  }
}
