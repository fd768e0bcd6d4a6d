import type { z } from 'zod';
import { auditChannels } from './audit';
import { authChannels } from './auth';
import { bulkChannels, catalogChannels } from './catalog';
import { catalogCsvChannels } from './catalog-csv';
import { dashboardChannels } from './dashboard';
import { jobChannels, jobEvents } from './jobs';
import { setupChannels } from './setup';
import { staffChannels } from './staff';
import { systemChannels, systemEvents } from './system';

/**
 * The single contract between renderer and main process. Every channel's
 * input schema, output schema and permission lives here; both transports
 * (Electron IPC and web-mode HTTP) and the typed client are derived from it.
 */
export const contract = {
  ...systemChannels,
  ...authChannels,
  ...setupChannels,
  ...staffChannels,
  ...auditChannels,
  ...dashboardChannels,
  ...catalogChannels,
  ...bulkChannels,
  ...catalogCsvChannels,
  ...jobChannels,
};

/** Events the main process pushes to the renderer. */
export const events = {
  ...systemEvents,
  ...jobEvents,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const channelNames = Object.keys(contract) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './audit';
export * from './auth';
export * from './catalog';
export * from './catalog-csv';
export * from './common';
export * from './dashboard';
export * from './jobs';
export * from './setup';
export * from './staff';
export * from './system';
