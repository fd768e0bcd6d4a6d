import { useCallback, useEffect, useRef, useState } from 'react';
import type { Job } from '@shared/contract';
import { useClient } from '../../../app/client-context';
import { isFinished, laterJob } from '../job-state';

/** How often `jobs.get` is asked while the job runs, in case progress events are missed (web mode's stream reconnecting). */
const POLL_MS = 1_500;

export interface JobFollow {
  /** The latest sighting; null until the first one (when no `initial` was given). */
  job: Job | null;
  /** Why the job could not be read (it is gone, or the main process is not answering). */
  error: unknown;
  /** Asked to cancel; stays true until the job stops. */
  cancelling: boolean;
  cancelError: unknown;
  cancel(): void;
}

interface Followed {
  id: string | null;
  job: Job | null;
  error: unknown;
  cancel: { asked: boolean; error: unknown };
}

const fresh = (id: string | null, initial: Job | null | undefined): Followed => ({
  id,
  job: initial && initial.id === id ? initial : null,
  error: null,
  cancel: { asked: false, error: null },
});

/**
 * Follows a job of the main process: its `jobs.progress` events, with
 * `jobs.get` once at once and then every POLL_MS as a fallback, until it ends.
 * `onSettled` is called once, when it is first seen finished.
 */
export function useJob(jobId: string | null, options: { initial?: Job | null; onSettled?: (job: Job) => void } = {}): JobFollow {
  const client = useClient();
  const { initial, onSettled } = options;
  const [state, setState] = useState<Followed>(() => fresh(jobId, initial));
  const followed = state.id === jobId ? state : fresh(jobId, initial);
  const onSettledRef = useRef(onSettled);
  useEffect(() => {
    onSettledRef.current = onSettled;
  });

  useEffect(() => {
    if (!jobId) return;
    let live = true;
    let settled = false;
    const change = (patch: (now: Followed) => Partial<Followed>) =>
      setState((now) => {
        const base = now.id === jobId ? now : fresh(jobId, null);
        return { ...base, ...patch(base) };
      });
    const take = (job: Job) => {
      if (!live || job.id !== jobId) return;
      change((now) => ({ job: laterJob(now.job, job), error: null }));
      if (isFinished(job) && !settled) {
        settled = true;
        clearInterval(timer);
        onSettledRef.current?.(job);
      }
    };
    const poll = () =>
      client.call('jobs.get', { id: jobId, limit: 1 }).then(
        (answer) => take(answer.job),
        (error: unknown) => {
          if (live) change(() => ({ error }));
        },
      );
    const unsubscribe = client.subscribe('jobs.progress', take);
    const timer = setInterval(() => void poll(), POLL_MS);
    void poll();
    return () => {
      live = false;
      unsubscribe();
      clearInterval(timer);
    };
  }, [client, jobId]);

  const cancel = useCallback(() => {
    if (!jobId) return;
    const mark = (cancelState: Followed['cancel']) => setState((now) => (now.id === jobId ? { ...now, cancel: cancelState } : now));
    setState((now) => ({ ...(now.id === jobId ? now : fresh(jobId, null)), cancel: { asked: true, error: null } }));
    client.call('jobs.cancel', { id: jobId }).then(
      ({ job }) => setState((now) => (now.id === jobId ? { ...now, job: laterJob(now.job, job) } : now)),
      (error: unknown) => mark({ asked: false, error }),
    );
  }, [client, jobId]);

  const running = followed.job !== null && !isFinished(followed.job);
  return { job: followed.job, error: followed.error, cancelling: followed.cancel.asked && running, cancelError: followed.cancel.error, cancel };
}
