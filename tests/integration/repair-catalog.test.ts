import { Types } from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registerModels, type Models } from '../../src/main/models';
import { createCategory, type CategoryDTO } from '../../src/main/services/catalog/category-tree';
import { onProductCategoryChanged, prepareProductCategory } from '../../src/main/services/catalog/product-integrity';
import { repairCatalog, type RepairCatalogReport } from '../../src/main/services/maintenance/repair-catalog';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

const ZERO: RepairCatalogReport = { categoriesLevelPath: 0, categoryProductCounts: 0, productCategoryPaths: 0, stockStatuses: 0 };

describe('repairCatalog on a real server', () => {
  let db: TestDatabase;
  let models: Models;
  let sequence = 0;

  beforeAll(async () => {
    db = await openTestDatabase('repair_catalog');
    models = registerModels(db.connection);
    await models.Category.createIndexes();
  });
  afterAll(() => db?.dispose());
  beforeEach(async () => {
    await Promise.all([models.Category.deleteMany({}), models.Product.deleteMany({})]);
  });

  const oid = (id: string) => new Types.ObjectId(id);
  const categories = () => models.Category.collection;
  const products = () => models.Product.collection;

  async function addProduct(categoryId: string | null, quantity = 50): Promise<string> {
    sequence += 1;
    const placement = await prepareProductCategory(models, categoryId);
    const product = await models.Product.create({
      name: `Repaired ${sequence}`,
      slug: `repaired-${sequence}`,
      description: 'x',
      sku: `REP-${sequence}`,
      price: { regular: 1 },
      inventory: { quantity, lowStockThreshold: 10 },
      ...placement,
    });
    await onProductCategoryChanged(models, null, placement.category);
    return product._id.toHexString();
  }

  async function category(id: string) {
    const found = await models.Category.findById(id).lean();
    if (!found) throw new Error(`category ${id} is gone`);
    return found;
  }

  async function product(id: string) {
    const found = await models.Product.findById(id).lean();
    if (!found) throw new Error(`product ${id} is gone`);
    return found;
  }

  const names = (path: Array<{ name: string }> | null | undefined) => (path ?? []).map((entry) => entry.name);

  /** Electronics > Computers > Laptops, Home, and a category deleted behind the products' back. */
  async function catalog() {
    const electronics = await createCategory(models, { name: 'Electronics' });
    const computers = await createCategory(models, { name: 'Computers', parent: electronics.id });
    const gone = await createCategory(models, { name: 'Gone' });
    const laptops = await createCategory(models, { name: 'Laptops', parent: computers.id });
    const home = await createCategory(models, { name: 'Home' });
    const ids = {
      inLaptops: await addProduct(laptops.id),
      inComputers: await addProduct(computers.id),
      inHome: await addProduct(home.id, 4),
      uncategorised: await addProduct(null, 0),
      inGone: await addProduct(gone.id),
    };
    await categories().deleteOne({ _id: oid(gone.id) });
    return { electronics, computers, laptops, home, gone, ids };
  }

  it('reports nothing to fix on a consistent catalog', async () => {
    await createCategory(models, { name: 'Solo' });
    await addProduct(null);
    expect(await repairCatalog(models)).toEqual(ZERO);
  });

  it('rebuilds every denormalised field corrupted with the driver, and a second run finds nothing', async () => {
    const { electronics, computers, laptops, home, gone, ids } = await catalog();

    // Category level and path.
    await categories().updateOne({ _id: oid(laptops.id) }, { $set: { level: 7, path: [] } });
    await categories().updateOne({ _id: oid(computers.id) }, { $set: { 'path.0.name': 'Electrnics' } });
    await categories().updateOne({ _id: oid(home.id) }, { $set: { level: 2 } });
    // Product counts: electronics has no direct products, computers has one, gone's product is dangling.
    await categories().updateOne({ _id: oid(electronics.id) }, { $set: { productCount: 9 } });
    await categories().updateOne({ _id: oid(computers.id) }, { $set: { productCount: 0 } });
    await categories().updateOne({ _id: oid(laptops.id) }, { $unset: { productCount: '' } });
    // Product category paths.
    await products().updateOne({ _id: oid(ids.inLaptops) }, { $set: { categoryPath: [] } });
    await products().updateOne({ _id: oid(ids.inComputers) }, { $set: { 'categoryPath.1.slug': 'comps' } });
    await products().updateOne({ _id: oid(ids.uncategorised) }, { $set: { categoryPath: [{ _id: oid(home.id), name: 'Home', slug: 'home' }] } });
    // Stock statuses: 50 of 10 is in stock, 4 of 10 low, 0 out.
    await products().updateOne({ _id: oid(ids.inLaptops) }, { $set: { 'inventory.status': 'out_of_stock' } });
    await products().updateOne({ _id: oid(ids.inHome) }, { $set: { 'inventory.status': 'in_stock' } });
    await products().updateOne({ _id: oid(ids.uncategorised) }, { $unset: { 'inventory.status': '' } });

    const expected: RepairCatalogReport = { categoriesLevelPath: 3, categoryProductCounts: 3, productCategoryPaths: 4, stockStatuses: 3 };
    const before = await products().find({}).sort({ _id: 1 }).toArray();
    expect(await repairCatalog(models, { dryRun: true })).toEqual(expected);
    expect(await products().find({}).sort({ _id: 1 }).toArray()).toEqual(before);
    expect((await category(laptops.id)).level).toBe(7);

    expect(await repairCatalog(models)).toEqual(expected);

    const [laptopsNow, computersNow, homeNow, electronicsNow] = await Promise.all([category(laptops.id), category(computers.id), category(home.id), category(electronics.id)]);
    expect(laptopsNow.level).toBe(2);
    expect(names(laptopsNow.path)).toEqual(['Electronics', 'Computers']);
    expect(laptopsNow.path.map((entry) => entry._id.toHexString())).toEqual([electronics.id, computers.id]);
    expect(names(computersNow.path)).toEqual(['Electronics']);
    expect(homeNow.level).toBe(0);
    expect(electronicsNow.productCount).toBe(0);
    expect(computersNow.productCount).toBe(1);
    expect(laptopsNow.productCount).toBe(1);
    expect(homeNow.productCount).toBe(1);

    const [inLaptops, inComputers, uncategorised, inGone, inHome] = await Promise.all(
      [ids.inLaptops, ids.inComputers, ids.uncategorised, ids.inGone, ids.inHome].map(product),
    );
    expect(names(inLaptops?.categoryPath)).toEqual(['Electronics', 'Computers', 'Laptops']);
    expect(inComputers?.categoryPath.map((entry) => entry.slug)).toEqual(['electronics', 'computers']);
    expect(uncategorised?.categoryPath).toEqual([]);
    expect(inGone?.category?.toHexString()).toBe(gone.id);
    expect(inGone?.categoryPath).toEqual([]);
    expect(inLaptops?.inventory?.status).toBe('in_stock');
    expect(inHome?.inventory?.status).toBe('low_stock');
    expect(uncategorised?.inventory?.status).toBe('out_of_stock');

    expect(await repairCatalog(models)).toEqual(ZERO);
  });

  it('works in batches smaller than the data, and fixes a dangling category id sorted after every real one', async () => {
    const shop = await createCategory(models, { name: 'Shop' });
    let parent: CategoryDTO = shop;
    const chain: CategoryDTO[] = [];
    for (let depth = 1; depth <= 4; depth += 1) {
      parent = await createCategory(models, { name: `Level ${depth}`, parent: parent.id });
      chain.push(parent);
    }
    for (let index = 0; index < 5; index += 1) await createCategory(models, { name: `Aisle ${index}`, parent: shop.id });
    const deepest = chain[chain.length - 1]!;
    const productIds: string[] = [];
    for (let index = 0; index < 7; index += 1) productIds.push(await addProduct(deepest.id, index));
    await categories().updateMany({ _id: { $in: chain.map((entry) => oid(entry.id)) } }, { $set: { level: 0, path: [] } });
    await categories().updateOne({ _id: oid(deepest.id) }, { $set: { productCount: 0 } });
    await products().updateMany({}, { $set: { categoryPath: [], 'inventory.status': 'in_stock' } });
    // A category id newer than every category: the merge meets it after the last one.
    const later = new Types.ObjectId();
    await products().updateOne({ _id: oid(productIds[0]!) }, { $set: { category: later, categoryPath: [{ _id: later, name: 'Later', slug: 'later' }] } });

    // Quantities 0..6 with threshold 10: none is in stock.
    const expected: RepairCatalogReport = { categoriesLevelPath: 4, categoryProductCounts: 1, productCategoryPaths: 7, stockStatuses: 7 };
    expect(await repairCatalog(models, { batchSize: 2, dryRun: true })).toEqual(expected);
    expect(await repairCatalog(models, { batchSize: 2 })).toEqual(expected);
    expect(await repairCatalog(models, { batchSize: 2 })).toEqual(ZERO);

    const deepestNow = await category(deepest.id);
    expect(deepestNow.level).toBe(4);
    expect(names(deepestNow.path)).toEqual(['Shop', 'Level 1', 'Level 2', 'Level 3']);
    expect(deepestNow.productCount).toBe(6);
    expect(names((await product(productIds[6]!)).categoryPath)).toEqual(['Shop', 'Level 1', 'Level 2', 'Level 3', 'Level 4']);
    expect((await product(productIds[0]!)).categoryPath).toEqual([]);
    expect((await product(productIds[0]!)).inventory?.status).toBe('out_of_stock');
    expect((await product(productIds[3]!)).inventory?.status).toBe('low_stock');
  });
});
