import type { mongo } from 'mongoose';

/**
 * How seeded documents reach the server:
 * - `hydrate` (the seed's path): `Model.hydrate(doc)` then `validate()`. Every
 *   path of a hydrated document counts as loaded, so validation checks all of
 *   them — types (cast errors), validators, enums and the pre('validate')
 *   rules (order subtotal = Σ lines, stock status) — without the setter pass
 *   of `new Model()`. Generators emit already-normalised values (trimmed,
 *   lower-cased emails, upper-cased codes); unit tests check that the stored
 *   document equals what `new Model(doc)` would store. Measured ~1.5× faster.
 * - `construct`: `new Model(doc)` then `validate()`, the casting path (benchmarks).
 * - `raw`: the generated objects straight to the driver (benchmarks only).
 * The first two insert `toBSON()` plus the version key Mongoose adds on insert.
 */
export type WritePath = 'hydrate' | 'construct' | 'raw';

type ModelDocument = { validate(): Promise<unknown>; toBSON(): object };

/** The part of a Mongoose model the writer uses. */
export interface ValidatingModel {
  readonly modelName: string;
  readonly schema: { options: { versionKey?: string | boolean } };
  new (doc: object): ModelDocument;
  hydrate(doc: object): ModelDocument;
}

export class SeedValidationError extends Error {
  constructor(collection: string, position: number, cause: unknown) {
    super(`Seeded ${collection} document #${position} fails its model's validation: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'SeedValidationError';
  }
}

const VALIDATION_CHUNK = 32;

/** Validates a batch through the model; returns what the model would insert, or throws naming the first bad document. */
export async function validateThroughModel(
  model: ValidatingModel,
  batch: readonly object[],
  collection: string,
  firstPosition: number,
  path: Exclude<WritePath, 'raw'> = 'hydrate',
): Promise<object[]> {
  const documents = batch.map((raw) => (path === 'hydrate' ? model.hydrate(raw) : new model(raw)));
  // A few dozen at a time: validating a whole batch at once keeps every document's
  // validation state alive together, and the extra garbage collection cost ~35%.
  for (let start = 0; start < documents.length; start += VALIDATION_CHUNK) {
    const results = await Promise.allSettled(documents.slice(start, start + VALIDATION_CHUNK).map((document) => document.validate()));
    const failed = results.findIndex((result) => result.status === 'rejected');
    if (failed >= 0) throw new SeedValidationError(collection, firstPosition + start + failed, (results[failed] as PromiseRejectedResult).reason);
  }
  const versionKey = model.schema.options.versionKey;
  return documents.map((document) => {
    const stored = document.toBSON() as Record<string, unknown>;
    if (typeof versionKey === 'string') stored[versionKey] = 0;
    return stored;
  });
}

export interface BatchWriterOptions {
  batchSize: number;
  path: WritePath;
}

/**
 * Buffers one collection's documents and writes them in batches. One insert
 * may be in flight while the next batch is generated and validated, so the
 * server and this process work at the same time; memory holds at most two
 * batches. A failed insert is reported by the next call.
 */
export class BatchWriter {
  private buffer: object[] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | undefined;
  /** Documents handed to `add`. */
  queued = 0;
  /** Documents the server acknowledged. */
  written = 0;
  /** Time spent validating, and waiting for inserts, in milliseconds. */
  validateMs = 0;
  insertWaitMs = 0;

  constructor(
    readonly collectionName: string,
    private readonly model: ValidatingModel,
    private readonly target: mongo.Collection,
    private readonly options: BatchWriterOptions,
  ) {}

  /** Queues a document; returns a promise (to await) when that filled a batch. */
  add(document: object): Promise<void> | undefined {
    this.buffer.push(document);
    this.queued += 1;
    return this.buffer.length >= this.options.batchSize ? this.flush() : undefined;
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }

  private async flush(): Promise<void> {
    this.throwIfFailed();
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    const firstPosition = this.queued - batch.length;
    let documents: object[] = batch;
    if (this.options.path !== 'raw') {
      const started = performance.now();
      documents = await validateThroughModel(this.model, batch, this.collectionName, firstPosition, this.options.path);
      this.validateMs += performance.now() - started;
    }
    const waitStarted = performance.now();
    await this.inFlight;
    this.insertWaitMs += performance.now() - waitStarted;
    this.throwIfFailed();
    this.inFlight = this.target.insertMany(documents, { ordered: false }).then(
      () => {
        this.written += documents.length;
      },
      (error: unknown) => {
        this.failure = { error };
      },
    );
  }

  /** Writes what is buffered and waits for every insert. The writer can be used again afterwards. */
  async drain(): Promise<void> {
    await this.flush();
    const waitStarted = performance.now();
    await this.inFlight;
    this.insertWaitMs += performance.now() - waitStarted;
    this.throwIfFailed();
  }
}
