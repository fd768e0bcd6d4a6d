import type { ChannelInput, ChannelName, ChannelOutput, EventName, EventPayload } from '@shared/contract';
import { BackroomError } from './errors';
import type { Transport } from './transport';

/** The typed client every view uses; types come from the shared contract. */
export interface BackroomClient {
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  subscribe<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createClient(transport: Transport): BackroomClient {
  return {
    async call(channel, input) {
      const result = await transport.invoke(channel, input);
      if (!result.ok) throw new BackroomError(result.error);
      return result.data as ChannelOutput<typeof channel>;
    },
    subscribe: (name, listener) => transport.subscribe(name, listener),
  };
}
