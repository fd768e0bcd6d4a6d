import type { EventName, EventPayload } from '@shared/contract';

type AnyListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** Fan-out of main-process events to every connected window or browser. */
export class EventHub {
  private readonly listeners = new Set<AnyListener>();

  subscribe(listener: AnyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(name, payload);
  }
}
