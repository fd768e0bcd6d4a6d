import type { ChannelInput, ChannelName, EventName, EventPayload } from '@shared/contract';
import type { CallResult } from '@shared/errors';

/** What the preload exposes as `window.backroom`. */
export interface BackroomBridge {
  channels: { [C in ChannelName]: (input: ChannelInput<C>) => Promise<CallResult<unknown>> };
  onEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}
