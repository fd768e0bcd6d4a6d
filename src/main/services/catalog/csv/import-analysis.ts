import { trusted, Types } from 'mongoose';
import { CSV_ERRORS_LISTED, type CsvAnalysis, type CsvMapping, type CsvRowError, type ProductInput } from '@shared/contract';
import type { Session } from '../../../auth/session-manager';
import { AppError } from '../../../errors';
import type { Models } from '../../../models';
import { toProduct, type StoredProduct } from '../product-dto';
import { editableInput } from '../product-service';
import { CategoryIndex } from './category-paths';
import { resolveColumns, type ColumnSlot } from './mapping';
import { detectFileDelimiter, isBlankRow, readCsvFile, type CsvRecord, type Delimiter } from './parse';
import { rowToProductInput, sameProduct, type RowProblem } from './row-input';

/** What the first read of a file established: its columns, rows and in-file clashes. Nothing of the database. */
export interface ImportPlan {
  path: string;
  delimiter: Delimiter;
  headerLine: number;
  headers: string[];
  mapping: CsvMapping;
  slots: ColumnSlot[];
  /** Product rows (blank rows are not counted). */
  rows: number;
  /** Rows sharing a SKU or slug with another row, and what to tell them. */
  clashes: Map<number, RowProblem[]>;
  warnings: string[];
}

/** What an import does with one row. */
export type RowVerdict =
  | { line: number; kind: 'create'; sku: string; input: ProductInput }
  | { line: number; kind: 'update'; sku: string; id: string; expectedUpdatedAt: string; input: ProductInput }
  | { line: number; kind: 'unchanged'; sku: string; id: string }
  | { line: number; kind: 'rejected'; sku: string; problems: RowProblem[] };

const BATCH = 500;
const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };

function linesText(lines: readonly number[]): string {
  const shown = lines.slice(0, 5).join(', ');
  return lines.length > 5 ? `${shown} and ${lines.length - 5} more` : shown.replace(/, (\d+)$/, ' and $1');
}

function clashProblems(kind: 'SKU' | 'slug', header: string, byValue: Map<string, number[]>, into: Map<number, RowProblem[]>): void {
  for (const [value, lines] of byValue) {
    if (lines.length < 2) continue;
    const message = `The ${kind} "${value}" is on lines ${linesText(lines)}; keep one row per product`;
    for (const line of lines) into.set(line, [...(into.get(line) ?? []), { column: header, message }]);
  }
}

/**
 * Reads the whole file once for what can be known without the database: that
 * it is UTF-8 text, well quoted, with a usable header row; how many rows it
 * has; which rows repeat a SKU or slug. Throws VALIDATION for a bad file.
 */
export async function planImport(path: string, given: CsvMapping | undefined): Promise<ImportPlan> {
  const delimiter = await detectFileDelimiter(path);
  let header: CsvRecord | undefined;
  let resolved: ReturnType<typeof resolveColumns> | undefined;
  let rows = 0;
  const skus = new Map<string, number[]>();
  const slugs = new Map<string, number[]>();
  let skuIndex = -1;
  let slugIndex = -1;

  for await (const record of readCsvFile(path, delimiter)) {
    if (!header) {
      header = { line: record.line, cells: record.cells.map((cell) => cell.trim()) };
      resolved = resolveColumns(header.cells, given);
      skuIndex = resolved.slots.find((slot) => slot.column === 'sku')?.index ?? -1;
      slugIndex = resolved.slots.find((slot) => slot.column === 'slug')?.index ?? -1;
      continue;
    }
    if (isBlankRow(record.cells)) continue;
    rows += 1;
    const sku = record.cells[skuIndex]?.trim();
    if (sku) skus.set(sku, [...(skus.get(sku) ?? []), record.line]);
    const slug = slugIndex >= 0 ? record.cells[slugIndex]?.trim().toLowerCase() : undefined;
    if (slug) slugs.set(slug, [...(slugs.get(slug) ?? []), record.line]);
  }
  if (!header || !resolved) throw new AppError('VALIDATION', 'The file is empty', { file: 'The file is empty' });

  const clashes = new Map<number, RowProblem[]>();
  const headerOf = (column: string): string => resolved?.slots.find((slot) => slot.column === column)?.header ?? column;
  clashProblems('SKU', headerOf('sku'), skus, clashes);
  clashProblems('slug', headerOf('slug'), slugs, clashes);

  const warnings = [...resolved.warnings];
  if (delimiter !== ',') warnings.push(`The cells are separated by ${DELIMITER_NAMES[delimiter]}`);
  if (rows === 0) warnings.push('The file has a header row but no product rows');
  return { path, delimiter, headerLine: header.line, headers: header.cells, mapping: resolved.mapping, slots: resolved.slots, rows, clashes, warnings };
}

/** The product rows of a planned file, in order. */
export async function* productRows(plan: Pick<ImportPlan, 'path' | 'delimiter' | 'headerLine'>): AsyncGenerator<CsvRecord, void, undefined> {
  for await (const record of readCsvFile(plan.path, plan.delimiter)) {
    if (record.line > plan.headerLine && !isBlankRow(record.cells)) yield record;
  }
}

/** The form the editor would load for a stored product: what a row's cells are laid over. */
function storedAsInput(product: StoredProduct): ProductInput {
  const seller = product.seller ? { id: product.seller.toHexString(), name: '' } : null;
  const related = (product.relatedProducts ?? []).map((id) => ({ id: id.toHexString(), name: '', sku: '' }));
  return editableInput(toProduct(product, seller, related));
}

/**
 * Judges every row against the database, a batch at a time: create, update,
 * unchanged, or rejected with every reason. Writes nothing; the import job
 * writes what this yields, so the dry run and the apply cannot disagree.
 */
export async function* judgeRows(models: Models, plan: ImportPlan, session: Session): AsyncGenerator<RowVerdict, void, undefined> {
  const context = { categories: await CategoryIndex.load(models) };
  const skuSlot = plan.slots.find((slot) => slot.column === 'sku') as ColumnSlot;
  const slugSlot = plan.slots.find((slot) => slot.column === 'slug');
  const width = plan.headers.length;
  // Rows may stop short of unnamed columns at the end of the header (a trailing separator).
  const needed = plan.headers.reduce((last, header, index) => (header === '' ? last : index + 1), 0);

  async function* judge(batch: CsvRecord[]): AsyncGenerator<RowVerdict, void, undefined> {
    const skus = [...new Set(batch.map((record) => record.cells[skuSlot.index]?.trim() ?? '').filter(Boolean))];
    const slugs = slugSlot ? [...new Set(batch.map((record) => record.cells[slugSlot.index]?.trim().toLowerCase() ?? '').filter(Boolean))] : [];
    const [stored, slugOwners] = await Promise.all([
      skus.length > 0 ? models.Product.find({ sku: trusted({ $in: skus }) }).lean<StoredProduct[]>() : [],
      slugs.length > 0 ? models.Product.find({ slug: trusted({ $in: slugs }) }, { sku: 1, slug: 1, name: 1 }).lean<Array<{ sku: string; slug: string; name: string }>>() : [],
    ]);
    const bySku = new Map(stored.map((product) => [product.sku, product]));
    const bySlug = new Map(slugOwners.map((product) => [product.slug, product]));

    for (const record of batch) {
      const sku = record.cells[skuSlot.index]?.trim() ?? '';
      const problems: RowProblem[] = [...(plan.clashes.get(record.line) ?? [])];
      const extra = record.cells.slice(width).some((cell) => cell.trim() !== '');
      if (record.cells.length < needed || extra) {
        problems.push({
          column: null,
          message: `This row has ${record.cells.length} cells but the header has ${width}. A cell holding a comma, quote or line break must be in quotes`,
        });
        yield { line: record.line, kind: 'rejected', sku, problems };
        continue;
      }

      const existing = bySku.get(sku);
      if (existing && session.role === 'seller' && !existing.seller?.equals(new Types.ObjectId(session.userId))) {
        problems.push({ column: skuSlot.header, message: `The SKU "${sku}" is used by "${existing.name}", another seller's product` });
        yield { line: record.line, kind: 'rejected', sku, problems };
        continue;
      }

      const base = existing ? storedAsInput(existing) : null;
      const built = rowToProductInput(record.cells, plan.slots, base, context);
      if (!built.ok) problems.push(...built.problems);
      if (slugSlot) {
        const slug = record.cells[slugSlot.index]?.trim().toLowerCase() ?? '';
        const owner = slug ? bySlug.get(slug) : undefined;
        if (owner && owner.sku !== sku) problems.push({ column: slugSlot.header, message: `The slug "${slug}" is used by "${owner.name}"` });
      }

      if (problems.length > 0 || !built.ok) yield { line: record.line, kind: 'rejected', sku, problems };
      else if (!existing) yield { line: record.line, kind: 'create', sku, input: built.input };
      else if (base && sameProduct(base, built.parsed)) yield { line: record.line, kind: 'unchanged', sku, id: existing._id.toHexString() };
      else yield { line: record.line, kind: 'update', sku, id: existing._id.toHexString(), expectedUpdatedAt: existing.updatedAt.toISOString(), input: built.input };
    }
  }

  let batch: CsvRecord[] = [];
  for await (const record of productRows(plan)) {
    batch.push(record);
    if (batch.length >= BATCH) {
      yield* judge(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield* judge(batch);
}

/** The dry run: what applying the file would do, row by row, with nothing written. */
export async function analyzeImport(models: Models, plan: ImportPlan, session: Session): Promise<CsvAnalysis> {
  const counts = { toCreate: 0, toUpdate: 0, unchanged: 0, rejected: 0 };
  const errors: CsvRowError[] = [];
  let errorCount = 0;
  for await (const verdict of judgeRows(models, plan, session)) {
    if (verdict.kind === 'create') counts.toCreate += 1;
    else if (verdict.kind === 'update') counts.toUpdate += 1;
    else if (verdict.kind === 'unchanged') counts.unchanged += 1;
    else {
      counts.rejected += 1;
      for (const problem of verdict.problems) {
        errorCount += 1;
        if (errors.length < CSV_ERRORS_LISTED) errors.push({ line: verdict.line, column: problem.column, message: problem.message });
      }
    }
  }
  return { headers: plan.headers, mapping: plan.mapping, delimiter: plan.delimiter, rows: plan.rows, ...counts, errors, errorCount, warnings: plan.warnings };
}

/** One line for a rejected row in a job result or report: `price: "abc" is not a number; …`. */
export function describeProblems(problems: readonly RowProblem[]): string {
  return problems.map((problem) => (problem.column ? `${problem.column}: ${problem.message}` : problem.message)).join('; ');
}
