import type { Types } from 'mongoose';
import { deriveStockStatus } from '../../../shared/stock-status';
import type { Models } from '../../models';
import { pathThrough, placeSubtree, syncProductPaths } from '../catalog/category-tree';

/**
 * Rebuilds the catalog's denormalised fields from their sources, for when a
 * service crashed between changing a source and its copies, or data was edited
 * by hand:
 * - category `level` and `path` from the `parent` pointers (walked from the roots);
 * - product `categoryPath` from those paths (products of a category that no
 *   longer exists, or of none, get an empty path);
 * - category `productCount` from the products (direct products only);
 * - product `inventory.status` from quantity, threshold and backorder.
 *
 * Nothing is loaded whole: the tree is walked one level at a time, product paths
 * are fixed by one server-side update per category, counts come from one
 * `$group` merged in `_id` order with a cursor over the categories, and stock
 * statuses from a cursor, with one bulk write per batch. Only documents that
 * differ are written; `dryRun` counts them and writes nothing. Each fix is
 * guarded or idempotent, so the repair can run while the app is in use and be
 * run again after a crash.
 */

export interface RepairCatalogOptions {
  dryRun?: boolean;
  /** Documents per batch; small values exercise batching in tests. */
  batchSize?: number;
}

/** How many documents were fixed (in a dry run: would be). */
export interface RepairCatalogReport {
  categoriesLevelPath: number;
  categoryProductCounts: number;
  productCategoryPaths: number;
  stockStatuses: number;
}

const DEFAULT_BATCH_SIZE = 1000;

type UpdateOne = { updateOne: { filter: Record<string, unknown>; update: Record<string, unknown> } };

/** Collects guarded updates and sends them a batch at a time; counts what changed (dry run: what would). */
class FixWriter {
  private pending: UpdateOne[] = [];
  fixed = 0;

  constructor(
    private readonly write: (operations: UpdateOne[]) => Promise<{ modifiedCount: number }>,
    private readonly batchSize: number,
    private readonly dryRun: boolean,
  ) {}

  async add(operation: UpdateOne): Promise<void> {
    if (this.dryRun) {
      this.fixed += 1;
      return;
    }
    this.pending.push(operation);
    if (this.pending.length >= this.batchSize) await this.flush();
  }

  async flush(): Promise<number> {
    if (this.pending.length > 0) {
      const result = await this.write(this.pending);
      this.fixed += result.modifiedCount;
      this.pending = [];
    }
    return this.fixed;
  }
}

/** Level, path and the products' paths, walking down from the roots. */
async function repairTree(models: Models, batchSize: number, dryRun: boolean): Promise<{ categoriesLevelPath: number; productCategoryPaths: number }> {
  let productCategoryPaths = 0;
  const categoriesLevelPath = await placeSubtree(models, 'roots', {
    dryRun,
    batchSize,
    onPlaced: async (category) => {
      productCategoryPaths += await syncProductPaths(models, category._id, pathThrough(category), dryRun);
    },
  });
  productCategoryPaths += await syncProductPaths(models, null, [], dryRun);
  return { categoriesLevelPath, productCategoryPaths };
}

interface CategoryGroup {
  _id: Types.ObjectId;
  count: number;
}

/**
 * `productCount` from one `$group` over the products, sorted by category id and
 * merged with the categories in `_id` order, so neither side is held in memory.
 * A group without a category is a product pointing at a deleted category: its
 * `categoryPath` is emptied (returned as `danglingPaths`).
 */
async function repairCounts(models: Models, batchSize: number, dryRun: boolean): Promise<{ categoryProductCounts: number; danglingPaths: number }> {
  const pipeline = [{ $match: { category: { $type: 'objectId' } } }, { $group: { _id: '$category', count: { $sum: 1 } } }, { $sort: { _id: 1 } }];
  const groups = models.Product.collection.aggregate<CategoryGroup>(pipeline, { batchSize })[Symbol.asyncIterator]();
  const categories = models.Category.collection.find<{ _id: Types.ObjectId; productCount?: number | null }>({}, { projection: { productCount: 1 }, sort: { _id: 1 }, batchSize });
  const writer = new FixWriter((operations) => models.Category.collection.bulkWrite(operations, { ordered: false }), batchSize, dryRun);
  let danglingPaths = 0;
  const nextGroup = async () => {
    const step = await groups.next();
    return step.done ? undefined : step.value;
  };
  const isBefore = (a: Types.ObjectId, b: Types.ObjectId) => a.toHexString() < b.toHexString();

  let group = await nextGroup();
  for await (const category of categories) {
    while (group && isBefore(group._id, category._id)) {
      danglingPaths += await syncProductPaths(models, group._id, [], dryRun);
      group = await nextGroup();
    }
    let count = 0;
    if (group && group._id.equals(category._id)) {
      count = group.count;
      group = await nextGroup();
    }
    if (category.productCount !== count) {
      await writer.add({ updateOne: { filter: { _id: category._id, productCount: category.productCount ?? null }, update: { $set: { productCount: count } } } });
    }
  }
  for (; group; group = await nextGroup()) danglingPaths += await syncProductPaths(models, group._id, [], dryRun);
  return { categoryProductCounts: await writer.flush(), danglingPaths };
}

interface ProductStock {
  _id: Types.ObjectId;
  inventory?: { quantity?: unknown; lowStockThreshold?: number | null; allowBackorder?: boolean | null; status?: string | null } | null;
}

/** `inventory.status` where it does not match the numbers; each fix applies only if the numbers are still those read. */
async function repairStockStatuses(models: Models, batchSize: number, dryRun: boolean): Promise<number> {
  const writer = new FixWriter((operations) => models.Product.collection.bulkWrite(operations, { ordered: false }), batchSize, dryRun);
  const products = models.Product.collection.find<ProductStock>({}, { projection: { inventory: 1 }, batchSize });
  for await (const product of products) {
    const inventory = product.inventory;
    if (!inventory || typeof inventory.quantity !== 'number') continue;
    const status = deriveStockStatus(inventory.quantity, inventory.lowStockThreshold ?? 10, inventory.allowBackorder ?? false);
    if (inventory.status === status) continue;
    await writer.add({
      updateOne: {
        filter: {
          _id: product._id,
          'inventory.quantity': inventory.quantity,
          'inventory.lowStockThreshold': inventory.lowStockThreshold ?? null,
          'inventory.allowBackorder': inventory.allowBackorder ?? null,
        },
        update: { $set: { 'inventory.status': status } },
      },
    });
  }
  return writer.flush();
}

export async function repairCatalog(models: Models, options: RepairCatalogOptions = {}): Promise<RepairCatalogReport> {
  const dryRun = options.dryRun ?? false;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const tree = await repairTree(models, batchSize, dryRun);
  const counts = await repairCounts(models, batchSize, dryRun);
  const stockStatuses = await repairStockStatuses(models, batchSize, dryRun);
  return {
    categoriesLevelPath: tree.categoriesLevelPath,
    categoryProductCounts: counts.categoryProductCounts,
    productCategoryPaths: tree.productCategoryPaths + counts.danglingPaths,
    stockStatuses,
  };
}
