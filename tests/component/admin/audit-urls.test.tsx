import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../../src/shared/contract';
import { ClientProvider } from '../../../src/renderer/src/app/client-context';
import { fromDateTimeLocal, toDateTimeLocal } from '../../../src/renderer/src/features/audit/datetime-local';
import { datedFileName } from '../../../src/renderer/src/lib/download';
import { auditFiltersFromQuery, auditFiltersToQuery, auditListUrl, hasAuditFilters } from '../../../src/renderer/src/features/audit/urls';
import { AuditView } from '../../../src/renderer/src/features/audit/views/AuditView';
import { createClient } from '../../../src/renderer/src/lib/api/client';
import type { Transport } from '../../../src/renderer/src/lib/api/transport';

// MUI dialogs and menus render slowly in jsdom when the whole suite shares two cores.
configure({ asyncUtilTimeout: 5_000 });
vi.setConfig({ testTimeout: 20_000 });

const ADA = '65f0c0ffee0000000000000a';

describe('audit filters <-> query string', () => {
  it('reads every filter from its short name', () => {
    expect(auditFiltersFromQuery(`actor=${ADA}&collection=users&target=abc&from=2025-03-01T00:00:00.000Z&to=2025-03-31T23:59:59.999Z`)).toEqual({
      actorId: ADA,
      collection: 'users',
      targetId: 'abc',
      from: '2025-03-01T00:00:00.000Z',
      to: '2025-03-31T23:59:59.999Z',
    });
  });

  it('drops what the contract would refuse instead of failing the screen', () => {
    expect(auditFiltersFromQuery('actor=not-an-id&collection=Users;drop&target=&from=yesterday&to=2025-03-31')).toEqual({});
    expect(auditFiltersFromQuery('collection=%20orders%20&unknown=1')).toEqual({ collection: 'orders' });
  });

  it('writes only the filters that are set, always in the same order', () => {
    expect(auditFiltersToQuery({ to: '2025-03-31T23:59:59.999Z', collection: 'users', actorId: ADA }).toString()).toBe(
      `actor=${ADA}&collection=users&to=2025-03-31T23%3A59%3A59.999Z`,
    );
    expect(auditFiltersToQuery({ collection: undefined, targetId: '  ' }).toString()).toBe('');
  });

  it('round-trips', () => {
    const filters = { actorId: ADA, collection: 'products', targetId: 'sku 42/a&b', from: '2025-01-02T03:04:00.000Z' };
    expect(auditFiltersFromQuery(auditFiltersToQuery(filters))).toEqual(filters);
  });

  it('builds the address of a filtered view', () => {
    expect(auditListUrl()).toBe('/audit');
    expect(auditListUrl({ collection: 'users' })).toBe('/audit?collection=users');
    expect(hasAuditFilters({})).toBe(false);
    expect(hasAuditFilters({ targetId: 'x' })).toBe(true);
  });
});

describe('datetime-local inputs <-> ISO instants', () => {
  it('converts local wall-clock minutes to instants and back', () => {
    const from = fromDateTimeLocal('2025-03-09T14:05', 'start')!;
    expect(from).toBe(new Date(2025, 2, 9, 14, 5, 0, 0).toISOString());
    expect(toDateTimeLocal(from)).toBe('2025-03-09T14:05');
  });

  it('makes an upper bound cover its whole minute', () => {
    const to = fromDateTimeLocal('2025-03-09T14:05', 'end')!;
    expect(to).toBe(new Date(2025, 2, 9, 14, 5, 59, 999).toISOString());
    expect(toDateTimeLocal(to)).toBe('2025-03-09T14:05');
  });

  it('treats empty or partial input as no bound', () => {
    expect(fromDateTimeLocal('', 'start')).toBeUndefined();
    expect(fromDateTimeLocal('2025-03-09', 'start')).toBeUndefined();
    expect(toDateTimeLocal(undefined)).toBe('');
    expect(toDateTimeLocal('not a date')).toBe('');
  });

  it('names the export file after the local date', () => {
    expect(datedFileName('backroom-audit', new Date(2025, 0, 5, 23, 59))).toBe('backroom-audit-2025-01-05.csv');
  });
});

const entry: AuditEntry = {
  id: '65f0c0ffee00000000000100',
  at: '2025-03-09T10:00:00.000Z',
  actor: { id: ADA, email: 'ada@example.com', name: 'Ada Admin' },
  channel: 'staff.update',
  collection: 'users',
  targetId: '65f0c0ffee0000000000000b',
  changes: [{ path: 'role', before: 'seller', after: 'admin' }],
};

/** Stands in for the main process: records the calls, answers with one entry. */
function fakeMainProcess() {
  const calls: Array<{ channel: string; input: unknown }> = [];
  const transport: Transport = {
    invoke: async (channel, input) => {
      calls.push({ channel, input });
      if (channel === 'staff.list') return { ok: true, data: { items: [], nextCursor: null } };
      return { ok: true, data: { items: [entry], nextCursor: null } };
    },
    subscribe: () => () => undefined,
  };
  return { client: createClient(transport), auditCalls: () => calls.filter((call) => call.channel === 'audit.list').map((call) => call.input) };
}

function Address() {
  const location = useLocation();
  return <output aria-label="address">{`${location.pathname}${location.search}`}</output>;
}

function renderAt(url: string) {
  const main = fakeMainProcess();
  render(
    <MemoryRouter initialEntries={[url]}>
      <ClientProvider client={main.client}>
        <AuditView />
        <Address />
      </ClientProvider>
    </MemoryRouter>,
  );
  return main;
}

describe('AuditView and the address', () => {
  it('asks for the entries the address names, and shows them in the filters', async () => {
    const main = renderAt('/audit?collection=users&target=abc');
    await screen.findByText('staff.update');
    expect(main.auditCalls()).toEqual([{ collection: 'users', targetId: 'abc', limit: 50 }]);
    expect(screen.getByRole('combobox', { name: 'Collection' })).toHaveTextContent('users');
    expect(screen.getByRole('textbox', { name: 'Target id' })).toHaveValue('abc');
    expect(screen.getByRole('combobox', { name: 'User' })).toHaveTextContent('Anyone');
  });

  it('puts a changed filter in the address and loads again', async () => {
    const main = renderAt('/audit?collection=users');
    await screen.findByText('staff.update');

    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Collection' }));
    fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'orders' }));
    expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent('/audit?collection=orders');

    const target = screen.getByRole('textbox', { name: 'Target id' });
    fireEvent.change(target, { target: { value: 'ORD-1' } });
    // Typing alone does not touch the address; Enter applies it.
    expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent('/audit?collection=orders');
    fireEvent.submit(target.closest('form')!);
    expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent('/audit?collection=orders&target=ORD-1');
    await waitFor(() => expect(main.auditCalls().at(-1)).toEqual({ collection: 'orders', targetId: 'ORD-1', limit: 50 }));

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent(/^\/audit$/);
    await waitFor(() => expect(main.auditCalls().at(-1)).toEqual({ limit: 50 }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('opens an entry from the keyboard', async () => {
    renderAt('/audit');
    const cell = await screen.findByText('staff.update');
    fireEvent.keyDown(cell.closest('tr')!, { key: 'Enter' });
    const dialog = await screen.findByRole('dialog', { name: 'Changes made by staff.update' });
    expect(within(dialog).getByRole('rowheader', { name: 'role' }).closest('tr')).toHaveTextContent('selleradmin');
  });
});
