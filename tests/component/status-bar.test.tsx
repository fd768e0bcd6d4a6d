import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EventPayload, SystemStatus } from '../../src/shared/contract';
import { StatusBar } from '../../src/renderer/src/features/system/components/StatusBar';
import { useSystemStore } from '../../src/renderer/src/features/system/store';
import { createClient } from '../../src/renderer/src/lib/api/client';
import type { Transport } from '../../src/renderer/src/lib/api/transport';

const connected: SystemStatus = {
  appVersion: '0.1.0',
  mode: 'web',
  database: {
    status: 'connected',
    source: 'embedded',
    target: '127.0.0.1:41234/backroom',
    serverVersion: '8.0.4',
    capabilities: { textSearch: true, transactions: false, changeStreams: false, dateTrunc: true },
  },
};

/** A transport double driven by the test: it stands in for the main process, not for the database. */
function fakeTransport(initial: SystemStatus) {
  let push: ((payload: EventPayload<'system.status'>) => void) | undefined;
  const transport: Transport = {
    invoke: async () => ({ ok: true, data: initial }),
    subscribe: (_name, listener) => {
      push = listener as typeof push;
      return () => (push = undefined);
    },
  };
  return { transport, push: (status: SystemStatus) => push?.(status) };
}

describe('StatusBar', () => {
  it('shows the connected database and follows live updates', async () => {
    const { transport, push } = fakeTransport(connected);
    const stop = useSystemStore.getState().follow(createClient(transport));
    render(<StatusBar />);

    const bar = await screen.findByRole('status');
    await waitFor(() => expect(bar).toHaveAttribute('data-state', 'connected'));
    expect(bar.textContent).toContain('Connected to 127.0.0.1:41234/backroom · MongoDB 8.0.4 · embedded database');

    act(() =>
      push({
        ...connected,
        database: { status: 'failed', source: 'embedded', target: '127.0.0.1:41234/backroom', error: 'connect ECONNREFUSED', retryAt: null },
      }),
    );
    expect(bar).toHaveAttribute('data-state', 'failed');
    expect(bar.textContent).toContain('Cannot connect to 127.0.0.1:41234/backroom: connect ECONNREFUSED');
    stop();
  });

  it('says so when the main process does not answer', async () => {
    const transport: Transport = {
      invoke: async () => ({ ok: false, error: { code: 'UNAVAILABLE', message: 'web mode is not answering' } }),
      subscribe: () => () => undefined,
    };
    useSystemStore.setState({ status: null, loadError: null });
    const stop = useSystemStore.getState().follow(createClient(transport));
    render(<StatusBar />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveAttribute('data-state', 'unreachable'));
    expect(screen.getByRole('status').textContent).toContain('not answering');
    stop();
  });
});
