import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { EventPayload, Job, JobResult } from '../../../../src/shared/contract';
import type { CallResult } from '../../../../src/shared/errors';
import { BulkActionDialog } from '../../../../src/renderer/src/features/catalog/components/bulk/BulkActionDialog';
import { JobDialog } from '../../../../src/renderer/src/features/jobs/components/JobDialog';
import { createClient } from '../../../../src/renderer/src/lib/api/client';
import type { Transport } from '../../../../src/renderer/src/lib/api/transport';
import { fakeMain, ok, WithClient } from '../../auth/fake-main';
import { job, JOB_ID } from './fixtures';

const IDS = ['65f000000000000000000001', '65f000000000000000000002'];

describe('bulk action dialog', () => {
  it('previews a price change, marks the refused row, then starts the job', async () => {
    const main = fakeMain({
      'catalog.bulk.preview': ok({
        total: 2,
        sample: [
          { id: IDS[0], name: 'Fir Stool', sku: 'F-1', before: { regular: 40, sale: null }, after: { regular: 36, sale: null }, problem: null },
          { id: IDS[1], name: 'Pine Bed', sku: 'P-1', before: { regular: 100, sale: 95 }, after: { regular: 90, sale: 95 }, problem: 'The sale price would not be below the regular price' },
        ],
      }),
      'catalog.bulk.start': ok({ job: job({ title: 'Change prices' }) }),
    });
    const onStarted = vi.fn();
    render(
      <WithClient client={main.client}>
        <BulkActionDialog kind="changePrice" selection={{ kind: 'ids', ids: IDS }} selectedCount={2} categories={[]} onStarted={onStarted} onClose={() => undefined} />
      </WithClient>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Change prices' });
    const confirm = within(dialog).getByRole('button', { name: 'Change prices of 2 products' });
    expect(confirm).toBeDisabled();

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Regular' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Amount' }), { target: { value: 'x' } });
    expect(within(dialog).getByText('A number, e.g. -10 or 5.50')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Amount' }), { target: { value: '-10' } });

    const table = await within(dialog).findByRole('table', { name: 'Price preview' });
    expect(main.callsTo('catalog.bulk.preview').at(-1)!.input).toEqual({
      selection: { kind: 'ids', ids: IDS },
      action: { type: 'changePrice', mode: 'percent', amount: -10, target: 'regular' },
    });
    const refused = within(table).getByText('Pine Bed').closest('tr')!;
    expect(refused).toHaveAttribute('data-refused', 'true');
    expect(refused).toHaveTextContent('Refused: The sale price would not be below the regular price');
    expect(within(table).getByText('Fir Stool').closest('tr')).toHaveTextContent('OK');
    expect(dialog).toHaveTextContent('All 2 products, by name; 1 shown would be refused and left as it is.');

    await waitFor(() => expect(confirm).toBeEnabled());
    fireEvent.click(confirm);
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith(job({ title: 'Change prices' })));
    expect(main.callsTo('catalog.bulk.start')[0]!.input).toEqual(main.callsTo('catalog.bulk.preview').at(-1)!.input);
  });

  it('names the count for a simple action, and keeps the dialog open with the reason when the start is refused', async () => {
    const main = fakeMain({
      'catalog.bulk.preview': ok({ total: 57, sample: [] }),
      'catalog.bulk.start': { ok: false, error: { code: 'FORBIDDEN', message: 'Not allowed' } },
    });
    render(
      <WithClient client={main.client}>
        <BulkActionDialog kind="archive" selection={{ kind: 'filter', filters: { brand: 'Acme' } }} selectedCount={50} categories={[]} onStarted={() => undefined} onClose={() => undefined} />
      </WithClient>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Archive 57 products?' });
    expect(dialog).toHaveTextContent('All 57 products matching the list’s filters will be archived');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive 57 products' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Could not start: Not allowed');
    expect(main.callsTo('catalog.bulk.start')[0]!.input).toEqual({ selection: { kind: 'filter', filters: { brand: 'Acme' } }, action: { type: 'archive' } });
  });
});

/** The main process as far as one job goes: progress events pushed by the test, jobs.get and jobs.cancel answered. */
function jobMain(results: JobResult[]) {
  let current = job({ title: 'Archive 3 products' });
  const listeners = new Set<(payload: EventPayload<'jobs.progress'>) => void>();
  const calls: Array<{ channel: string; input: Record<string, unknown> }> = [];
  const transport: Transport = {
    async invoke(channel, raw) {
      const input = raw as Record<string, unknown>;
      calls.push({ channel, input });
      const answer = (data: unknown): CallResult<unknown> => ({ ok: true, data });
      if (channel === 'jobs.cancel') return answer({ job: current });
      if (channel === 'jobs.get') {
        const pool = input.onlyFailed ? results.filter((result) => !result.ok) : results;
        const offset = Number(input.offset ?? 0);
        const slice = pool.slice(offset, offset + Number(input.limit ?? 100));
        return answer({ job: current, results: slice, nextOffset: null });
      }
      return { ok: false, error: { code: 'NOT_FOUND', message: channel } };
    },
    subscribe: (_name, listener) => {
      listeners.add(listener as (payload: EventPayload<'jobs.progress'>) => void);
      return () => listeners.delete(listener as (payload: EventPayload<'jobs.progress'>) => void);
    },
  };
  return {
    client: createClient(transport),
    calls,
    push(next: Partial<Job>) {
      current = { ...current, ...next };
      act(() => listeners.forEach((listener) => listener(current)));
    },
  };
}

describe('job dialog', () => {
  const results: JobResult[] = [
    { key: '1', label: 'Alder Chair (A-1)', ok: true, message: null },
    { key: '2', label: 'Birch Table (B-1)', ok: false, message: 'Its price was changed by someone else meanwhile; try again' },
    { key: '3', label: 'Cedar Shelf (C-1)', ok: true, message: null },
  ];

  it('follows progress events, cancels, and pages the results with the failed-only filter', async () => {
    const main = jobMain(results);
    const onSettled = vi.fn();
    const onClose = vi.fn();
    render(
      <WithClient client={main.client}>
        <JobDialog title="Bulk change" job={job({ title: 'Archive 3 products' })} rowLabel="Product" onSettled={onSettled} onClose={onClose} />
      </WithClient>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Bulk change' });
    expect(within(dialog).getByRole('status')).toHaveTextContent('Starting…');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeDisabled();

    main.push({ total: 3, processed: 2, succeeded: 1, failed: 1 });
    expect(within(dialog).getByRole('progressbar', { name: 'Progress of Archive 3 products' })).toHaveAttribute('aria-valuenow', '67');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Working… 2 of 3');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(main.calls.some((call) => call.channel === 'jobs.cancel' && call.input.id === JOB_ID)).toBe(true));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Cancelling…');

    main.push({ state: 'done', processed: 3, succeeded: 2, failed: 1, finishedAt: '2025-01-01T00:00:01.000Z' });
    expect(within(dialog).getByRole('status')).toHaveTextContent('Finished: 2 done, 1 failed');
    expect(onSettled).toHaveBeenCalledTimes(1);
    const table = await within(dialog).findByRole('table', { name: 'Results' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1 + 3));

    fireEvent.click(within(dialog).getByRole('switch', { name: 'Only failed rows' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1 + 1));
    expect(table).toHaveTextContent('Birch Table (B-1)Failed');
    expect(main.calls.filter((call) => call.channel === 'jobs.get').at(-1)!.input).toMatchObject({ id: JOB_ID, offset: 0, onlyFailed: true });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledWith(expect.objectContaining({ state: 'done' }));
    expect(onSettled).toHaveBeenCalledTimes(1);
  });
});
