import type { Job } from '@shared/contract';

export function isFinished(job: Job): boolean {
  return job.state !== 'running';
}

/**
 * Which of two sightings of a job is the later one. Progress events and
 * `jobs.get` answers can arrive out of order; a job only moves forward, and a
 * finished one does not change again.
 */
export function laterJob(current: Job | null, next: Job): Job {
  if (!current || current.id !== next.id) return next;
  const rank = (job: Job) => (isFinished(job) ? Number.POSITIVE_INFINITY : job.processed);
  return rank(next) >= rank(current) ? next : current;
}

/** Done so far, 0–100; null while the total is not known yet. */
export function jobPercent(job: Job): number | null {
  if (job.state === 'done') return 100;
  if (job.total <= 0) return null;
  return Math.min(100, Math.round((job.processed / job.total) * 100));
}

const count = (value: number) => value.toLocaleString();

/** One line on where the job is: "120 of 1,000 rows", "Done: 3 done, 1 failed". */
export function jobStatusText(job: Job, unit: 'rows' | 'percent' = 'rows'): string {
  const progress = unit === 'percent' ? `${jobPercent(job) ?? 0} %` : `${count(job.processed)} of ${count(job.total)}`;
  switch (job.state) {
    case 'running':
      return job.total === 0 && job.processed === 0 ? 'Starting…' : `Working… ${progress}`;
    case 'done':
      return unit === 'percent' ? 'Done' : `Finished: ${count(job.succeeded)} done, ${count(job.failed)} failed`;
    case 'cancelled':
      return `Cancelled after ${progress}; what was done stays done`;
    case 'failed':
      return `Stopped: ${job.error ?? 'an unexpected error'}`;
  }
}
