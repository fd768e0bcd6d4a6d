import { Types } from 'mongoose';
import type { Job, JobResult } from '@shared/contract';
import { AppError } from '../errors';
import type { Logger } from '../logger';

/** What a job's work function gets: progress reporting and the cancel flag. */
export interface JobControl {
  /** Sets how many rows there are, once known. */
  setTotal(total: number): void;
  /** Records one row's outcome. */
  record(result: JobResult): void;
  /** True once someone asked to cancel; the work stops at the next row it checks. */
  readonly cancelled: boolean;
}

interface JobEntry {
  job: Job;
  ownerId: string;
  results: JobResult[];
  cancelRequested: boolean;
}

/** Finished jobs are kept this long so their results can be read, then forgotten. */
const KEEP_FINISHED_MS = 60 * 60_000;
const PROGRESS_INTERVAL_MS = 250;

/**
 * Runs long work (bulk changes, imports, exports) in the main process without
 * blocking calls, and reports progress as events. Jobs live in memory: they
 * are per app run, and each belongs to the staff member who started it.
 */
export class JobRunner {
  private readonly jobs = new Map<string, JobEntry>();

  constructor(
    private readonly publish: (job: Job) => void,
    private readonly logger: Logger,
  ) {}

  start(options: { kind: string; title: string; ownerId: string }, work: (control: JobControl) => Promise<void>): Job {
    this.forgetOld();
    const id = new Types.ObjectId().toHexString();
    const entry: JobEntry = {
      ownerId: options.ownerId,
      results: [],
      cancelRequested: false,
      job: {
        id,
        title: options.title,
        kind: options.kind,
        state: 'running',
        processed: 0,
        total: 0,
        succeeded: 0,
        failed: 0,
        error: null,
        startedAt: new Date().toISOString(),
        finishedAt: null,
      },
    };
    this.jobs.set(id, entry);

    let lastPublished = 0;
    const publishSoon = (): void => {
      const now = Date.now();
      if (now - lastPublished < PROGRESS_INTERVAL_MS) return;
      lastPublished = now;
      this.publish({ ...entry.job });
    };
    const control: JobControl = {
      setTotal: (total) => {
        entry.job.total = total;
        publishSoon();
      },
      record: (result) => {
        entry.results.push(result);
        entry.job.processed += 1;
        if (result.ok) entry.job.succeeded += 1;
        else entry.job.failed += 1;
        publishSoon();
      },
      get cancelled() {
        return entry.cancelRequested;
      },
    };

    // Deferred, so the caller gets the job before the first row runs.
    setImmediate(() => {
      work(control)
        .then(() => {
          entry.job.state = entry.cancelRequested ? 'cancelled' : 'done';
        })
        .catch((error: unknown) => {
          this.logger.error(`Job ${options.kind} ${id} failed`, error);
          entry.job.state = 'failed';
          entry.job.error = error instanceof AppError ? error.message : 'The job stopped on an unexpected error; the details are in the log';
        })
        .finally(() => {
          entry.job.finishedAt = new Date().toISOString();
          this.publish({ ...entry.job });
        });
    });
    this.publish({ ...entry.job });
    return { ...entry.job };
  }

  /** A job and a slice of its results; only its owner may read it. */
  read(id: string, ownerId: string, slice: { offset: number; limit: number; onlyFailed: boolean }): { job: Job; results: JobResult[]; nextOffset: number | null } {
    const entry = this.owned(id, ownerId);
    const pool = slice.onlyFailed ? entry.results.filter((result) => !result.ok) : entry.results;
    const results = pool.slice(slice.offset, slice.offset + slice.limit);
    const next = slice.offset + results.length;
    return { job: { ...entry.job }, results, nextOffset: next < pool.length ? next : null };
  }

  /** Every result of a job, for reports. */
  allResults(id: string, ownerId: string): readonly JobResult[] {
    return this.owned(id, ownerId).results;
  }

  cancel(id: string, ownerId: string): Job {
    const entry = this.owned(id, ownerId);
    if (entry.job.state === 'running') entry.cancelRequested = true;
    return { ...entry.job };
  }

  private owned(id: string, ownerId: string): JobEntry {
    const entry = this.jobs.get(id);
    if (!entry || entry.ownerId !== ownerId) throw new AppError('NOT_FOUND', 'No such job (jobs are kept for an hour after they end)');
    return entry;
  }

  private forgetOld(): void {
    const cutoff = Date.now() - KEEP_FINISHED_MS;
    for (const [id, entry] of this.jobs) {
      if (entry.job.finishedAt && Date.parse(entry.job.finishedAt) < cutoff) this.jobs.delete(id);
    }
  }
}
