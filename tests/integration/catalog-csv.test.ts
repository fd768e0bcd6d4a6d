import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_UPLOAD_CHUNK_CHARS, type Category, type CsvAnalysis, type Job, type JobResult, type ProductInput } from '../../src/shared/contract';
import { CsvParser } from '../../src/main/services/catalog/csv/parse';
import { startTestBackend, type TestBackend } from '../support/backend';

const ADMIN = { firstName: 'Ada', lastName: 'Admin', email: 'ada@shop.test', password: 'correct horse 1' };
const NOT_UTF8 = 'This file is not UTF-8 text; save it as CSV UTF-8';
const REQUIRED_HEADER = 'sku,name,description,price,quantity';

type Call = Awaited<ReturnType<TestBackend['call']>>;

/** Rows of a CSV text as the import reads them: header cells, then one object per row. */
function parseCsv(text: string): { header: string[]; rows: Array<Record<string, string>> } {
  const parser = new CsvParser(',');
  const [header, ...records] = [...parser.push(text.replace(/^\uFEFF/, '')), ...parser.end()];
  const names = header?.cells ?? [];
  return { header: names, rows: records.map((record) => Object.fromEntries(names.map((name, index) => [name, record.cells[index] ?? '']))) };
}

describe('catalog CSV import and export', () => {
  let app: TestBackend;
  let trail: Category;

  const ok = async <T>(channel: string, input: unknown, session = 'admin'): Promise<T> => {
    const result = await app.call(channel, input, session);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.data as T;
  };

  async function finished(job: Job, session = 'admin'): Promise<{ job: Job; results: JobResult[] }> {
    for (let attempt = 0; attempt < 1200; attempt += 1) {
      const read = await ok<{ job: Job; results: JobResult[] }>('jobs.get', { id: job.id, limit: 500 }, session);
      if (read.job.state !== 'running') return read;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('job did not finish');
  }

  /** Sends a file's text in chunks, as the renderer does; the answer of the last call (or the first failure). */
  async function upload(text: string, session = 'admin', size = CSV_UPLOAD_CHUNK_CHARS): Promise<Call> {
    let uploadId: string | undefined;
    let result: Call = { ok: false };
    for (let start = 0; start === 0 || start < text.length; start += size) {
      const last = start + size >= text.length;
      result = await app.call('catalog.csv.upload', { ...(uploadId ? { uploadId } : {}), chunk: text.slice(start, start + size), last }, session);
      if (!result.ok) return result;
      uploadId = (result.data as { uploadId: string }).uploadId;
    }
    return result;
  }

  async function uploaded(text: string, session = 'admin'): Promise<string> {
    const result = await upload(text, session);
    if (!result.ok) throw new Error(`upload failed: ${JSON.stringify(result.error)}`);
    return (result.data as { uploadId: string }).uploadId;
  }

  /** Reads a finished export in slices, as the renderer assembles a download. */
  async function download(fileId: string, session = 'admin'): Promise<{ text: string; slices: number }> {
    let text = '';
    let slices = 0;
    let offset: number | null = 0;
    while (offset !== null) {
      const slice: { text: string; nextOffset: number | null } = await ok('files.read', { fileId, offset }, session);
      text += slice.text;
      offset = slice.nextOffset;
      slices += 1;
    }
    return { text, slices };
  }

  const productCount = () => app.backend.models.Product.countDocuments({});
  const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

  beforeAll(async () => {
    app = await startTestBackend('catalog_csv');
    await app.call('setup.createAdmin', ADMIN, 'admin');
    const sports = (await ok<{ category: Category }>('catalog.categories.create', { parent: null, category: { name: 'Sports' } })).category;
    const running = (await ok<{ category: Category }>('catalog.categories.create', { parent: sports.id, category: { name: 'Running' } })).category;
    trail = (await ok<{ category: Category }>('catalog.categories.create', { parent: running.id, category: { name: 'Trail' } })).category;
  });
  afterAll(() => app.dispose());

  it('gives a template that imports as it is', async () => {
    const { csv: template } = await ok<{ csv: string }>('catalog.csv.template', {});
    const { header, rows } = parseCsv(template);
    expect(header).toEqual(CSV_COLUMNS.map((column) => column.header));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ sku: 'TRAIL-001', category: 'Sports > Running > Trail', tags: 'running|trail', price: '89.90', allow_backorder: 'false' });

    const analysis = await ok<CsvAnalysis>('catalog.csv.analyze', { uploadId: await uploaded(template) });
    expect(analysis).toMatchObject({ rows: 1, toCreate: 1, toUpdate: 0, rejected: 0, errors: [], errorCount: 0, warnings: [] });
    expect(analysis.mapping).toEqual(Object.fromEntries(CSV_COLUMNS.map((column) => [column.header, column.header])));
  });

  it('exports the matching products as a job, read back in slices, equal to the catalog', async () => {
    const long = 'Soft, warm and "quoted", over\ntwo lines. '.repeat(60);
    await app.backend.models.Product.insertMany(
      Array.from({ length: 300 }, (_, index) => ({
        name: index === 0 ? '=HYPERLINK("http://evil.test")' : `Export item ${index}`,
        slug: `export-item-${index}`,
        sku: `EXP-${String(index).padStart(3, '0')}`,
        description: `${index}: ${long}`,
        price: index % 3 === 0 ? { regular: 20 + index, sale: 10 + index / 2, currency: 'EUR' } : { regular: 20 + index, currency: 'USD' },
        inventory: { quantity: index % 7, lowStockThreshold: 2 },
        category: index % 2 === 0 ? trail.id : null,
        categoryPath: index % 2 === 0 ? [...trail.path.map((entry) => ({ _id: entry.id, name: entry.name, slug: entry.slug })), { _id: trail.id, name: trail.name, slug: trail.slug }] : [],
        tags: index % 5 === 0 ? ['café', 'winter sale'] : [],
        images: index % 4 === 0 ? [{ url: `https://img.test/${index}.jpg`, isPrimary: true }] : [],
        status: index < 100 ? 'published' : 'draft',
      })),
    );

    const { job } = await ok<{ job: Job }>('catalog.csv.export', { filters: {} });
    expect(job).toMatchObject({ kind: 'catalog.csv.export', title: 'Export 300 products to CSV' });
    const done = await finished(job);
    expect(done.job).toMatchObject({ state: 'done', failed: 0 });
    expect(done.job.processed).toBe(done.job.total);
    expect(done.results.length).toBeLessThanOrEqual(1);

    const { text, slices } = await download(job.id);
    expect(slices).toBeGreaterThan(1);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const { header, rows } = parseCsv(text);
    expect(header).toEqual(CSV_COLUMNS.map((column) => column.header));
    const stored = await app.backend.models.Product.find({}).sort({ _id: 1 }).lean();
    expect(rows.map((row) => row.sku)).toEqual(stored.map((product) => product.sku));
    rows.forEach((row, index) => {
      const product = stored[index]!;
      expect((row.name ?? '').replace(/^'(?==)/, '')).toBe(product.name);
      expect(row.description).toBe(product.description);
      expect(Number(row.price)).toBe(product.price.regular);
      expect(row.sale_price === '' ? null : Number(row.sale_price)).toBe(product.price.sale ?? null);
      expect(row.currency).toBe(product.price.currency);
      expect(Number(row.quantity)).toBe(product.inventory.quantity);
      expect(row.tags).toBe((product.tags ?? []).join('|'));
      expect(row.image_urls).toBe((product.images ?? []).map((image) => image.url).join('|'));
      expect(row.category).toBe(product.category ? 'Sports > Running > Trail' : '');
      expect(row.status).toBe(product.status);
    });
    expect(rows[0]?.name).toBe('\'=HYPERLINK("http://evil.test")');

    const published = await finished((await ok<{ job: Job }>('catalog.csv.export', { filters: { status: 'published' } })).job);
    expect(parseCsv((await download(published.job.id)).text).rows).toHaveLength(100);
    expect(await app.call('files.read', { fileId: 'f'.repeat(24), offset: 0 }, 'admin')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('re-imports an unedited export as unchanged', async () => {
    const { job } = await ok<{ job: Job }>('catalog.csv.export', { filters: { search: 'EXP-001' } });
    await finished(job);
    const analysis = await ok<CsvAnalysis>('catalog.csv.analyze', { uploadId: await uploaded((await download(job.id)).text) });
    expect(analysis).toMatchObject({ rows: 1, unchanged: 1, toCreate: 0, toUpdate: 0, errorCount: 0 });
  });

  describe('an import with a bad row', () => {
    const file = csv(
      `${REQUIRED_HEADER},sale_price,category,tags`,
      'NEW-1,New trail shoe,"Grippy, light",99.90,5,,Sports > Running > Trail,trail|new',
      'NEW-2,Bad sale,Sale above price,10,1,12,,',
      'EXP-001,Export item one renamed,Changed,30.50,9,,,',
      'DUP-1,Twice,First,5,1,,,',
      'DUP-1,Twice,Second,5,1,,,',
    );

    it('dry-runs: counts creates and updates, lists each bad row by line, and writes nothing', async () => {
      const before = await productCount();
      const existing = await app.backend.models.Product.findOne({ sku: 'EXP-001' }).lean();
      const analysis = await ok<CsvAnalysis>('catalog.csv.analyze', { uploadId: await uploaded(file) });
      expect(analysis).toMatchObject({ rows: 5, toCreate: 1, toUpdate: 1, unchanged: 0, rejected: 3, errorCount: 3 });
      expect(analysis.errors).toEqual([
        { line: 3, column: 'sale_price', message: 'Must be below the regular price' },
        { line: 5, column: 'sku', message: 'The SKU "DUP-1" is on lines 5 and 6; keep one row per product' },
        { line: 6, column: 'sku', message: 'The SKU "DUP-1" is on lines 5 and 6; keep one row per product' },
      ]);
      expect(await productCount()).toBe(before);
      expect(await app.backend.models.Product.findOne({ sku: 'EXP-001' }).lean()).toEqual(existing);
    });

    it('applies: creates and updates the good rows, a result per line, audited, and reports exactly the bad rows', async () => {
      const before = await productCount();
      const uploadId = await uploaded(file);
      const analysis = await ok<CsvAnalysis>('catalog.csv.analyze', { uploadId });
      const { job } = await ok<{ job: Job }>('catalog.csv.apply', { uploadId, mapping: analysis.mapping });
      const done = await finished(job);
      expect(done.job).toMatchObject({ state: 'done', total: 5, processed: 5, succeeded: 2, failed: 3 });
      expect(done.results.map((result) => [result.key, result.ok, result.message])).toEqual([
        ['2', true, 'created'],
        ['3', false, 'sale_price: Must be below the regular price'],
        ['4', true, 'updated'],
        ['5', false, 'sku: The SKU "DUP-1" is on lines 5 and 6; keep one row per product'],
        ['6', false, 'sku: The SKU "DUP-1" is on lines 5 and 6; keep one row per product'],
      ]);
      expect(await productCount()).toBe(before + 1);

      const created = await app.backend.models.Product.findOne({ sku: 'NEW-1' }).lean();
      expect(created).toMatchObject({ name: 'New trail shoe', slug: 'new-trail-shoe', description: 'Grippy, light', price: { regular: 99.9 }, tags: ['trail', 'new'], status: 'draft' });
      expect(created?.category?.toHexString()).toBe(trail.id);
      const updated = await app.backend.models.Product.findOne({ sku: 'EXP-001' }).lean();
      // Columns not in the file keep their values.
      expect(updated).toMatchObject({ name: 'Export item one renamed', description: 'Changed', price: { regular: 30.5, currency: 'USD' }, inventory: { quantity: 9, lowStockThreshold: 2 }, slug: 'export-item-1' });
      const { categories } = await ok<{ categories: Category[] }>('catalog.categories.list', {});
      expect(categories.find((category) => category.id === trail.id)?.productCount).toBeGreaterThanOrEqual(1);

      const audit = await ok<{ items: Array<{ channel: string }> }>('audit.list', { collection: 'products', targetId: created?._id.toHexString() });
      expect(audit.items[0]).toMatchObject({ channel: 'catalog.csv.apply' });

      const report = await ok<{ csv: string; rows: number }>('catalog.csv.report', { jobId: job.id });
      expect(report.rows).toBe(3);
      const parsed = parseCsv(report.csv);
      expect(parsed.header).toEqual([...REQUIRED_HEADER.split(','), 'sale_price', 'category', 'tags', 'error']);
      expect(parsed.rows.map((row) => [row.sku, row.error])).toEqual([
        ['NEW-2', 'sale_price: Must be below the regular price'],
        ['DUP-1', 'sku: The SKU "DUP-1" is on lines 5 and 6; keep one row per product'],
        ['DUP-1', 'sku: The SKU "DUP-1" is on lines 5 and 6; keep one row per product'],
      ]);
      expect(parsed.rows[0]).toMatchObject({ name: 'Bad sale', sale_price: '12' });
    });
  });

  it('stops an import between rows when cancelled, keeping the rows done', async () => {
    const rows = Array.from({ length: 400 }, (_, index) => `CAN-${index},Cancel item ${index},Filler,5,1`);
    const uploadId = await uploaded(csv(REQUIRED_HEADER, ...rows));
    const mapping = Object.fromEntries(REQUIRED_HEADER.split(',').map((header) => [header, header]));
    const { job } = await ok<{ job: Job }>('catalog.csv.apply', { uploadId, mapping });
    await ok('jobs.cancel', { id: job.id });
    const done = await finished(job);
    expect(done.job.state).toBe('cancelled');
    expect(done.job.processed).toBeLessThan(done.job.total);
    expect(await app.backend.models.Product.countDocuments({ sku: /^CAN-/ })).toBe(done.job.succeeded);
  });

  describe('bad files get one clear error and write nothing', () => {
    let before = 0;
    beforeAll(async () => {
      before = await productCount();
    });

    it('refuses a file that is not UTF-8 (as the renderer reads it: with replacement characters)', async () => {
      const windows1252 = new TextDecoder().decode(Buffer.from(`${REQUIRED_HEADER}\nCAFE-1,Caf\xe9 cr\xe8me,D\xe9j\xe0 vu,3,1\n`, 'latin1'));
      expect(await upload(windows1252)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: NOT_UTF8 } });
    });

    it('refuses a binary blob', async () => {
      const bytes = Buffer.alloc(64 * 1024);
      for (let index = 0; index < bytes.length; index += 1) bytes[index] = (index * 7919 + 13) % 256;
      expect(await upload(new TextDecoder().decode(bytes))).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: NOT_UTF8 } });
    });

    it('refuses an upload past 20 MB and keeps nothing of it', async () => {
      const garbage = '€'.repeat(CSV_UPLOAD_CHUNK_CHARS); // 384 KiB a chunk
      let result: Call = { ok: true };
      let uploadId: string | undefined;
      for (let chunk = 0; chunk < 60 && result.ok; chunk += 1) {
        result = await app.call('catalog.csv.upload', { ...(uploadId ? { uploadId } : {}), chunk: garbage, last: false }, 'admin');
        if (result.ok) uploadId = (result.data as { uploadId: string }).uploadId;
      }
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'The file is larger than 20 MB' } });
      expect(await app.call('catalog.csv.analyze', { uploadId }, 'admin')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('names the required columns a file lacks, on the dry run and on apply', async () => {
      const uploadId = await uploaded(csv('sku,name,price', 'A-1,Hat,3'));
      const message = 'The file has no column for description, quantity; they are required. Add them, or map columns to them';
      expect(await app.call('catalog.csv.analyze', { uploadId }, 'admin')).toMatchObject({ ok: false, error: { code: 'VALIDATION', message } });
      expect(await app.call('catalog.csv.apply', { uploadId, mapping: { sku: 'sku', name: 'name', price: 'price' } }, 'admin')).toMatchObject({ ok: false, error: { code: 'VALIDATION', message } });
    });

    it('refuses a file without a header row, with an unclosed quote, or empty', async () => {
      expect(await app.call('catalog.csv.analyze', { uploadId: await uploaded(csv('A-1,Hat,Warm,3,1')) }, 'admin')).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringMatching(/^The first line should name the columns/) },
      });
      const unclosed = csv(REQUIRED_HEADER, 'Q-1,Hat,Warm,3,1', 'Q-2,Cap,"Never closed,3,1', 'Q-3,Scarf,Long,3,1');
      const uploadId = await uploaded(unclosed);
      const refusal = { ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/^Line 3: a cell opens a quote that is never closed/) } };
      expect(await app.call('catalog.csv.analyze', { uploadId }, 'admin')).toMatchObject(refusal);
      const mapping = Object.fromEntries(REQUIRED_HEADER.split(',').map((header) => [header, header]));
      expect(await app.call('catalog.csv.apply', { uploadId, mapping }, 'admin')).toMatchObject(refusal);
      expect(await app.call('catalog.csv.analyze', { uploadId: await uploaded('') }, 'admin')).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'The file is empty' } });
    });

    it('wrote no product for any of them', async () => {
      expect(await productCount()).toBe(before);
    });

    it('refuses a chunk over the size a call may carry', async () => {
      expect(await app.call('catalog.csv.upload', { chunk: 'x'.repeat(CSV_UPLOAD_CHUNK_CHARS + 1), last: true }, 'admin')).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { chunk: expect.any(String) } } });
    });
  });

  describe('sellers', () => {
    beforeAll(async () => {
      const seller = await ok<{ member: { id: string } }>('staff.create', { email: 'sol@shop.test', firstName: 'Sol', lastName: 'Seller', role: 'seller' });
      await app.backend.models.User.updateOne({ _id: seller.member.id }, { $set: { password: 'seller pass 1', mustChangePassword: false } });
      await ok('auth.signIn', { email: 'sol@shop.test', password: 'seller pass 1' }, 'seller');
      const mine: ProductInput = { name: 'Sol hat', description: 'Mine', sku: 'SOL-1', price: { regular: 12 }, inventory: { quantity: 3 } };
      await ok('catalog.products.create', { product: mine }, 'seller');
      await ok('catalog.products.create', { product: { ...mine, name: 'Sol cap', sku: 'SOL-2' } }, 'seller');
    });

    it('export only their own products, and cannot read another member\'s file', async () => {
      const done = await finished((await ok<{ job: Job }>('catalog.csv.export', { filters: {} }, 'seller')).job, 'seller');
      expect(done.job.title).toBe('Export 2 products to CSV');
      expect(parseCsv((await download(done.job.id, 'seller')).text).rows.map((row) => row.sku)).toEqual(['SOL-1', 'SOL-2']);

      const admins = await finished((await ok<{ job: Job }>('catalog.csv.export', { filters: {} })).job);
      expect(await app.call('files.read', { fileId: admins.job.id, offset: 0 }, 'seller')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('cannot update another seller\'s product by its SKU, but update their own', async () => {
      const theirs = await app.backend.models.Product.findOne({ sku: 'EXP-002' }).lean();
      const uploadId = await uploaded(csv(REQUIRED_HEADER, 'EXP-002,Taken over,Mine now,1,1', 'SOL-1,Sol hat,Mine and better,13,3'), 'seller');
      const analysis = await ok<CsvAnalysis>('catalog.csv.analyze', { uploadId }, 'seller');
      expect(analysis).toMatchObject({ toUpdate: 1, rejected: 1, errors: [{ line: 2, column: 'sku', message: 'The SKU "EXP-002" is used by "Export item 2", another seller\'s product' }] });

      const done = await finished((await ok<{ job: Job }>('catalog.csv.apply', { uploadId, mapping: analysis.mapping }, 'seller')).job, 'seller');
      expect(done.job).toMatchObject({ succeeded: 1, failed: 1 });
      expect(await app.backend.models.Product.findOne({ sku: 'EXP-002' }).lean()).toEqual(theirs);
      expect(await app.backend.models.Product.findOne({ sku: 'SOL-1' }).lean()).toMatchObject({ description: 'Mine and better', price: { regular: 13 } });
      expect(await app.call('catalog.csv.report', { jobId: done.job.id }, 'admin')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await app.call('catalog.csv.analyze', { uploadId }, 'admin')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });
  });
});
