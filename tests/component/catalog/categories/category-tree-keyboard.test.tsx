import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { buildTree } from '../../../../src/renderer/src/features/catalog/category-tree';
import { CategoryTree } from '../../../../src/renderer/src/features/catalog/components/categories/CategoryTree';
import { category } from './fixtures';

const books = category('b', 'Books');
const electronics = category('e', 'Electronics', { order: 1, productCount: 2 });
const laptops = category('l', 'Laptops', { parent: electronics, isActive: false });
const tree = buildTree([books, electronics, laptops]);

function Harness({ onReorder }: { onReorder?: () => void }) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  return (
    <CategoryTree
      tree={tree}
      selectedId={selectedId}
      collapsed={collapsed}
      onSelect={setSelectedId}
      onExpandedChange={(id, expanded) =>
        setCollapsed((now) => {
          const next = new Set(now);
          if (expanded) next.delete(id);
          else next.add(id);
          return next;
        })
      }
      onReorder={onReorder}
    />
  );
}

describe('CategoryTree', () => {
  it('is an ARIA tree with levels, expansion and one tab stop', () => {
    render(<Harness />);
    expect(screen.getByRole('tree', { name: 'Categories' })).toBeInTheDocument();
    const item = screen.getByRole('treeitem', { name: 'Electronics' });
    expect(item).toHaveAttribute('aria-level', '1');
    expect(item).toHaveAttribute('aria-expanded', 'true');
    expect(item).toHaveAccessibleDescription(/electronics.*2 products/);
    expect(screen.getByRole('treeitem', { name: 'Laptops' })).toHaveAttribute('aria-level', '2');
    expect(screen.getByRole('treeitem', { name: 'Laptops' })).toHaveAccessibleDescription(/Inactive/);
    expect(screen.getByRole('treeitem', { name: 'Books' })).not.toHaveAttribute('aria-expanded');
    expect(screen.getAllByRole('treeitem').filter((each) => each.tabIndex === 0)).toHaveLength(1);
  });

  it('moves with the arrow keys, opens and closes branches, and finds by first letter', () => {
    const reorder = vi.fn();
    render(<Harness onReorder={reorder} />);
    const books = screen.getByRole('treeitem', { name: 'Books' });
    books.focus();
    fireEvent.keyDown(books, { key: 'ArrowDown' });
    const electronics = screen.getByRole('treeitem', { name: 'Electronics' });
    expect(electronics).toHaveFocus();
    expect(electronics).toHaveAttribute('aria-selected', 'true');

    fireEvent.keyDown(electronics, { key: 'ArrowLeft' });
    expect(electronics).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: 'Laptops' })).toBeNull();
    fireEvent.keyDown(electronics, { key: 'ArrowRight' });
    expect(electronics).toHaveAttribute('aria-expanded', 'true');
    fireEvent.keyDown(electronics, { key: 'ArrowRight' });
    expect(screen.getByRole('treeitem', { name: 'Laptops' })).toHaveFocus();
    fireEvent.keyDown(screen.getByRole('treeitem', { name: 'Laptops' }), { key: 'ArrowLeft' });
    expect(electronics).toHaveFocus();

    fireEvent.keyDown(electronics, { key: 'b' });
    expect(screen.getByRole('treeitem', { name: 'Books' })).toHaveFocus();
    fireEvent.keyDown(screen.getByRole('treeitem', { name: 'Books' }), { key: 'End' });
    expect(screen.getByRole('treeitem', { name: 'Laptops' })).toHaveFocus();

    fireEvent.keyDown(screen.getByRole('treeitem', { name: 'Laptops' }), { key: 'ArrowUp', altKey: true });
    expect(reorder).toHaveBeenCalledWith(expect.objectContaining({ id: 'l' }), 'up');
  });
});
