import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffProfile } from '../../../../src/shared/contract';
import { useAuthStore } from '../../../../src/renderer/src/features/auth/store';
import { CategoryTreeView } from '../../../../src/renderer/src/features/catalog/views/CategoryTreeView';
import { ADA, fail, fakeMain, ok, WithClient } from '../../auth/fake-main';
import { category } from './fixtures';

const SELLER: StaffProfile = { ...ADA, id: '65f000000000000000000002', role: 'seller' };
const electronics = category('65f0000000000000000000e1', 'Electronics', { productCount: 3 });
const audio = category('65f0000000000000000000a1', 'Audio', { parent: electronics });

function renderView(user: StaffProfile, answers: Parameters<typeof fakeMain>[0]) {
  useAuthStore.setState({ user });
  const main = fakeMain(answers);
  render(
    <MemoryRouter>
      <WithClient client={main.client}>
        <CategoryTreeView />
      </WithClient>
    </MemoryRouter>,
  );
  return main;
}

/** Lets the answers still in flight (the list hook's last state updates) land inside act. */
const settle = () => act(async () => undefined);

afterEach(() => {
  // Unmount first: the view listens to the store.
  cleanup();
  useAuthStore.setState({ user: null });
});

// MUI dialogs render slowly in jsdom on a busy machine.
describe('CategoryTreeView', { timeout: 20_000 }, () => {
  it('shows a seller the tree read-only, with a note', async () => {
    renderView(SELLER, { 'catalog.categories.list': ok({ categories: [electronics, audio] }) });
    expect(await screen.findByRole('treeitem', { name: 'Audio' })).toBeInTheDocument();
    await settle();
    expect(screen.getByRole('note')).toHaveTextContent('Only admins can change the category tree');
    expect(screen.queryByRole('button', { name: 'New top-level category' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Actions for/ })).toBeNull();
    fireEvent.click(screen.getByText('Electronics'));
    const details = screen.getByRole('region', { name: 'Electronics' });
    expect(details).toHaveTextContent('3 directly in this category');
    expect(within(details).queryByRole('button')).toBeNull();
  });

  it('says when the tree cannot be loaded, and tries again', async () => {
    const main = renderView(ADA, { 'catalog.categories.list': [fail({ code: 'UNAVAILABLE', message: 'The database is not connected' }), ok({ categories: [] })] });
    expect(await screen.findByText(/Could not load the categories: The database is not connected/)).toBeInTheDocument();
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'No categories yet — create the first' })).toBeInTheDocument();
    expect(main.callsTo('catalog.categories.list')).toHaveLength(2);
    await settle();
  });

  it('keeps what was typed when the main process refuses, and shows why under the field', async () => {
    const main = renderView(ADA, {
      'catalog.categories.list': ok({ categories: [electronics, audio] }),
      'catalog.categories.create': [
        fail({ code: 'CONFLICT', message: 'A category named "audio" already exists under this parent', fields: { name: 'Already used by a sibling category' } }),
        (input) => ok({ category: { ...category('65f0000000000000000000b1', 'Speakers', { parent: electronics }), order: (input as { category: { order: number } }).category.order } }),
      ],
    });
    fireEvent.click(await screen.findByText('Electronics'));
    await settle();
    fireEvent.click(within(screen.getByRole('region', { name: 'Electronics' })).getByRole('button', { name: 'New subcategory' }));
    const form = screen.getByRole('dialog', { name: 'New subcategory of “Electronics”' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Name' }), { target: { value: 'audio' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'SEO title' }), { target: { value: 'Sound' } });
    expect(within(form).getByText('5/70 characters')).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Create category' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('already exists under this parent');
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Already used by a sibling category');
    expect(within(form).getByRole('textbox', { name: 'SEO title' })).toHaveValue('Sound');

    fireEvent.change(within(form).getByRole('textbox', { name: 'Name' }), { target: { value: 'Speakers' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create category' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Placed after its one sibling, and the tree is read again.
    expect(main.callsTo('catalog.categories.create')[1]?.input).toEqual({
      parent: electronics.id,
      category: { name: 'Speakers', isActive: true, metadata: { seoTitle: 'Sound' }, order: 1 },
    });
    await waitFor(() => expect(main.callsTo('catalog.categories.list')).toHaveLength(2));
    await settle();
  });

  it('asks where the products go before deleting a category that has some', async () => {
    const books = category('65f0000000000000000000b2', 'Books');
    const main = renderView(ADA, {
      'catalog.categories.list': ok({ categories: [electronics, books] }),
      'catalog.categories.delete': ok({ productsMoved: 3, coupons: 0, couponsDeactivated: 0 }),
    });
    fireEvent.click(await screen.findByText('Electronics'));
    await settle();
    fireEvent.click(within(screen.getByRole('region', { name: 'Electronics' })).getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete “Electronics”?' });
    expect(confirm).toHaveTextContent('It holds 3 products');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete category' }));
    expect(within(confirm).getByRole('combobox', { name: /Move its products to/ })).toHaveAccessibleDescription('Choose where its products go');
    expect(main.callsTo('catalog.categories.delete')).toHaveLength(0);

    fireEvent.mouseDown(within(confirm).getByRole('combobox', { name: /Move its products to/ }));
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByRole('option', { name: 'Electronics' })).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(within(listbox).getByRole('option', { name: 'Books' }));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete category' }));
    await waitFor(() => expect(main.callsTo('catalog.categories.delete')[0]?.input).toEqual({ id: electronics.id, moveProductsTo: books.id }));
    expect(await screen.findByText('Deleted Electronics; 3 moved to Books')).toBeInTheDocument();
    await waitFor(() => expect(main.callsTo('catalog.categories.list')).toHaveLength(2));
    await settle();
  });
});
