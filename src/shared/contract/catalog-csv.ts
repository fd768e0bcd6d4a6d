import { z } from 'zod';
import { productFiltersSchema } from './catalog';
import { defineChannel } from './channel';
import { jobSchema } from './jobs';

// ---- the CSV layout ---------------------------------------------------------------------
//
// One layout for export and import: an export can be edited and imported back.
// Files are UTF-8 (an export starts with a byte-order mark so spreadsheets read it
// as UTF-8), comma separated (an import also accepts `;` or tab, guessed from the
// header row), with RFC 4180 quoting: a cell holding the separator, a quote or a
// line break is put in double quotes, and a quote inside is doubled (`""`).
//
// - Lists (tags, image URLs, SEO keywords) are joined with `|`.
// - A category is its path of names from the top, joined with ` > `:
//   `Sports > Running > Trail`. Imports never create categories.
// - Booleans are `true` / `false` (imports also take yes/no and 1/0).
// - Numbers use a dot for decimals, without thousands separators or currency signs.
// - Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`)
//   is exported with a leading `'`, which the import takes off again.
// - Rows are matched to products by `sku`: a known SKU updates that product (only
//   the columns in the file change), a new SKU creates one.
// - An empty cell: `required` columns refuse it; `clears` columns set nothing
//   (no sale price, no tags...); `keeps` columns keep the product's value on
//   update and take the default on create.
// - Not in the file, so kept as they are on update and empty on create:
//   specifications, variants, related products, seller, image alt texts (an
//   image URL already on the product keeps its alt text).

export const CSV_LIST_SEPARATOR = '|';
export const CSV_CATEGORY_SEPARATOR = ' > ';

/** How a column's cells are written and read. */
export type CsvCellFormat = 'text' | 'money' | 'number' | 'integer' | 'boolean' | 'choice' | 'list' | 'category';
/** What an empty cell means (see above). */
export type CsvEmptyCell = 'required' | 'clears' | 'keeps';

export interface CsvColumnSpec {
  /** The header in the file. */
  header: string;
  /** The product field it maps to (a path in ProductInput). */
  field: string;
  format: CsvCellFormat;
  empty: CsvEmptyCell;
  /** The template's example cell. */
  example: string;
  note?: string;
}

export const CSV_COLUMNS = [
  { header: 'sku', field: 'sku', format: 'text', empty: 'required', example: 'TRAIL-001', note: 'Matches the row to a product: a known SKU updates it, a new one creates one' },
  { header: 'name', field: 'name', format: 'text', empty: 'required', example: 'Trail running shoe' },
  { header: 'slug', field: 'slug', format: 'text', empty: 'keeps', example: '', note: 'Made from the name when empty' },
  { header: 'description', field: 'description', format: 'text', empty: 'required', example: 'A light trail shoe with a grippy sole.' },
  { header: 'short_description', field: 'shortDescription', format: 'text', empty: 'clears', example: 'Light and grippy' },
  { header: 'category', field: 'category', format: 'category', empty: 'clears', example: 'Sports > Running > Trail', note: 'Category names from the top, joined with " > "; the category must exist' },
  { header: 'subcategory', field: 'subcategory', format: 'text', empty: 'clears', example: '' },
  { header: 'brand', field: 'brand', format: 'text', empty: 'clears', example: 'Acme' },
  { header: 'price', field: 'price.regular', format: 'money', empty: 'required', example: '89.90', note: 'A dot for decimals, at most two' },
  { header: 'sale_price', field: 'price.sale', format: 'money', empty: 'clears', example: '79.90', note: 'Below price' },
  { header: 'currency', field: 'price.currency', format: 'text', empty: 'keeps', example: 'USD', note: 'A 3-letter code; USD when new' },
  { header: 'quantity', field: 'inventory.quantity', format: 'integer', empty: 'required', example: '25', note: 'Negative only with allow_backorder' },
  { header: 'low_stock_threshold', field: 'inventory.lowStockThreshold', format: 'integer', empty: 'keeps', example: '5', note: '10 when new' },
  { header: 'allow_backorder', field: 'inventory.allowBackorder', format: 'boolean', empty: 'keeps', example: 'false' },
  { header: 'status', field: 'status', format: 'choice', empty: 'keeps', example: 'draft', note: 'draft, published or archived; draft when new' },
  { header: 'featured', field: 'featured', format: 'boolean', empty: 'keeps', example: 'false' },
  { header: 'active', field: 'isActive', format: 'boolean', empty: 'keeps', example: 'true', note: 'true when new' },
  { header: 'tags', field: 'tags', format: 'list', empty: 'clears', example: 'running|trail' },
  { header: 'image_urls', field: 'images', format: 'list', empty: 'clears', example: 'https://example.com/shoe.jpg|https://example.com/shoe-side.jpg', note: 'The first is the primary image' },
  { header: 'weight', field: 'dimensions.weight', format: 'number', empty: 'clears', example: '0.8' },
  { header: 'length', field: 'dimensions.length', format: 'number', empty: 'clears', example: '30' },
  { header: 'width', field: 'dimensions.width', format: 'number', empty: 'clears', example: '12' },
  { header: 'height', field: 'dimensions.height', format: 'number', empty: 'clears', example: '11' },
  { header: 'free_shipping', field: 'shipping.freeShipping', format: 'boolean', empty: 'keeps', example: 'false' },
  { header: 'shipping_class', field: 'shipping.shippingClass', format: 'choice', empty: 'clears', example: 'standard', note: 'standard, express or overnight' },
  { header: 'shipping_days', field: 'shipping.estimatedDays', format: 'integer', empty: 'clears', example: '3' },
  { header: 'seo_title', field: 'seo.title', format: 'text', empty: 'clears', example: 'Trail running shoe | Acme' },
  { header: 'seo_description', field: 'seo.description', format: 'text', empty: 'clears', example: 'A light trail shoe with a grippy sole.' },
  { header: 'seo_keywords', field: 'seo.keywords', format: 'list', empty: 'clears', example: 'trail shoe|running shoe' },
] as const satisfies readonly CsvColumnSpec[];

export type CsvColumnName = (typeof CSV_COLUMNS)[number]['header'];
export const CSV_COLUMN_NAMES = CSV_COLUMNS.map((column) => column.header) as [CsvColumnName, ...CsvColumnName[]];
export const CSV_REQUIRED_COLUMNS = CSV_COLUMNS.filter((column) => column.empty === 'required').map((column) => column.header);

// ---- limits -----------------------------------------------------------------------------

/**
 * Characters per upload chunk. Web mode takes request bodies up to 1 MiB, and
 * JSON spends up to 6 bytes on a character (`\u0000`), so a chunk of a binary
 * file still arrives and gets the clear "not UTF-8" answer.
 */
export const CSV_UPLOAD_CHUNK_CHARS = 128 * 1024;
/** The largest file an import takes, in UTF-8 bytes. */
export const CSV_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;
/** The largest slice `files.read` returns, in bytes. */
export const FILE_SLICE_MAX_BYTES = 512 * 1024;
/** Row errors listed by a dry run; `errorCount` has them all. */
export const CSV_ERRORS_LISTED = 500;

// ---- channels ---------------------------------------------------------------------------

const hexId = (what: string) => z.string().regex(/^[a-f0-9]{24}$/, `Not ${what}`);

/** A file header -> the layout column it fills; null (or absent) leaves the column out. */
export const csvMappingSchema = z
  .record(z.string().max(200), z.enum(CSV_COLUMN_NAMES).nullable())
  .refine((mapping) => Object.keys(mapping).length <= 500, 'At most 500 columns');
export type CsvMapping = z.infer<typeof csvMappingSchema>;

export const csvRowErrorSchema = z.object({
  /** The line of the file where the row starts (the header is line 1). */
  line: z.number().int(),
  /** The header, as the file names it, of the cell at fault; null for the row as a whole. */
  column: z.string().nullable(),
  message: z.string(),
});
export type CsvRowError = z.infer<typeof csvRowErrorSchema>;

/** A dry run: what an import would do, row by row, without writing anything. */
export const csvAnalysisSchema = z.object({
  headers: z.array(z.string()),
  /** The mapping used: the one given, or one suggested from the header names. */
  mapping: z.record(z.string(), z.enum(CSV_COLUMN_NAMES).nullable()),
  delimiter: z.enum([',', ';', '\t']),
  /** Product rows in the file (blank rows are skipped). */
  rows: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  /** Rows matching their product exactly: nothing to write. */
  unchanged: z.number().int(),
  /** Rows with at least one error; they would be skipped. */
  rejected: z.number().int(),
  /** The first CSV_ERRORS_LISTED errors, in file order. */
  errors: z.array(csvRowErrorSchema),
  errorCount: z.number().int(),
  warnings: z.array(z.string()),
});
export type CsvAnalysis = z.infer<typeof csvAnalysisSchema>;

export const catalogCsvChannels = {
  /** The header row and one example row. */
  'catalog.csv.template': defineChannel({
    input: z.strictObject({}),
    output: z.object({ csv: z.string() }),
    permission: 'catalog.read',
    mutates: false,
  }),
  /** Starts writing the products matching the filters to a file; read it with files.read (file id = job id). */
  'catalog.csv.export': defineChannel({
    input: z.strictObject({ filters: productFiltersSchema }),
    output: z.object({ job: jobSchema }),
    permission: 'catalog.read',
    mutates: false,
  }),
  /** A slice of a finished export, for the member who made it; read on from `nextOffset` until it is null. */
  'files.read': defineChannel({
    input: z.strictObject({ fileId: hexId('a file id'), offset: z.number().int().min(0).default(0) }),
    output: z.object({ text: z.string(), nextOffset: z.number().int().nullable() }),
    permission: 'signedIn',
    mutates: false,
  }),
  /** Appends a slice of the file's text; the first call (no uploadId) starts an upload. */
  'catalog.csv.upload': defineChannel({
    input: z.strictObject({
      uploadId: hexId('an upload id').optional(),
      chunk: z.string().max(CSV_UPLOAD_CHUNK_CHARS, `At most ${CSV_UPLOAD_CHUNK_CHARS} characters per chunk`),
      last: z.boolean(),
    }),
    output: z.object({ uploadId: z.string(), bytes: z.number().int() }),
    permission: 'catalog.write',
    mutates: false,
  }),
  'catalog.csv.analyze': defineChannel({
    input: z.strictObject({ uploadId: hexId('an upload id'), mapping: csvMappingSchema.optional() }),
    output: csvAnalysisSchema,
    permission: 'catalog.write',
    mutates: false,
  }),
  /** Writes the valid rows as a job, a result per row keyed by its line; the job audits each change. */
  'catalog.csv.apply': defineChannel({
    input: z.strictObject({ uploadId: hexId('an upload id'), mapping: csvMappingSchema }),
    output: z.object({ job: jobSchema }),
    permission: 'catalog.write',
    mutates: true,
  }),
  /** The rows an import job rejected: the file's own columns plus `error`. */
  'catalog.csv.report': defineChannel({
    input: z.strictObject({ jobId: hexId('a job id') }),
    output: z.object({ csv: z.string(), rows: z.number().int() }),
    permission: 'catalog.write',
    mutates: false,
  }),
};
