import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../../src/shared/contract';
import { ClientProvider } from '../../../src/renderer/src/app/client-context';
import { AuditView } from '../../../src/renderer/src/features/audit/views/AuditView';
import { createClient } from '../../../src/renderer/src/lib/api/client';
import type { Transport } from '../../../src/renderer/src/lib/api/transport';

// MUI dialogs and menus render slowly in jsdom when the whole suite shares two cores.
configure({ asyncUtilTimeout: 5_000 });
vi.setConfig({ testTimeout: 20_000 });

function entry(n: number): AuditEntry {
  return { id: `65f0c0ffee00000000000${100 + n}`, at: `2025-03-09T10:0${n}:00.000Z`, actor: null, channel: `test.channel${n}`, collection: 'orders', targetId: null, changes: [] };
}

/** Two pages of entries behind a keyset cursor, like the main process pages them. */
function pagedLog(pages: AuditEntry[][]) {
  const cursors: Array<string | undefined> = [];
  const transport: Transport = {
    invoke: async (channel, input) => {
      if (channel !== 'audit.list') return { ok: true, data: { items: [], nextCursor: null } };
      const cursor = (input as { cursor?: string }).cursor;
      cursors.push(cursor);
      const index = cursor ? Number(cursor) : 0;
      return { ok: true, data: { items: pages[index] ?? [], nextCursor: index + 1 < pages.length ? String(index + 1) : null } };
    },
    subscribe: () => () => undefined,
  };
  return { client: createClient(transport), cursors };
}

function renderLog(client: ReturnType<typeof createClient>, url = '/audit') {
  render(
    <MemoryRouter initialEntries={[url]}>
      <ClientProvider client={client}>
        <AuditView />
      </ClientProvider>
    </MemoryRouter>,
  );
}

describe('AuditView paging', () => {
  it('appends the next page with the cursor the last one gave', async () => {
    const log = pagedLog([[entry(1), entry(2)], [entry(3)]]);
    renderLog(log.client);
    await screen.findByText('test.channel2');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('test.channel3');
    expect(screen.getAllByText(/^test\.channel\d$/).map((cell) => cell.textContent)).toEqual(['test.channel1', 'test.channel2', 'test.channel3']);
    expect(log.cursors).toEqual([undefined, '1']);
    await waitFor(() => expect(screen.queryByRole('button', { name: /Load more|Loading/ })).toBeNull());
  });

  it('says when nothing matches the filters', async () => {
    renderLog(pagedLog([[]]).client, '/audit?collection=coupons');
    expect(await screen.findByText('No entries match these filters.')).toBeInTheDocument();
  });

  it('says when nothing was ever changed', async () => {
    renderLog(pagedLog([[]]).client);
    expect(await screen.findByText('Nothing has been changed yet.')).toBeInTheDocument();
  });
});
