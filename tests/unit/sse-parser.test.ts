import { describe, expect, it } from 'vitest';
import { parseServerSentEvents } from '../../src/renderer/src/lib/api/http-transport';

describe('server-sent events parser', () => {
  it('returns complete events and keeps a partial one for the next chunk', () => {
    const first = parseServerSentEvents(': connected\n\nevent: system.status\ndata: {"a":1}\n\nevent: system.sta');
    expect(first.events).toEqual([{ name: 'system.status', data: '{"a":1}' }]);
    const second = parseServerSentEvents(`${first.rest}tus\ndata: {"a":2}\n\n`);
    expect(second.events).toEqual([{ name: 'system.status', data: '{"a":2}' }]);
    expect(second.rest).toBe('');
  });
});
