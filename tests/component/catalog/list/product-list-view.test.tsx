import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProductRow } from '../../../../src/shared/contract';
import type { CallResult } from '../../../../src/shared/errors';
import { ClientProvider } from '../../../../src/renderer/src/app/client-context';
import { useAuthStore } from '../../../../src/renderer/src/features/auth/store';
import { ProductListView } from '../../../../src/renderer/src/features/catalog/views/ProductListView';
import { createClient } from '../../../../src/renderer/src/lib/api/client';
import type { Transport } from '../../../../src/renderer/src/lib/api/transport';
import { ADA } from '../../auth/fake-main';

function row(index: number, name = `Product ${index}`): ProductRow {
  return {
    id: (0x65f0000000000000000000n + BigInt(index)).toString(16).padStart(24, '0'),
    name,
    sku: `SKU-${index}`,
    slug: `product-${index}`,
    image: null,
    category: null,
    brand: null,
    price: { regular: 10, sale: null, currency: 'USD' },
    stock: { quantity: 5, status: 'in_stock' },
    status: 'draft',
    featured: false,
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

const rows = (from: number, count: number) => Array.from({ length: count }, (_, offset) => row(from + offset));

/** The main process, with every product list answer held until the test gives it. */
function heldMain() {
  const lists: Array<{ input: Record<string, unknown>; answer(data: unknown): void }> = [];
  const transport: Transport = {
    invoke(channel, input) {
      const ok = (data: unknown) => Promise.resolve<CallResult<unknown>>({ ok: true, data });
      if (channel === 'auth.session') return ok({ user: ADA, idleTimeoutMinutes: 15 });
      if (channel === 'catalog.categories.list') return ok({ categories: [] });
      if (channel === 'catalog.products.brands') return ok({ brands: ['Acme'] });
      if (channel === 'catalog.products.list') {
        return new Promise((resolve) => lists.push({ input: input as Record<string, unknown>, answer: (data) => resolve({ ok: true, data }) }));
      }
      return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: channel } });
    },
    subscribe: () => () => undefined,
  };
  return { client: createClient(transport), lists };
}

function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.pathname + location.search}</output>;
}

function renderList(main: ReturnType<typeof heldMain>, address = '/catalog') {
  // Inside the app the shell mounts only once signed in; the auth store holds who.
  useAuthStore.setState({ user: ADA });
  return render(
    <ClientProvider client={main.client}>
      <MemoryRouter initialEntries={[address]}>
        <Routes>
          <Route path="/catalog" element={<ProductListView />} />
          <Route path="/catalog/products/:id" element={<h1>Editor</h1>} />
        </Routes>
        <Address />
      </MemoryRouter>
    </ClientProvider>,
  );
}

async function answer(main: ReturnType<typeof heldMain>, index: number, data: { items: ProductRow[]; nextCursor: string | null; total: number; searchMode?: string }) {
  await waitFor(() => expect(main.lists.length).toBeGreaterThan(index));
  await act(async () => main.lists[index]!.answer({ searchMode: 'none', ...data }));
}

async function chooseOption(label: string, option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  fireEvent.click(within(await screen.findByRole('listbox')).getByRole('option', { name: option }));
}

afterEach(() => window.localStorage.clear());

describe('product list view', () => {
  it('asks for what the address says', async () => {
    const main = heldMain();
    renderList(main, '/catalog?status=published&sort=name&size=50&min=5');
    await waitFor(() => expect(main.lists).toHaveLength(1));
    expect(main.lists[0]!.input).toEqual({ status: 'published', priceMin: 5, sort: 'name', direction: 'asc', limit: 50, cursor: undefined });
  });

  it('pages forward on the cursor it was given and back along the trail', async () => {
    const main = heldMain();
    renderList(main);
    await answer(main, 0, { items: rows(1, 25), nextCursor: 'after-25', total: 30 });
    expect(screen.getByText('Showing 1–25 of 30')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await answer(main, 1, { items: rows(26, 5), nextCursor: null, total: 30 });
    expect(main.lists[1]!.input.cursor).toBe('after-25');
    expect(screen.getByText('Showing 26–30 of 30')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    await answer(main, 2, { items: rows(1, 25), nextCursor: 'after-25', total: 30 });
    expect(main.lists[2]!.input.cursor).toBeUndefined();
    expect(screen.getByText('Showing 1–25 of 30')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
  });

  it('drops an answer that arrives after newer filters were chosen', async () => {
    const main = heldMain();
    renderList(main);
    await waitFor(() => expect(main.lists).toHaveLength(1));
    await chooseOption('Status', 'Draft');
    await waitFor(() => expect(main.lists).toHaveLength(2));
    expect(main.lists[1]!.input.status).toBe('draft');
    expect(screen.getByTestId('address')).toHaveTextContent('/catalog?status=draft');

    await answer(main, 1, { items: [row(2, 'Fresh draft')], nextCursor: null, total: 1 });
    await answer(main, 0, { items: [row(1, 'Stale answer')], nextCursor: null, total: 1 });
    expect(screen.getByRole('link', { name: 'Fresh draft' })).toBeInTheDocument();
    expect(screen.queryByText('Stale answer')).toBeNull();
    expect(main.lists).toHaveLength(2);
  });

  it('counts selected rows and selects a whole page', async () => {
    const main = heldMain();
    renderList(main);
    await answer(main, 0, { items: rows(1, 3), nextCursor: null, total: 3 });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Product 2' }));
    expect(screen.getByText('1 selected')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    expect(screen.getByText('3 selected')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByText(/selected$/)).toBeNull();
  });

  it('opens a product on Enter', async () => {
    const main = heldMain();
    renderList(main);
    await answer(main, 0, { items: rows(1, 2), nextCursor: null, total: 2 });
    const target = screen.getByRole('link', { name: 'Product 2' }).closest('tr')!;
    target.focus();
    fireEvent.keyDown(target, { key: 'Enter' });
    expect(await screen.findByRole('heading', { name: 'Editor' })).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent(`/catalog/products/${row(2).id}`);
  });

  it('says how a search was answered, and offers to clear filters that match nothing', async () => {
    const main = heldMain();
    renderList(main, '/catalog?q=Blu');
    await answer(main, 0, { items: [], nextCursor: null, total: 0, searchMode: 'prefix' });
    expect(screen.getByText('Names starting with “Blu”')).toBeInTheDocument();
    expect(screen.getByText('No products match these filters.')).toBeInTheDocument();
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent(/^\/catalog$/));
    expect(screen.getByRole('searchbox', { name: 'Search products' })).toHaveValue('');
  });

  it('saves the current view for the signed-in user and applies it again', async () => {
    const main = heldMain();
    renderList(main, '/catalog?stock=low_stock&sort=price');
    await answer(main, 0, { items: rows(1, 1), nextCursor: null, total: 1 });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save view…' })).toBeEnabled());
    fireEvent.click(screen.getByRole('button', { name: 'Save view…' }));
    const dialog = screen.getByRole('dialog', { name: 'Save view' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'Cheap and low' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save view' }));
    expect(JSON.parse(window.localStorage.getItem(`backroom.catalog.savedViews.${ADA.id}`)!)).toEqual([{ name: 'Cheap and low', query: 'stock=low_stock&sort=price' }]);

    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent(/^\/catalog\?sort=price$/));
    fireEvent.click(screen.getByRole('button', { name: 'Saved views' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Cheap and low' }));
    await waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent('/catalog?stock=low_stock&sort=price'));
  });

  it('checks a price range before applying it', async () => {
    const main = heldMain();
    renderList(main);
    await waitFor(() => expect(main.lists).toHaveLength(1));
    fireEvent.change(screen.getByRole('textbox', { name: 'Min price' }), { target: { value: '50' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Max price' }), { target: { value: '10' } });
    fireEvent.blur(screen.getByRole('textbox', { name: 'Max price' }));
    expect(screen.getByText('Must not be below the minimum')).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/catalog$/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Max price' }), { target: { value: '99.50' } });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Max price' }), { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent('/catalog?min=50&max=99.5'));
    expect(screen.getByRole('textbox', { name: 'Max price' })).toHaveValue('99.50');
  });
});
