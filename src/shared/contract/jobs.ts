import { z } from 'zod';
import { defineChannel } from './channel';

export const JOB_STATES = ['running', 'done', 'cancelled', 'failed'] as const;

/** A long piece of work in the main process, as the progress bar shows it. */
export const jobSchema = z.object({
  id: z.string(),
  /** What it does, e.g. "Archive 3 products". */
  title: z.string(),
  kind: z.string(),
  state: z.enum(JOB_STATES),
  processed: z.number().int(),
  total: z.number().int(),
  succeeded: z.number().int(),
  failed: z.number().int(),
  /** Why the whole job stopped, when it failed. */
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof jobSchema>;

/** One row's outcome: done, or failed with the reason. */
export const jobResultSchema = z.object({
  key: z.string(),
  label: z.string(),
  ok: z.boolean(),
  message: z.string().nullable(),
});
export type JobResult = z.infer<typeof jobResultSchema>;

export const jobChannels = {
  'jobs.get': defineChannel({
    input: z.strictObject({
      id: z.string().regex(/^[a-f0-9]{24}$/, 'Not a job id'),
      /** Results from this position (they are kept in order). */
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      onlyFailed: z.boolean().default(false),
    }),
    output: z.object({ job: jobSchema, results: z.array(jobResultSchema), nextOffset: z.number().int().nullable() }),
    permission: 'signedIn',
    mutates: false,
  }),
  'jobs.cancel': defineChannel({
    input: z.strictObject({ id: z.string().regex(/^[a-f0-9]{24}$/, 'Not a job id') }),
    output: z.object({ job: jobSchema }),
    permission: 'signedIn',
    mutates: false,
  }),
};

export const jobEvents = {
  /** Sent as a job moves (at most a few times a second) and when it ends. */
  'jobs.progress': jobSchema,
};
