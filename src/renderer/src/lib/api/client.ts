import type { ChannelInput, ChannelName, ChannelOutput, EventName, EventPayload } from '@shared/contract';
import type { CallResult } from '@shared/errors';
import { BackroomError } from './errors';
import type { Transport } from './transport';

/** What came back from one call, as observers see it. */
export interface CallOutcome {
  channel: ChannelName;
  result: CallResult<unknown>;
}

/** The typed client every view uses; types come from the shared contract. */
export interface BackroomClient {
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  subscribe<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
  /**
   * Hears every call's outcome before the caller does; the session store uses
   * it to notice UNAUTHENTICATED answers and to know when the last call was.
   */
  observe(listener: (outcome: CallOutcome) => void): () => void;
}

export function createClient(transport: Transport): BackroomClient {
  const observers = new Set<(outcome: CallOutcome) => void>();
  return {
    async call(channel, input) {
      const result = await transport.invoke(channel, input);
      for (const observer of observers) {
        try {
          observer({ channel, result });
        } catch (error) {
          console.error('A call observer failed', error);
        }
      }
      if (!result.ok) throw new BackroomError(result.error);
      return result.data as ChannelOutput<typeof channel>;
    },
    subscribe: (name, listener) => transport.subscribe(name, listener),
    observe(listener) {
      observers.add(listener);
      return () => observers.delete(listener);
    },
  };
}
