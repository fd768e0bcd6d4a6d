import type { ReactNode } from 'react';
import type { StaffProfile } from '../../../src/shared/contract';
import type { CallResult, ErrorShape } from '../../../src/shared/errors';
import { ClientProvider } from '../../../src/renderer/src/app/client-context';
import { createClient, type BackroomClient } from '../../../src/renderer/src/lib/api/client';
import type { Transport } from '../../../src/renderer/src/lib/api/transport';

export const ADA: StaffProfile = {
  id: '65f000000000000000000001',
  email: 'ada@backroom.test',
  firstName: 'Ada',
  lastName: 'Okafor',
  role: 'admin',
  avatar: null,
  mustChangePassword: false,
};

type Answer = CallResult<unknown> | ((input: unknown) => CallResult<unknown>);

export const ok = (data: unknown): CallResult<unknown> => ({ ok: true, data });
export const fail = (error: ErrorShape): CallResult<unknown> => ({ ok: false, error });

/**
 * A transport double standing in for the main process: each channel answers
 * what the test says (a queue, the last answer repeating), and every call is kept.
 */
export function fakeMain(answers: Record<string, Answer | Answer[]> = {}) {
  const calls: Array<{ channel: string; input: unknown }> = [];
  const queues = new Map(Object.entries(answers).map(([channel, answer]) => [channel, Array.isArray(answer) ? [...answer] : [answer]]));
  const transport: Transport = {
    invoke: async (channel, input) => {
      calls.push({ channel, input });
      const queue = queues.get(channel);
      const answer = queue && queue.length > 1 ? queue.shift()! : queue?.[0];
      if (!answer) return fail({ code: 'NOT_FOUND', message: `No answer for ${channel} in this test` });
      return typeof answer === 'function' ? answer(input) : answer;
    },
    subscribe: () => () => undefined,
  };
  const client = createClient(transport);
  return {
    client,
    calls,
    callsTo: (channel: string) => calls.filter((call) => call.channel === channel),
    answer(channel: string, answer: Answer) {
      queues.set(channel, [answer]);
    },
  };
}

export function WithClient({ client, children }: { client: BackroomClient; children: ReactNode }) {
  return <ClientProvider client={client}>{children}</ClientProvider>;
}
