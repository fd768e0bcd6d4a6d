import type { z } from 'zod';
import type { Permission } from '../permissions';

/** One entry of the contract: what a channel takes, returns and requires. */
export interface ChannelDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** Parsed by the main process before anything else runs. */
  input: I;
  /** What the service returns; the renderer's types come from it. */
  output: O;
  permission: Permission;
  /** Mutating channels change stored data (and are audited). */
  mutates: boolean;
}

export function defineChannel<I extends z.ZodType, O extends z.ZodType>(
  definition: ChannelDefinition<I, O>,
): ChannelDefinition<I, O> {
  return definition;
}
