import type { Job } from '../../../../src/shared/contract';

export const JOB_ID = '65f0000000000000000000aa';

export function job(patch: Partial<Job> = {}): Job {
  return {
    id: JOB_ID,
    title: 'Archive 3 products',
    kind: 'catalog.bulk.archive',
    state: 'running',
    processed: 0,
    total: 0,
    succeeded: 0,
    failed: 0,
    error: null,
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt: null,
    ...patch,
  };
}
