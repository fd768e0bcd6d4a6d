import type { Connection } from 'mongoose';
import { registerModels, type Models } from '../../models';
import { customerCart, guestCart } from '../generators/carts';
import { categoryDoc } from '../generators/categories';
import { couponDoc } from '../generators/coupons';
import { customerProfile } from '../generators/customers';
import { OrderFactory } from '../generators/orders';
import { paymentDoc } from '../generators/payments';
import { productCore, productDoc } from '../generators/products';
import { customerUserDoc, staffUserDoc } from '../generators/users';
import { customerWishlists } from '../generators/wishlists';
import { createSeedWorld, type SeedPlan, type SeedWorld } from '../world';
import { BatchWriter, type ValidatingModel, type WritePath } from './batch-writer';
import { DenormalisedTotals } from './denormalised-totals';
import { silentProgress, type ProgressReporter } from './progress';
import { ReviewPlanner } from './review-planner';

export const DEFAULT_BATCH_SIZE = 1_000;

export interface SeedRunOptions {
  connection: Connection;
  plan: SeedPlan;
  /** Key for the payments' encrypted fields (from openFieldKey). */
  fieldKey: Buffer;
  /** The bcrypt hash every seeded user gets (hash the demo password once; see command.ts). */
  passwordHash: string;
  batchSize?: number;
  writePath?: WritePath;
  progress?: ProgressReporter;
}

export interface CollectionFigures {
  documents: number;
  /** Wall time of the phases that wrote this collection. */
  seconds: number;
  docsPerSecond: number;
}

export interface PhaseFigures {
  name: string;
  units: number;
  documents: number;
  seconds: number;
}

export interface SeedReport {
  scale: string;
  seed: number;
  anchor: string;
  totalDocuments: number;
  totalSeconds: number;
  docsPerSecond: number;
  collections: Record<string, CollectionFigures>;
  phases: PhaseFigures[];
}

type Writers = Record<keyof Models, BatchWriter>;

function createWriters(connection: Connection, models: Models, batchSize: number, path: WritePath): Writers {
  const db = connection.db;
  if (!db) throw new Error('seed: the connection is not open');
  const entries = (Object.keys(models) as Array<keyof Models>).map((name) => {
    const model = models[name];
    const collectionName = model.collection.collectionName;
    return [name, new BatchWriter(collectionName, model as unknown as ValidatingModel, db.collection(collectionName), { batchSize, path })] as const;
  });
  return Object.fromEntries(entries) as Writers;
}

/** Runs one phase: reports progress, drains its writers, and books its time to the collections it wrote. */
class PhaseRunner {
  readonly phases: PhaseFigures[] = [];
  readonly seconds = new Map<string, number>();

  constructor(
    private readonly writers: Writers,
    private readonly progress: ProgressReporter,
  ) {}

  async run(name: string, units: number, writes: Array<keyof Models>, body: (tick: (done: number) => void) => Promise<void>): Promise<void> {
    const used = writes.map((key) => this.writers[key]);
    const before = used.map((writer) => writer.queued);
    const queuedSinceStart = () => used.reduce((sum, writer, k) => sum + writer.queued - before[k]!, 0);
    const started = performance.now();
    this.progress.begin(name, units);
    await body((done) => this.progress.update(done, queuedSinceStart()));
    for (const writer of used) await writer.drain();
    this.progress.update(units, queuedSinceStart());
    this.progress.end();
    const seconds = (performance.now() - started) / 1000;
    this.phases.push({ name, units, documents: queuedSinceStart(), seconds });
    used.forEach((writer, k) => {
      if (writer.queued > before[k]!) this.seconds.set(writer.collectionName, (this.seconds.get(writer.collectionName) ?? 0) + seconds);
    });
  }
}

/** Awaits only when the writer asked for it (a batch filled). */
async function put(writer: BatchWriter, document: object): Promise<void> {
  const pending = writer.add(document);
  if (pending) await pending;
}

/**
 * Seeds an empty database (indexes created, see setup.ts) and returns the
 * figures. Streams: no collection is ever held in memory, only the current
 * batches, the fixed tree/staff/coupons and the per-product totals.
 *
 * Order matters for consistency: orders (with payments and verified reviews)
 * and the other reviews come first, so that products — written next — carry
 * their final totalSold and ratings, and categories — written last — their
 * product counts. Every document is inserted once, already consistent.
 */
export async function seedDatabase(options: SeedRunOptions): Promise<SeedReport> {
  const models = registerModels(options.connection);
  const world: SeedWorld = createSeedWorld(options.plan);
  const { scale } = world;
  const writers = createWriters(options.connection, models, options.batchSize ?? DEFAULT_BATCH_SIZE, options.writePath ?? 'hydrate');
  const runner = new PhaseRunner(writers, options.progress ?? silentProgress);
  const totals = new DenormalisedTotals(scale.products);
  const orders = new OrderFactory(world);
  const reviews = new ReviewPlanner(world, scale.reviews);
  const started = performance.now();

  await runner.run('staff', 1 + world.sellers.length, ['User'], async (tick) => {
    const staff = [world.admin, ...world.sellers];
    for (const [done, member] of staff.entries()) {
      await put(writers.User, staffUserDoc(world, member, options.passwordHash));
      tick(done + 1);
    }
  });

  await runner.run('customers (+addresses, carts, wishlists)', scale.customers + scale.guestCarts, ['User', 'Address', 'Cart', 'Wishlist'], async (tick) => {
    for (let index = 0; index < scale.customers; index += 1) {
      const customer = customerProfile(world, index);
      const wishlists = customerWishlists(world, customer);
      const wished = [...new Map(wishlists.flatMap((list) => list.items).map((item) => [item.product.toHexString(), item.product])).values()];
      await put(writers.User, customerUserDoc(world, customer, options.passwordHash, wished));
      for (const address of customer.addresses) await put(writers.Address, address);
      for (const list of wishlists) await put(writers.Wishlist, list);
      const cart = customerCart(world, customer);
      if (cart) await put(writers.Cart, cart);
      tick(index + 1);
    }
    for (let guest = 0; guest < scale.guestCarts; guest += 1) {
      await put(writers.Cart, guestCart(world, guest));
      tick(scale.customers + guest + 1);
    }
  });

  await runner.run('orders (+payments, reviews)', scale.orders, ['Order', 'Payment', 'Review'], async (tick) => {
    for (let index = 0; index < scale.orders; index += 1) {
      const generated = orders.build(index);
      totals.recordOrder(generated);
      await put(writers.Order, generated.order);
      await put(writers.Payment, paymentDoc(world, generated, options.fieldKey));
      for (const { review, productIndex } of reviews.fromOrder(generated)) {
        totals.recordReview(productIndex, review);
        await put(writers.Review, review);
      }
      if ((index & 255) === 0) tick(index + 1);
    }
  });

  const openReviews = scale.reviews - reviews.written;
  await runner.run('reviews (unverified)', openReviews, ['Review'], async (tick) => {
    let done = 0;
    for (const { review, productIndex } of reviews.remaining()) {
      totals.recordReview(productIndex, review);
      await put(writers.Review, review);
      done += 1;
      if ((done & 255) === 0) tick(done);
    }
  });

  const productCounts = new Int32Array(world.categories.length);
  await runner.run('products', scale.products, ['Product'], async (tick) => {
    for (let index = 0; index < scale.products; index += 1) {
      const product = productCore(world, index);
      productCounts[product.leaf.index]! += 1;
      await put(writers.Product, productDoc(world, product, totals.productTotals(index)));
      if ((index & 255) === 0) tick(index + 1);
    }
  });

  await runner.run('categories', world.categories.length, ['Category'], async (tick) => {
    for (const node of world.categories) {
      await put(writers.Category, categoryDoc(world, node, productCounts[node.index]!));
      tick(node.index + 1);
    }
  });

  await runner.run('coupons', world.coupons.length, ['Coupon'], async (tick) => {
    for (const plan of world.coupons) {
      await put(writers.Coupon, couponDoc(world, plan, orders.couponUsage.counts[plan.index]!));
      tick(plan.index + 1);
    }
  });

  const totalSeconds = (performance.now() - started) / 1000;
  const collections: Record<string, CollectionFigures> = {};
  for (const writer of Object.values(writers)) {
    const seconds = runner.seconds.get(writer.collectionName) ?? 0;
    collections[writer.collectionName] = { documents: writer.written, seconds, docsPerSecond: seconds > 0 ? writer.written / seconds : 0 };
  }
  const totalDocuments = Object.values(collections).reduce((sum, figures) => sum + figures.documents, 0);
  return {
    scale: scale.name,
    seed: world.seed,
    anchor: world.plan.anchor.toISOString(),
    totalDocuments,
    totalSeconds,
    docsPerSecond: totalSeconds > 0 ? totalDocuments / totalSeconds : 0,
    collections,
    phases: runner.phases,
  };
}
