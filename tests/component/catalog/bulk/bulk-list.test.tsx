import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { ProductRow } from '../../../../src/shared/contract';
import { useAuthStore } from '../../../../src/renderer/src/features/auth/store';
import { ProductListView } from '../../../../src/renderer/src/features/catalog/views/ProductListView';
import { ADA, fakeMain, ok, WithClient } from '../../auth/fake-main';
import { job } from './fixtures';

function row(index: number): ProductRow {
  return {
    id: (0x65f0000000000000000000n + BigInt(index)).toString(16).padStart(24, '0'),
    name: `Product ${index}`,
    sku: `SKU-${index}`,
    slug: `product-${index}`,
    image: null,
    category: null,
    brand: null,
    price: { regular: 10, sale: null, currency: 'USD' },
    stock: { quantity: 5, status: 'in_stock' },
    status: 'published',
    featured: false,
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

function renderList(main: ReturnType<typeof fakeMain>, entry: string | { pathname: string; search?: string; state?: unknown }) {
  useAuthStore.setState({ user: ADA });
  return render(
    <WithClient client={main.client}>
      <MemoryRouter initialEntries={[entry]}>
        <Routes>
          <Route path="/catalog" element={<ProductListView />} />
        </Routes>
      </MemoryRouter>
    </WithClient>,
  );
}

describe('bulk work on the product list', () => {
  it('selects all products matching the filter, archives them, then reads the list again and clears the selection', async () => {
    const main = fakeMain({
      'catalog.products.list': ok({ items: Array.from({ length: 3 }, (_, index) => row(index + 1)), nextCursor: 'more', total: 30, searchMode: 'none' }),
      'catalog.categories.list': ok({ categories: [] }),
      'catalog.products.brands': ok({ brands: [] }),
      'catalog.bulk.preview': ok({ total: 30, sample: [] }),
      'catalog.bulk.start': ok({ job: job({ title: 'Archive 30 products' }) }),
      'jobs.get': ok({ job: job({ title: 'Archive 30 products', state: 'done', processed: 30, total: 30, succeeded: 30 }), results: [], nextOffset: null }),
    });
    renderList(main, '/catalog?status=published');
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select Product 2' }));
    expect(within(bar).getByRole('status')).toHaveTextContent('1 selected');

    fireEvent.click(within(bar).getByRole('button', { name: 'Select all 30 matching this filter' }));
    expect(within(bar).getByRole('status')).toHaveTextContent('All 30 products matching this filter selected');
    expect(screen.getByRole('checkbox', { name: 'Select Product 1' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select Product 1' })).toBeDisabled();

    fireEvent.click(within(bar).getByRole('button', { name: 'Archive' }));
    const confirm = await screen.findByRole('button', { name: 'Archive 30 products' });
    await waitFor(() => expect(confirm).toBeEnabled());
    expect(main.callsTo('catalog.bulk.preview')[0]!.input).toEqual({ selection: { kind: 'filter', filters: { status: 'published' } }, action: { type: 'archive' } });
    const listsBefore = main.callsTo('catalog.products.list').length;
    fireEvent.click(confirm);

    const progress = await screen.findByRole('dialog', { name: 'Bulk change' });
    expect(await within(progress).findByText('Finished: 30 done, 0 failed')).toBeInTheDocument();
    await waitFor(() => expect(main.callsTo('catalog.products.list').length).toBeGreaterThan(listsBefore));
    // Behind the dialog (hidden from the accessibility tree while it is open), the selection is already cleared.
    expect(within(bar).getByRole('status', { hidden: true })).toHaveTextContent('');
    fireEvent.click(within(progress).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('checkbox', { name: 'Select Product 1' })).not.toBeChecked();
  });

  it('shows what the editor said on the way back, once', async () => {
    const main = fakeMain({
      'catalog.products.list': ok({ items: [row(1)], nextCursor: null, total: 1, searchMode: 'none' }),
      'catalog.categories.list': ok({ categories: [] }),
      'catalog.products.brands': ok({ brands: [] }),
    });
    renderList(main, { pathname: '/catalog', state: { notice: '“Old lamp” was deleted. 2 reviews went with it.' } });
    const notice = await screen.findByText('“Old lamp” was deleted. 2 reviews went with it.');
    fireEvent.click(within(notice.closest('[role="status"]')!.parentElement!).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByText('“Old lamp” was deleted. 2 reviews went with it.')).toBeNull());
  });
});
