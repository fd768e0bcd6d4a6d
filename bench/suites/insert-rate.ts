import type { mongo } from 'mongoose';
import { registerModels, type Models } from '../../src/main/models';
import { OrderFactory } from '../../src/main/seed/generators/orders';
import { productCore, productDoc } from '../../src/main/seed/generators/products';
import { validateThroughModel, type ValidatingModel } from '../../src/main/seed/pipeline/batch-writer';
import { proportionalScale } from '../../src/main/seed/scale';
import { dropSeededCollections } from '../../src/main/seed/setup';
import { createSeedWorld, type SeedWorld } from '../../src/main/seed/world';
import { formatCount, type BenchContext, type BenchSuite, type SuiteResult } from '../suite';

/**
 * Insert rate of the seed's write path against the bare driver, on the same
 * documents and the same server:
 * - raw: `collection.insertMany(generated)`;
 * - hydrate: the seed's path, `Model.hydrate` + `validate()` + driver insertMany;
 * - construct: `new Model` + `validate()` + driver insertMany (the casting path);
 * - Model.insertMany: Mongoose's own (cast, validate, insert).
 * Each generated batch is written by every path in turn, each into its own
 * collection with the model's indexes, the first path rotating from batch to
 * batch: a busy machine then slows all paths alike. Generation is timed apart.
 * The overhead ratio is raw docs/s over the path's docs/s.
 */

export const INSERT_PATHS = ['raw', 'hydrate', 'construct', 'Model.insertMany'] as const;
type PathName = (typeof INSERT_PATHS)[number];
type ModelName = 'Product' | 'Order';

function pathsOf(names: readonly string[]): PathName[] {
  const unknown = names.filter((name) => !(INSERT_PATHS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`insert-rate: unknown path ${unknown.join(', ')} (known: ${INSERT_PATHS.join(', ')})`);
  // raw always: every overhead is measured against it.
  return INSERT_PATHS.filter((name) => name === 'raw' || names.includes(name));
}

interface PathFigures {
  documents: number;
  writeSeconds: number;
  docsPerSecond: number;
  overhead: number;
}

function* productBatches(world: SeedWorld, batchSize: number): Generator<object[]> {
  const totals = { totalSold: 0, ratingSum: 0, ratingCount: 0 };
  for (let start = 0; start < world.scale.products; start += batchSize) {
    const end = Math.min(world.scale.products, start + batchSize);
    yield Array.from({ length: end - start }, (_, k) => productDoc(world, productCore(world, start + k), totals));
  }
}

function* orderBatches(world: SeedWorld, batchSize: number): Generator<object[]> {
  const factory = new OrderFactory(world);
  for (let start = 0; start < world.scale.orders; start += batchSize) {
    const end = Math.min(world.scale.orders, start + batchSize);
    yield Array.from({ length: end - start }, (_, k) => factory.build(start + k).order);
  }
}

/** One collection per path, each with the model's indexes (Model.insertMany writes to the model's own). */
async function prepareTargets(context: BenchContext, name: ModelName, paths: PathName[]): Promise<Map<PathName, mongo.Collection>> {
  const model = context.models[name];
  const targets = new Map<PathName, mongo.Collection>();
  for (const path of paths) {
    const collection = path === 'Model.insertMany' ? context.db.collection(model.collection.collectionName) : context.db.collection(`${model.collection.collectionName}_via_${path}`);
    await collection.drop().catch(() => undefined);
    for (const [key, options] of model.schema.indexes()) await collection.createIndex(key as mongo.IndexSpecification, options as mongo.CreateIndexesOptions);
    targets.set(path, collection);
  }
  return targets;
}

async function write(models: Models, name: ModelName, path: PathName, target: mongo.Collection, batch: object[], position: number): Promise<void> {
  const model = models[name];
  if (path === 'raw') await target.insertMany(batch, { ordered: false });
  else if (path === 'Model.insertMany') await (model as unknown as { insertMany(docs: object[], options: object): Promise<unknown> }).insertMany(batch, { ordered: false, throwOnValidationError: true });
  else await target.insertMany(await validateThroughModel(model as unknown as ValidatingModel, batch, target.collectionName, position, path), { ordered: false });
}

async function measure(context: BenchContext, world: SeedWorld, name: ModelName, batches: typeof productBatches, paths: PathName[]) {
  const targets = await prepareTargets(context, name, paths);
  const writeMs = new Map<PathName, number>(paths.map((path) => [path, 0]));
  let documents = 0;
  let generateMs = 0;
  let round = 0;
  const iterator = batches(world, context.options.batchSize);
  for (;;) {
    const generateStarted = performance.now();
    const step = iterator.next();
    generateMs += performance.now() - generateStarted;
    if (step.done) break;
    for (let k = 0; k < paths.length; k += 1) {
      const path = paths[(round + k) % paths.length]!;
      const started = performance.now();
      await write(context.models, name, path, targets.get(path)!, step.value, documents);
      writeMs.set(path, writeMs.get(path)! + performance.now() - started);
    }
    documents += step.value.length;
    round += 1;
  }
  for (const [path, target] of targets) {
    const stored = await target.countDocuments();
    if (stored !== documents) throw new Error(`insert-rate: ${path} stored ${stored} of ${documents} ${name} documents`);
    await target.drop();
  }
  return { documents, generateSeconds: generateMs / 1000, writeMs };
}

export const insertRateSuite: BenchSuite = {
  name: 'insert-rate',
  description: 'products and orders: the seed path (hydrate + validate + insertMany) vs the raw driver, on the same batches',
  async run(context): Promise<SuiteResult> {
    const { options } = context;
    registerModels(context.connection);
    await dropSeededCollections(context.db, context.models);
    const paths = pathsOf(options.insertPaths);
    const world = createSeedWorld({ scale: proportionalScale('bench', options.products, options.orders), seed: options.seed, anchor: context.anchor });
    // An untimed pass on a small slice first, so neither side's JIT warm-up lands on one path.
    const warmUp = createSeedWorld({ scale: proportionalScale('warm-up', 2_000, 2_000), seed: options.seed, anchor: context.anchor });
    const figures: Record<string, unknown> = { paths };
    const table: string[][] = [['collection', 'path', 'documents', 'write s', 'docs/s', 'overhead ×']];
    for (const [collection, model, batches] of [['products', 'Product', productBatches], ['orders', 'Order', orderBatches]] as const) {
      await measure(context, warmUp, model, batches, paths);
      context.log(`insert-rate: ${collection} via ${paths.join(', ')}`);
      const measured = await measure(context, world, model, batches, paths);
      const rawRate = measured.documents / (measured.writeMs.get('raw')! / 1000);
      const rows: Partial<Record<PathName, PathFigures>> = {};
      for (const path of paths) {
        const writeSeconds = measured.writeMs.get(path)! / 1000;
        const docsPerSecond = measured.documents / writeSeconds;
        rows[path] = { documents: measured.documents, writeSeconds, docsPerSecond, overhead: rawRate / docsPerSecond };
        table.push([collection, path, formatCount(measured.documents), writeSeconds.toFixed(1), formatCount(docsPerSecond), (rawRate / docsPerSecond).toFixed(2)]);
      }
      figures[collection] = { generateSeconds: measured.generateSeconds, ...rows };
    }
    return { figures, table };
  },
};
