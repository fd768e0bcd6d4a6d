import {
  contract,
  isChannelName,
  type ChannelName,
  type ChannelOutput,
  type ParsedInput,
} from '@shared/contract';
import type { CallResult } from '@shared/errors';
import type { Permission } from '@shared/permissions';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { toErrorShape } from './error-mapping';

/** Who is calling and over which transport; passed to every handler. */
export interface CallContext {
  transport: 'ipc' | 'http';
}

export type Handler<C extends ChannelName> = (
  input: ParsedInput<C>,
  context: CallContext,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

/** One handler per channel of the contract; the compiler rejects a missing one. */
export type Handlers = { [C in ChannelName]: Handler<C> };

export interface Router {
  /** Parses, authorises and runs one call. Never throws. */
  call(channel: string, rawInput: unknown, context: CallContext): Promise<CallResult<unknown>>;
}

function authorize(permission: Permission, _context: CallContext): void {
  switch (permission) {
    case 'public':
      return;
  }
}

/**
 * The transport-independent heart of the IPC spine: channel lookup, zod
 * parsing, permission check, the service call, and error mapping. Both the
 * Electron IPC transport and the web-mode HTTP transport call `call`.
 */
export function createRouter(handlers: Handlers, logger: Logger): Router {
  async function run<C extends ChannelName>(channel: C, rawInput: unknown, context: CallContext): Promise<unknown> {
    const definition = contract[channel];
    authorize(definition.permission, context);
    // Parse before anything else runs, so bad input changes nothing.
    const input = (await definition.input.parseAsync(rawInput === undefined ? {} : rawInput)) as ParsedInput<C>;
    const handler = handlers[channel] as Handler<C>;
    return handler(input, context);
  }

  return {
    async call(channel, rawInput, context) {
      try {
        if (!isChannelName(channel)) {
          throw new AppError('NOT_FOUND', `Unknown channel "${channel.slice(0, 100)}"`);
        }
        const data = await run(channel, rawInput, context);
        return { ok: true, data };
      } catch (error) {
        return { ok: false, error: toErrorShape(error, logger) };
      }
    },
  };
}
