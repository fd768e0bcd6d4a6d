import { describe, expect, it } from 'vitest';
import {
  buildTree,
  childrenOf,
  orderAfter,
  parseKeywords,
  pathLabel,
  renumber,
  reorderSiblings,
  siblingPosition,
  subtreeIds,
  visibleIds,
  type CategoryNode,
} from '../../../../src/renderer/src/features/catalog/category-tree';
import { category } from './fixtures';

const electronics = category('e', 'Electronics', { order: 1 });
const books = category('b', 'Books', { order: 0 });
const computers = category('c', 'Computers', { parent: electronics, order: 5 });
const audio = category('a', 'Audio', { parent: electronics, order: 5 });
const laptops = category('l', 'Laptops', { parent: computers });
const all = [laptops, computers, electronics, audio, books];

const shape = (nodes: readonly CategoryNode[]): unknown => nodes.map((node) => (node.children.length ? { [node.category.name]: shape(node.children) } : node.category.name));

describe('buildTree', () => {
  it('nests children under parents, siblings by order then name', () => {
    expect(shape(buildTree(all))).toEqual(['Books', { Electronics: ['Audio', { Computers: ['Laptops'] }] }]);
  });

  it('shows a category whose parent is missing at the top instead of losing it', () => {
    const orphan = { ...category('o', 'Orphan'), parent: 'gone' };
    expect(shape(buildTree([books, orphan]))).toEqual(['Books', 'Orphan']);
  });

  it('stops at parent pointers that loop', () => {
    const x = { ...category('x', 'X'), parent: 'y' };
    const y = { ...category('y', 'Y'), parent: 'x' };
    expect(buildTree([books, x, y])).toHaveLength(1);
  });

  it('is empty for no categories', () => {
    expect(buildTree([])).toEqual([]);
  });
});

describe('subtreeIds', () => {
  it('holds the category and everything below it', () => {
    expect([...subtreeIds(all, 'e')].sort()).toEqual(['a', 'c', 'e', 'l']);
    expect([...subtreeIds(all, 'c')].sort()).toEqual(['c', 'l']);
    expect([...subtreeIds(all, 'l')]).toEqual(['l']);
  });

  it('ends on looping parent pointers', () => {
    const x = { ...category('x', 'X'), parent: 'y' };
    const y = { ...category('y', 'Y'), parent: 'x' };
    expect([...subtreeIds([x, y], 'x')].sort()).toEqual(['x', 'y']);
  });
});

describe('visibleIds', () => {
  it('lists rows top to bottom, skipping what collapsed rows hide', () => {
    const tree = buildTree(all);
    expect(visibleIds(tree, new Set())).toEqual(['b', 'e', 'a', 'c', 'l']);
    expect(visibleIds(tree, new Set(['c']))).toEqual(['b', 'e', 'a', 'c']);
    expect(visibleIds(tree, new Set(['e', 'c']))).toEqual(['b', 'e']);
  });
});

describe('sibling order', () => {
  it('puts a new child after the last sibling', () => {
    expect(orderAfter([])).toBe(0);
    expect(orderAfter(childrenOf(all, 'e'))).toBe(6);
    expect(orderAfter([category('z', 'Z', { order: 100_000 })])).toBe(100_000);
  });

  it('swaps the numbers of two neighbours when all numbers differ', () => {
    const one = category('1', 'One', { order: 10 });
    const two = category('2', 'Two', { order: 20 });
    const three = category('3', 'Three', { order: 30 });
    expect(reorderSiblings([one, two, three], '3', 'up')).toEqual([
      { id: '3', order: 20 },
      { id: '2', order: 30 },
    ]);
    expect(reorderSiblings([one, two, three], '1', 'down')).toEqual([
      { id: '2', order: 10 },
      { id: '1', order: 20 },
    ]);
  });

  it('numbers siblings 0, 1, 2… when some share a number (the default 0)', () => {
    const a = category('a', 'Alpha');
    const b = category('b', 'Bravo');
    const c = category('c', 'Charlie');
    // Shown Alpha, Bravo, Charlie (by name); Charlie up gives Alpha, Charlie, Bravo.
    expect(reorderSiblings([a, b, c], 'c', 'up')).toEqual([
      { id: 'c', order: 1 },
      { id: 'b', order: 2 },
    ]);
    expect(renumber([a, b, c])).toEqual([
      { id: 'b', order: 1 },
      { id: 'c', order: 2 },
    ]);
  });

  it('gives distinct, increasing numbers in the wanted order', () => {
    const siblings = [category('p', 'P', { order: 3 }), category('q', 'Q', { order: 3 }), category('r', 'R', { order: 1 })];
    const changes = new Map(renumber(siblings).map((change) => [change.id, change.order]));
    const orders = siblings.map((sibling) => changes.get(sibling.id) ?? sibling.order);
    expect(orders).toEqual([0, 1, 2]);
  });

  it('only reorders among siblings and refuses to go past either end', () => {
    expect(reorderSiblings(all, 'a', 'up')).toBeNull();
    expect(reorderSiblings(all, 'e', 'down')).toBeNull();
    expect(reorderSiblings(all, 'l', 'down')).toBeNull();
    expect(reorderSiblings(all, 'missing', 'up')).toBeNull();
    // Audio and Computers share order 5: renumbered 0, 1 with Computers first.
    expect(reorderSiblings(all, 'c', 'up')).toEqual([
      { id: 'c', order: 0 },
      { id: 'a', order: 1 },
    ]);
    expect(siblingPosition(all, 'a')).toEqual({ first: true, last: false });
    expect(siblingPosition(all, 'c')).toEqual({ first: false, last: true });
    expect(siblingPosition(all, 'l')).toEqual({ first: true, last: true });
  });
});

describe('labels and keywords', () => {
  it('writes the path root first', () => {
    expect(pathLabel(laptops)).toBe('Electronics / Computers / Laptops');
    expect(pathLabel(books)).toBe('Books');
  });

  it('splits keywords on commas, dropping blanks and repeats', () => {
    expect(parseKeywords(' laptops, notebooks,, Laptops ,ultrabook ')).toEqual(['laptops', 'notebooks', 'ultrabook']);
    expect(parseKeywords('')).toEqual([]);
  });
});
