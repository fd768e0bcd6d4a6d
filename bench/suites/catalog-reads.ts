import type { mongo, Types } from 'mongoose';
import type { Session } from '../../src/main/auth/session-manager';
import { silentLogger } from '../../src/main/logger';
import type { Models } from '../../src/main/models';
import { categoryDoc } from '../../src/main/seed/generators/categories';
import { productCore, productDoc } from '../../src/main/seed/generators/products';
import { staffUserDoc } from '../../src/main/seed/generators/users';
import { BatchWriter, type ValidatingModel } from '../../src/main/seed/pipeline/batch-writer';
import { proportionalScale } from '../../src/main/seed/scale';
import { createSeedIndexes, dropSeededCollections } from '../../src/main/seed/setup';
import { createSeedWorld, type SeedWorld } from '../../src/main/seed/world';
import { ROW_PROJECTION } from '../../src/main/services/catalog/product-dto';
import type { ProductListInput, ProductPage } from '../../src/main/services/catalog/product-list';
import { createProductService, type ProductService } from '../../src/main/services/catalog/product-service';
import { decodeSortCursor } from '../../src/main/services/catalog/sort-cursor';
import { formatCount, type BenchContext, type BenchSuite, type SuiteResult } from '../suite';

/**
 * The catalog's reads as the main process serves them (the product service,
 * called as the router calls it, no IPC or HTTP), each timed per call against
 * the same query through the bare driver on the same connection in the same run:
 * - driver find: the one equivalent `find` (same filter, sort, projection, limit);
 * - driver, same round trips: every query our path sends (the count beside the
 *   page, the category subtree, the exact SKU/slug lookup before a search, the
 *   seller and related products of an opened product), issued the same way
 *   (in parallel where we run them in parallel), so that the difference is
 *   what Mongoose (casting, lean hydration) and our mapping to rows cost.
 * The three run in turn for each call, the first rotating, after an untimed warm-up.
 */

/** Timed calls per read and per path. */
export const CALLS = 200;
const WARM_UP_CALLS = 10;
const PAGE_SIZE = 25;
/** The deep page: this page, or the last full one on a smaller catalog. */
const DEEP_PAGE = 200;

const PASSWORD_HASH = `$2b$12$${'x'.repeat(53)}`;

/** The world the catalog suites seed: the same plan as the other suites (products, orders, seed, anchor). */
export function catalogWorld(context: BenchContext): SeedWorld {
  const { options } = context;
  return createSeedWorld({ scale: proportionalScale('bench', options.products, options.orders), seed: options.seed, anchor: context.anchor });
}

/**
 * Products, the category tree and the staff (product sellers) written through
 * the seed's generators and its write path (hydrate + validate + insertMany),
 * with every model's index. Orders and reviews are left out, so products carry
 * no sales or ratings. A catalog already there in full (the previous catalog
 * suite of the same run) is reused.
 */
export async function seedCatalog(context: BenchContext, world: SeedWorld): Promise<{ seconds: number; reused: boolean }> {
  const { db, models } = context;
  const count = (model: keyof Models) => db.collection(models[model].collection.collectionName).countDocuments();
  const staff = [world.admin, ...world.sellers];
  if ((await count('Product')) === world.scale.products && (await count('Category')) === world.categories.length && (await count('User')) === staff.length) {
    return { seconds: 0, reused: true };
  }
  const started = performance.now();
  await dropSeededCollections(db, models);
  await createSeedIndexes(models, silentLogger);
  const writer = (model: keyof Models) =>
    new BatchWriter(models[model].collection.collectionName, models[model] as unknown as ValidatingModel, db.collection(models[model].collection.collectionName), {
      batchSize: context.options.batchSize,
      path: 'hydrate',
    });
  const users = writer('User');
  for (const member of staff) await users.add(staffUserDoc(world, member, PASSWORD_HASH));
  await users.drain();
  const products = writer('Product');
  const perCategory = new Int32Array(world.categories.length);
  const noTotals = { totalSold: 0, ratingSum: 0, ratingCount: 0 };
  for (let index = 0; index < world.scale.products; index += 1) {
    const product = productCore(world, index);
    perCategory[product.leaf.index]! += 1;
    await products.add(productDoc(world, product, noTotals));
  }
  await products.drain();
  const categories = writer('Category');
  for (const node of world.categories) await categories.add(categoryDoc(world, node, perCategory[node.index]!));
  await categories.drain();
  return { seconds: (performance.now() - started) / 1000, reused: false };
}

/** The admin, signed in: sees every product (no seller scope). */
export function adminSession(world: SeedWorld): Session {
  const now = Date.now();
  return {
    userId: world.admin.id.toHexString(),
    email: world.admin.email,
    firstName: world.admin.firstName,
    lastName: world.admin.lastName,
    role: 'admin',
    avatar: null,
    mustChangePassword: false,
    signedInAt: now,
    lastActivityAt: now,
  };
}

export interface Timing {
  calls: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  minMs: number;
  maxMs: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    calls: sorted.length,
    medianMs: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    meanMs: round(sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length),
    minMs: round(sorted[0]!),
    maxMs: round(sorted[sorted.length - 1]!),
  };
}

type PathName = 'ours' | 'driverFind' | 'driverSameTrips';
const PATHS: readonly PathName[] = ['ours', 'driverFind', 'driverSameTrips'];

/** One read: our path and the driver's, for call `i` (reads that vary their target rotate on i). */
interface ReadCase {
  key: string;
  label: string;
  ours(i: number): Promise<unknown>;
  driverFind(i: number): Promise<unknown>;
  driverSameTrips(i: number): Promise<unknown>;
  /** Checks, on call 0, that the driver's find returns what our path does; returns the rows and total to report. */
  check(): Promise<{ rows: number; total: number | null }>;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function measure(read: ReadCase): Promise<Record<PathName, Timing>> {
  for (let i = 0; i < WARM_UP_CALLS; i += 1) for (const path of PATHS) await read[path](i);
  const samples: Record<PathName, number[]> = { ours: [], driverFind: [], driverSameTrips: [] };
  for (let i = 0; i < CALLS; i += 1) {
    for (let k = 0; k < PATHS.length; k += 1) {
      const path = PATHS[(i + k) % PATHS.length]!;
      samples[path].push(await time(() => read[path](i)));
    }
  }
  return { ours: summarize(samples.ours), driverFind: summarize(samples.driverFind), driverSameTrips: summarize(samples.driverSameTrips) };
}

type Raw = { _id: Types.ObjectId } & Record<string, unknown>;

function sameIds(read: string, ours: readonly string[], driver: readonly Raw[]): void {
  const theirs = driver.slice(0, PAGE_SIZE).map((doc) => doc._id.toHexString());
  if (ours.length !== theirs.length || ours.some((id, k) => id !== theirs[k])) {
    throw new Error(`catalog-reads: ${read}: our path and the driver's find disagree (${ours.length} rows vs ${theirs.length}; first ${ours[0] ?? '-'} vs ${theirs[0] ?? '-'})`);
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Fixtures {
  world: SeedWorld;
  service: ProductService;
  session: Session;
  products: mongo.Collection<Raw>;
  categories: mongo.Collection<Raw>;
  users: mongo.Collection<Raw>;
}

const LIST: ProductListInput = { sort: 'updatedAt', direction: 'desc', limit: PAGE_SIZE };
const SORT = { updatedAt: -1, _id: -1 } as const;
const pageOptions = { projection: ROW_PROJECTION, sort: SORT, limit: PAGE_SIZE + 1 };

/** A product index for call i, scattered over the catalog. */
function scattered(world: SeedWorld, i: number): number {
  return (i * 7_919 + 13) % world.scale.products;
}

function firstPage(f: Fixtures): ReadCase {
  const find = () => f.products.find({}, pageOptions).toArray();
  return {
    key: 'firstPage',
    label: 'first page (updatedAt desc, 25)',
    ours: () => f.service.list(LIST, f.session),
    driverFind: find,
    driverSameTrips: () => Promise.all([find(), f.products.estimatedDocumentCount()]),
    async check() {
      const page = await f.service.list(LIST, f.session);
      sameIds('first page', page.items.map((row) => row.id), await find());
      return { rows: page.items.length, total: page.total };
    },
  };
}

async function deepPage(f: Fixtures): Promise<{ read: ReadCase; page: number }> {
  const page = Math.max(2, Math.min(DEEP_PAGE, Math.floor(f.world.scale.products / PAGE_SIZE) - 1));
  let cursor: string | undefined;
  for (let walked = 1; walked < page; walked += 1) {
    const next: ProductPage = await f.service.list({ ...LIST, ...(cursor ? { cursor } : {}) }, f.session);
    if (!next.nextCursor) throw new Error(`catalog-reads: the list ended at page ${walked}, before page ${page}`);
    cursor = next.nextCursor;
  }
  const saved = cursor!;
  const position = decodeSortCursor(saved);
  const after = { $or: [{ updatedAt: { $lt: position.value } }, { updatedAt: position.value, _id: { $lt: position.id } }] };
  const find = () => f.products.find(after, pageOptions).toArray();
  const input = { ...LIST, cursor: saved };
  return {
    page,
    read: {
      key: 'deepPage',
      label: `page ${page} from a saved cursor`,
      ours: () => f.service.list(input, f.session),
      driverFind: find,
      driverSameTrips: () => Promise.all([find(), f.products.estimatedDocumentCount()]),
      async check() {
        const result = await f.service.list(input, f.session);
        sameIds('deep page', result.items.map((row) => row.id), await find());
        return { rows: result.items.length, total: result.total };
      },
    },
  };
}

function filtered(f: Fixtures): ReadCase {
  // The department with the most products under it: a category filter with a real subtree.
  const departments = f.world.categories.filter((node) => node.level === 0);
  const under = (id: string) => f.world.leafSlots.filter((leaf) => f.world.leaves[leaf]!.pathIncludingSelf.some((entry) => entry._id.toHexString() === id)).length;
  const department = departments.reduce((best, node) => (under(node.id.toHexString()) > under(best.id.toHexString()) ? node : best));
  const subtree = f.world.categories.filter((node) => node.pathIncludingSelf.some((entry) => entry._id.equals(department.id))).map((node) => node.id);
  const input: ProductListInput = { ...LIST, status: 'published', category: department.id.toHexString(), stock: 'low_stock' };
  const filter = (ids: readonly Types.ObjectId[]) => ({ status: 'published', 'inventory.status': 'low_stock', category: { $in: [...ids] } });
  const find = (ids: readonly Types.ObjectId[]) => f.products.find(filter(ids), pageOptions).toArray();
  return {
    key: 'filtered',
    label: `filtered (published, ${department.name} + ${subtree.length - 1} below, low_stock)`,
    ours: () => f.service.list(input, f.session),
    driverFind: () => find(subtree),
    async driverSameTrips() {
      const below = await f.categories.find({ 'path._id': department.id }, { projection: { _id: 1 } }).toArray();
      const ids = [department.id, ...below.map((category) => category._id)];
      return Promise.all([find(ids), f.products.countDocuments(filter(ids))]);
    },
    async check() {
      const page = await f.service.list(input, f.session);
      sameIds('filtered list', page.items.map((row) => row.id), await find(subtree));
      return { rows: page.items.length, total: page.total };
    },
  };
}

function skuSearch(f: Fixtures): ReadCase {
  const skuOf = (i: number) => productCore(f.world, scattered(f.world, i)).sku;
  const skus = Array.from({ length: WARM_UP_CALLS + CALLS }, (_, i) => skuOf(i));
  const bySku = (sku: string) => ({ $or: [{ sku }, { slug: sku.toLowerCase() }] });
  return {
    key: 'skuSearch',
    label: 'search: exact SKU',
    ours: (i) => f.service.list({ ...LIST, search: skus[i]! }, f.session),
    driverFind: (i) => f.products.find(bySku(skus[i]!), pageOptions).toArray(),
    async driverSameTrips(i) {
      const exact = await f.products.findOne(bySku(skus[i]!), { projection: { _id: 1 } });
      return Promise.all([f.products.find({ _id: exact!._id }, pageOptions).toArray(), f.products.countDocuments({ _id: exact!._id })]);
    },
    async check() {
      const page = await f.service.list({ ...LIST, search: skus[0]! }, f.session);
      if (page.searchMode !== 'exact') throw new Error(`catalog-reads: SKU ${skus[0]} searched as ${page.searchMode}, not exact`);
      sameIds('SKU search', page.items.map((row) => row.id), await f.products.find(bySku(skus[0]!), pageOptions).toArray());
      return { rows: page.items.length, total: page.total };
    },
  };
}

function prefixSearch(f: Fixtures): ReadCase {
  // What staff type first: a brand and the first letter of the model ("Nordlys Z"), lower case.
  const prefixOf = (i: number) => {
    const product = productCore(f.world, scattered(f.world, i));
    return product.name.slice(0, product.brand.length + 2).toLowerCase();
  };
  const prefixes = Array.from({ length: WARM_UP_CALLS + CALLS }, (_, i) => prefixOf(i));
  const byName = (prefix: string) => ({ name: new RegExp(`^${escapeRegex(prefix)}`, 'i') });
  const find = (i: number) => f.products.find(byName(prefixes[i]!), pageOptions).toArray();
  return {
    key: 'prefixSearch',
    label: 'search: name prefix',
    ours: (i) => f.service.list({ ...LIST, search: prefixes[i]! }, f.session),
    driverFind: find,
    async driverSameTrips(i) {
      const prefix = prefixes[i]!;
      await f.products.findOne({ $or: [{ sku: prefix }, { slug: prefix.toLowerCase() }] }, { projection: { _id: 1 } });
      return Promise.all([find(i), f.products.countDocuments(byName(prefix))]);
    },
    async check() {
      const page = await f.service.list({ ...LIST, search: prefixes[0]! }, f.session);
      if (page.searchMode !== 'prefix') throw new Error(`catalog-reads: "${prefixes[0]}" searched as ${page.searchMode}, not by prefix`);
      sameIds('prefix search', page.items.map((row) => row.id), await find(0));
      return { rows: page.items.length, total: page.total };
    },
  };
}

function openProduct(f: Fixtures): ReadCase {
  // Products with a seller and related products, so every part of the editor's read runs.
  const ids: Types.ObjectId[] = [];
  const noTotals = { totalSold: 0, ratingSum: 0, ratingCount: 0 };
  for (let i = 0; ids.length < 50 && i < f.world.scale.products * 4; i += 1) {
    const index = scattered(f.world, i);
    const doc = productDoc(f.world, productCore(f.world, index), noTotals);
    if (doc.relatedProducts.length > 0 && !ids.some((id) => id.equals(doc._id))) ids.push(doc._id);
  }
  if (ids.length === 0) throw new Error('catalog-reads: no product with related products to open');
  const idOf = (i: number) => ids[i % ids.length]!;
  return {
    key: 'openProduct',
    label: 'open a product (+ seller, related)',
    ours: (i) => f.service.get(idOf(i).toHexString(), f.session),
    driverFind: (i) => f.products.findOne({ _id: idOf(i) }),
    async driverSameTrips(i) {
      const product = await f.products.findOne({ _id: idOf(i) });
      const related = (product!.relatedProducts as Types.ObjectId[] | undefined) ?? [];
      return Promise.all([
        f.users.findOne({ _id: product!.seller as Types.ObjectId }, { projection: { firstName: 1, lastName: 1 } }),
        related.length > 0 ? f.products.find({ _id: { $in: related } }, { projection: { name: 1, sku: 1 } }).toArray() : [],
      ]);
    },
    async check() {
      const { product } = await f.service.get(idOf(0).toHexString(), f.session);
      const raw = await f.products.findOne({ _id: idOf(0) });
      const related = (raw!.relatedProducts as Types.ObjectId[]).length;
      if (product.id !== raw!._id.toHexString() || !product.seller || product.seller.name === 'Deleted user' || product.relatedProducts.length !== related) {
        throw new Error(`catalog-reads: opening ${product.id} gave another product, no seller, or ${product.relatedProducts.length} of ${related} related products`);
      }
      return { rows: 1, total: null };
    },
  };
}

const ms = (value: number) => value.toFixed(2);
const ratio = (ours: number, driver: number) => (driver > 0 ? ours / driver : 0);
const roundMs = (value: number) => Math.round(value * 1000) / 1000;

/** What our path adds on top of a driver path: the difference in milliseconds, and the ratio of the medians. */
function overhead(ours: Timing, driver: Timing) {
  return { medianMs: roundMs(ours.medianMs - driver.medianMs), p95Ms: roundMs(ours.p95Ms - driver.p95Ms), medianRatio: Math.round(ratio(ours.medianMs, driver.medianMs) * 1000) / 1000 };
}

export const catalogReadsSuite: BenchSuite = {
  name: 'catalog-reads',
  description: `list pages, filters, searches and opening a product through the product service vs the same queries through the raw driver, ${CALLS} calls each`,
  async run(context): Promise<SuiteResult> {
    const world = catalogWorld(context);
    context.log(`catalog-reads: seeding ${formatCount(world.scale.products)} products, ${world.categories.length} categories, ${1 + world.sellers.length} staff`);
    const seeded = await seedCatalog(context, world);
    const fixtures: Fixtures = {
      world,
      // Without text search, as on a server that has none: a search that is no SKU or slug is then a
      // name-prefix search (with it, the list would run $text, which this suite does not measure).
      service: createProductService({ models: () => context.models, capabilities: () => ({ textSearch: false }), lastChangedBy: () => Promise.resolve(null) }),
      session: adminSession(world),
      products: context.db.collection<Raw>(context.models.Product.collection.collectionName),
      categories: context.db.collection<Raw>(context.models.Category.collection.collectionName),
      users: context.db.collection<Raw>(context.models.User.collection.collectionName),
    };
    const deep = await deepPage(fixtures);
    const reads = [firstPage(fixtures), deep.read, filtered(fixtures), skuSearch(fixtures), prefixSearch(fixtures), openProduct(fixtures)];

    const figures: Record<string, unknown> = {
      products: world.scale.products,
      calls: CALLS,
      warmUpCalls: WARM_UP_CALLS,
      pageSize: PAGE_SIZE,
      deepPage: deep.page,
      seedSeconds: seeded.seconds,
      seedReused: seeded.reused,
      reads: {} as Record<string, unknown>,
    };
    const table: string[][] = [['read', 'rows', 'total', 'ours med', 'ours p95', 'driver med', 'driver p95', '+ms', '×', 'same trips med', '+ms', '×']];
    for (const read of reads) {
      const shape = await read.check();
      context.log(`catalog-reads: ${read.label}`);
      const timings = await measure(read);
      const { ours, driverFind, driverSameTrips } = timings;
      (figures.reads as Record<string, unknown>)[read.key] = {
        label: read.label,
        ...shape,
        ...timings,
        overhead: { vsDriverFind: overhead(ours, driverFind), vsDriverSameTrips: overhead(ours, driverSameTrips) },
      };
      table.push([
        read.label,
        String(shape.rows),
        shape.total === null ? '' : formatCount(shape.total),
        ms(ours.medianMs),
        ms(ours.p95Ms),
        ms(driverFind.medianMs),
        ms(driverFind.p95Ms),
        ms(ours.medianMs - driverFind.medianMs),
        ratio(ours.medianMs, driverFind.medianMs).toFixed(2),
        ms(driverSameTrips.medianMs),
        ms(ours.medianMs - driverSameTrips.medianMs),
        ratio(ours.medianMs, driverSameTrips.medianMs).toFixed(2),
      ]);
    }
    return { figures, table };
  },
};
