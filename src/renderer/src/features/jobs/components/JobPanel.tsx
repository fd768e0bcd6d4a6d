import type { ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import type { Job } from '@shared/contract';
import { isFinished } from '../job-state';
import type { JobFollow } from '../hooks/useJob';
import { RESULTS_PAGE_SIZE, useJobResults } from '../hooks/useJobResults';
import { JobProgress } from './JobProgress';
import { JobResultsList } from './JobResultsList';

export interface JobPanelProps {
  follow: JobFollow;
  unit?: 'rows' | 'percent';
  /** The per-row results once the job ends; off for jobs whose rows mean nothing to people (exports). */
  showResults?: boolean;
  rowLabel?: string;
  /** More to show once the job has ended (a summary, a download). */
  children?: (job: Job) => ReactNode;
}

/** A followed job: its progress while it runs, then what happened row by row. */
export function JobPanel({ follow, unit = 'rows', showResults = true, rowLabel, children }: JobPanelProps) {
  const results = useJobResults(showResults ? follow.job : null);
  const finished = follow.job !== null && isFinished(follow.job);
  return (
    <Stack spacing={2}>
      <JobProgress job={follow.job} unit={unit} cancelling={follow.cancelling} onCancel={follow.cancel} cancelError={follow.cancelError} error={follow.error} />
      {finished && children?.(follow.job!)}
      {finished && showResults && <JobResultsList page={results} pageSize={RESULTS_PAGE_SIZE} rowLabel={rowLabel} />}
    </Stack>
  );
}
