import { useCallback, useEffect, useState } from 'react';
import type { Job, JobResult } from '@shared/contract';
import { useClient } from '../../../app/client-context';
import { isFinished } from '../job-state';

export const RESULTS_PAGE_SIZE = 25;

export interface JobResultsPage {
  results: JobResult[];
  /** Rows in the list being paged (all, or only the failed ones). */
  total: number;
  offset: number;
  onlyFailed: boolean;
  loading: boolean;
  error: unknown;
  setOnlyFailed(onlyFailed: boolean): void;
  setOffset(offset: number): void;
  reload(): void;
}

interface Answer {
  key: string;
  jobId: string;
  results: JobResult[];
  error: unknown;
}

/**
 * A page of a finished job's per-row results, all or only the failed ones,
 * read with `jobs.get`. Nothing is asked while the job runs.
 */
export function useJobResults(job: Job | null, pageSize = RESULTS_PAGE_SIZE): JobResultsPage {
  const client = useClient();
  const ready = job !== null && isFinished(job);
  const jobId = job?.id ?? null;
  const [view, setView] = useState<{ jobId: string | null; onlyFailed: boolean; offset: number }>({ jobId, onlyFailed: false, offset: 0 });
  const current = view.jobId === jobId ? view : { jobId, onlyFailed: false, offset: 0 };
  const [generation, setGeneration] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const key = `${jobId}|${current.onlyFailed}|${current.offset}|${generation}`;

  useEffect(() => {
    if (!ready || !jobId) return;
    let live = true;
    client.call('jobs.get', { id: jobId, offset: current.offset, limit: pageSize, onlyFailed: current.onlyFailed }).then(
      (page) => {
        if (live) setAnswer({ key, jobId, results: page.results, error: null });
      },
      (error: unknown) => {
        if (live) setAnswer({ key, jobId, results: [], error });
      },
    );
    return () => {
      live = false;
    };
  }, [client, ready, jobId, current.offset, current.onlyFailed, pageSize, key]);

  const setOnlyFailed = useCallback((onlyFailed: boolean) => setView({ jobId, onlyFailed, offset: 0 }), [jobId]);
  const setOffset = useCallback((offset: number) => setView((now) => ({ jobId, onlyFailed: now.jobId === jobId ? now.onlyFailed : false, offset })), [jobId]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  const fresh = answer !== null && answer.key === key;
  return {
    // While the next page loads, the last one stays (dimmed by the list), so the dialog does not jump.
    results: answer !== null && answer.jobId === jobId ? answer.results : [],
    total: job ? (current.onlyFailed ? job.failed : job.processed) : 0,
    offset: current.offset,
    onlyFailed: current.onlyFailed,
    loading: ready && !fresh,
    error: fresh ? answer.error : null,
    setOnlyFailed,
    setOffset,
    reload,
  };
}
