import { join } from 'node:path';
import { Types } from 'mongoose';
import { CSV_COLUMNS, type CsvAnalysis, type CsvMapping, type Job, type ProductFilters } from '@shared/contract';
import type { ErrorShape } from '@shared/errors';
import type { AuditRecord } from '../../../audit/audit-recorder';
import type { Session } from '../../../auth/session-manager';
import { AppError } from '../../../errors';
import type { JobRunner } from '../../../jobs/job-runner';
import type { Models } from '../../../models';
import type { ProductService } from '../product-service';
import { matchingQuery } from '../product-list';
import { joinCategoryPath } from './category-paths';
import { writeProductsCsv } from './export-job';
import { ExportFiles } from './files';
import { BOM, csvRow } from './format';
import { analyzeImport, planImport, type ImportPlan } from './import-analysis';
import { runImport } from './import-job';
import { rejectedRowsCsv } from './import-report';
import { UploadStore, type UploadChunk } from './uploads';

export interface CatalogCsvDeps {
  models: () => Models;
  capabilities: () => { textSearch: boolean };
  jobs: JobRunner;
  products: Pick<ProductService, 'create' | 'update'>;
  /** Writes audit entries for a batch of changed products, as the member who started the import. */
  audit: (actor: Session, records: AuditRecord[]) => Promise<void>;
  /** What a thrown error means, as the router would tell it (row errors of an import). */
  describeError: (error: unknown) => ErrorShape;
  /** Exports go to `<dataDir>/exports`, uploads to `<dataDir>/imports`. */
  dataDir: string;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

/** A file removed meanwhile (kept a day) is NOT_FOUND, not an internal error. */
async function fromFile<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') throw new AppError('NOT_FOUND', 'The uploaded file is gone (files are kept for a day); pick it again', { uploadId: 'File gone' });
    throw error;
  }
}

/** CSV import and export of the catalog, in the layout documented with CSV_COLUMNS. */
export function createCatalogCsvService(deps: CatalogCsvDeps) {
  const uploads = new UploadStore(join(deps.dataDir, 'imports'));
  const exports = new ExportFiles(join(deps.dataDir, 'exports'));
  /** The file each import job read, for its report. */
  const importsByJob = new Map<string, Pick<ImportPlan, 'path' | 'delimiter' | 'headerLine'>>();

  const scopeOf = (session: Session): Record<string, unknown> => (session.role === 'seller' ? { seller: new Types.ObjectId(session.userId) } : {});

  return {
    /** The header row and one example row; the example's category is one of the store's, so it imports as it is. */
    async template(): Promise<{ csv: string }> {
      const category = await deps.models().Category.findOne({}, { name: 1, path: 1 }).sort({ level: -1, name: 1 }).lean();
      const categoryPath = category ? joinCategoryPath([...(category.path ?? []).map((entry) => entry.name), category.name]) : '';
      const example = CSV_COLUMNS.map((column) => (column.header === 'category' ? categoryPath : column.example));
      return { csv: BOM + csvRow(CSV_COLUMNS.map((column) => column.header)) + csvRow(example) };
    },

    /** Starts writing the products matching the filters (the member's own, for sellers) to a file named by the job. */
    async exportProducts(filters: ProductFilters, session: Session): Promise<{ job: Job }> {
      const models = deps.models();
      const { query } = await matchingQuery(models, filters, scopeOf(session), deps.capabilities());
      const count = await models.Product.countDocuments(query);
      const file = { id: '' };
      const job = deps.jobs.start({ kind: 'catalog.csv.export', title: `Export ${plural(count, 'product')} to CSV`, ownerId: session.userId }, async (control) => {
        try {
          await writeProductsCsv(models, query, count, await exports.prepare(file.id), control);
          if (control.cancelled) await exports.discard(file.id);
          else await exports.finish(file.id);
        } catch (error) {
          await exports.discard(file.id);
          throw error;
        }
      });
      // The work starts on a later tick, after the id is known.
      file.id = job.id;
      exports.register(job.id, session.userId);
      return { job };
    },

    readFile(fileId: string, offset: number, session: Session) {
      return exports.read(fileId, session.userId, offset);
    },

    upload(chunk: UploadChunk, session: Session) {
      return uploads.append(session.userId, chunk);
    },

    /** The dry run: parses and checks every row, writes nothing. */
    async analyze(uploadId: string, mapping: CsvMapping | undefined, session: Session): Promise<CsvAnalysis> {
      const plan = await fromFile(planImport(uploads.completeFile(uploadId, session.userId), mapping));
      return fromFile(analyzeImport(deps.models(), plan, session));
    },

    /** Checks the file as a whole first (a bad one writes nothing), then writes its rows as a job. */
    async apply(uploadId: string, mapping: CsvMapping, session: Session): Promise<{ job: Job }> {
      const models = deps.models();
      const plan = await fromFile(planImport(uploads.completeFile(uploadId, session.userId), mapping));
      const job = deps.jobs.start({ kind: 'catalog.csv.apply', title: `Import ${plural(plan.rows, 'row')} from CSV`, ownerId: session.userId }, (control) =>
        runImport({ models, products: deps.products, audit: deps.audit, describeError: deps.describeError }, plan, session, control),
      );
      importsByJob.set(job.id, { path: plan.path, delimiter: plan.delimiter, headerLine: plan.headerLine });
      return { job };
    },

    /** The rows an import job rejected, with the reason for each. */
    async report(jobId: string, session: Session): Promise<{ csv: string; rows: number }> {
      const { job } = deps.jobs.read(jobId, session.userId, { offset: 0, limit: 1, onlyFailed: false });
      const source = importsByJob.get(jobId);
      if (!source) throw new AppError('NOT_FOUND', 'This job is not a CSV import', { jobId: 'Not an import' });
      if (job.state === 'running') throw new AppError('CONFLICT', 'The import is still running; its report is ready when it ends', { jobId: 'Still running' });
      const failures = new Map(
        deps.jobs
          .allResults(jobId, session.userId)
          .filter((result) => !result.ok)
          .map((result) => [Number(result.key), result.message ?? 'Rejected']),
      );
      return fromFile(rejectedRowsCsv(source, failures));
    },
  };
}

export type CatalogCsvService = ReturnType<typeof createCatalogCsvService>;
