import type { EventName, EventPayload } from '@shared/contract';
import type { CallResult } from '@shared/errors';
import type { Transport } from './transport';

const RECONNECT_DELAY_MS = 2_000;

/** Splits a text/event-stream buffer into complete events and the rest. */
export function parseServerSentEvents(buffer: string): { events: Array<{ name: string; data: string }>; rest: string } {
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events = blocks.flatMap((block) => {
    let name = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) name = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    return data.length > 0 ? [{ name, data: data.join('\n') }] : [];
  });
  return { events, rest };
}

/**
 * Web mode: channels are POSTs to /api/<channel> with the per-launch token;
 * events arrive on one streamed GET /api/events, reopened when it drops.
 */
export function createHttpTransport(token: string, baseUrl = ''): Transport {
  const headers = { Authorization: `Bearer ${token}` };
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  let streaming = false;

  const openStream = async (): Promise<void> => {
    streaming = true;
    try {
      const response = await fetch(`${baseUrl}/api/events`, { headers });
      if (!response.ok || !response.body) throw new Error(`event stream answered ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const parsed = parseServerSentEvents(buffer + value);
        buffer = parsed.rest;
        for (const event of parsed.events) {
          for (const listener of listeners.get(event.name) ?? []) listener(JSON.parse(event.data));
        }
      }
    } catch {
      // The server went away or restarted; try again shortly.
    }
    setTimeout(() => void openStream(), RECONNECT_DELAY_MS);
  };

  return {
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'UNAVAILABLE', message: 'Backroom web mode is not answering; is `npm run web` still running?' } };
      }
      return (await response.json()) as CallResult<unknown>;
    },
    subscribe<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(name) ?? new Set<Listener>();
      listeners.set(name, set);
      set.add(listener as Listener);
      if (!streaming) void openStream();
      return () => set.delete(listener as Listener);
    },
  };
}
