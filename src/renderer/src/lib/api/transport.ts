import type { EventName, EventPayload } from '@shared/contract';
import type { CallResult } from '@shared/errors';

/** How the typed client reaches the main process: IPC in Electron, HTTP in a browser. */
export interface Transport {
  invoke(channel: string, input: unknown): Promise<CallResult<unknown>>;
  subscribe<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}
