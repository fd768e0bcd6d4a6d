import { z } from 'zod';
import { defineChannel } from './channel';
import { isoDateSchema, objectIdSchema, pageInputShape, pageOf } from './common';

/** One changed field: values are plain JSON; secrets and hashes are "[redacted]". */
export const auditChangeSchema = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), email: z.string(), name: z.string() }).nullable(),
  channel: z.string(),
  collection: z.string().nullable(),
  targetId: z.string().nullable(),
  changes: z.array(auditChangeSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditFiltersShape = {
  actorId: objectIdSchema.optional(),
  collection: z.string().trim().max(64).regex(/^[a-z_]+$/, 'Must be a collection name').optional(),
  targetId: z.string().trim().max(64).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
};

export const auditChannels = {
  'audit.list': defineChannel({
    input: z.strictObject({ ...auditFiltersShape, ...pageInputShape }),
    output: pageOf(auditEntrySchema),
    permission: 'audit.read',
    mutates: false,
  }),
  'audit.export': defineChannel({
    input: z.strictObject(auditFiltersShape),
    output: z.object({ csv: z.string(), rows: z.number().int(), truncated: z.boolean() }),
    permission: 'audit.read',
    mutates: false,
  }),
};
