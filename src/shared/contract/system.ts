import { z } from 'zod';
import { defineChannel } from './channel';

/** Server features some queries depend on; probed once per connection. */
export const capabilitiesSchema = z.object({
  textSearch: z.boolean(),
  transactions: z.boolean(),
  changeStreams: z.boolean(),
  dateTrunc: z.boolean(),
});
export type Capabilities = z.infer<typeof capabilitiesSchema>;
export type CapabilityName = keyof Capabilities;

/** Where the connection string came from. */
export const databaseSourceSchema = z.enum(['environment', 'custom', 'embedded']);
export type DatabaseSource = z.infer<typeof databaseSourceSchema>;

/**
 * The database connection as the status bar shows it. `target` is always the
 * redacted host list and database name, never credentials or options.
 */
export const databaseStateSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('connecting'),
    source: databaseSourceSchema,
    target: z.string(),
    attempt: z.number().int().min(1),
  }),
  z.object({
    status: z.literal('connected'),
    source: databaseSourceSchema,
    target: z.string(),
    serverVersion: z.string(),
    capabilities: capabilitiesSchema,
  }),
  z.object({
    status: z.literal('disconnected'),
    source: databaseSourceSchema,
    target: z.string(),
    reason: z.string(),
  }),
  z.object({
    status: z.literal('failed'),
    source: databaseSourceSchema,
    target: z.string(),
    error: z.string(),
    /** When the next attempt starts, or null when it will not retry by itself. */
    retryAt: z.string().nullable(),
  }),
]);
export type DatabaseState = z.infer<typeof databaseStateSchema>;

export const systemStatusSchema = z.object({
  appVersion: z.string(),
  mode: z.enum(['electron', 'web']),
  database: databaseStateSchema,
});
export type SystemStatus = z.infer<typeof systemStatusSchema>;

export const systemChannels = {
  'system.ping': defineChannel({
    input: z.strictObject({ echo: z.string().max(200).optional() }),
    output: z.object({ pong: z.literal(true), echo: z.string().optional(), at: z.string() }),
    permission: 'public',
    mutates: false,
  }),
  'system.status': defineChannel({
    input: z.strictObject({}),
    output: systemStatusSchema,
    permission: 'public',
    mutates: false,
  }),
};

/** Pushed by the main process whenever the status changes. */
export const systemEvents = {
  'system.status': systemStatusSchema,
};
