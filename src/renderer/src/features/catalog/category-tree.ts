import type { Category } from '@shared/contract';

/** Pure helpers for the category tree editor: shape, subtrees, sibling order. */

export interface CategoryNode {
  category: Category;
  children: CategoryNode[];
}

/** The highest `order` the contract accepts. */
export const MAX_ORDER = 100_000;

/** Siblings as the tree shows them: by `order`, then by name. */
export function compareSiblings(a: Category, b: Category): number {
  return a.order - b.order || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

function childrenByParent(categories: readonly Category[]): Map<string | null, Category[]> {
  const known = new Set(categories.map((category) => category.id));
  const byParent = new Map<string | null, Category[]>();
  for (const category of categories) {
    // A category whose parent is missing (a stale copy, a half-done delete) is shown at the top rather than lost.
    const parent = category.parent !== null && known.has(category.parent) ? category.parent : null;
    const siblings = byParent.get(parent) ?? [];
    siblings.push(category);
    byParent.set(parent, siblings);
  }
  for (const siblings of byParent.values()) siblings.sort(compareSiblings);
  return byParent;
}

/** The forest of categories, roots first, siblings in display order. */
export function buildTree(categories: readonly Category[]): CategoryNode[] {
  const byParent = childrenByParent(categories);
  const seen = new Set<string>();
  const build = (parent: string | null): CategoryNode[] =>
    (byParent.get(parent) ?? []).flatMap((category) => {
      // Guards against parent pointers that loop (the server refuses them, but data can be hand-edited).
      if (seen.has(category.id)) return [];
      seen.add(category.id);
      return [{ category, children: build(category.id) }];
    });
  return build(null);
}

/** The children of `parent` (null: the top level), in display order. */
export function childrenOf(categories: readonly Category[], parent: string | null): Category[] {
  return categories.filter((category) => category.parent === parent).sort(compareSiblings);
}

/** The category and every category below it: what it cannot be moved under. */
export function subtreeIds(categories: readonly Category[], id: string): Set<string> {
  const byParent = new Map<string, string[]>();
  for (const category of categories) {
    if (category.parent === null) continue;
    const children = byParent.get(category.parent) ?? [];
    children.push(category.id);
    byParent.set(category.parent, children);
  }
  const ids = new Set<string>([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const child of byParent.get(next) ?? []) {
      if (ids.has(child)) continue;
      ids.add(child);
      queue.push(child);
    }
  }
  return ids;
}

/** The ids of the rows a person can see (parents of collapsed rows hide their subtree), top to bottom. */
export function visibleIds(tree: readonly CategoryNode[], collapsed: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  const walk = (nodes: readonly CategoryNode[]): void => {
    for (const node of nodes) {
      ids.push(node.category.id);
      if (!collapsed.has(node.category.id)) walk(node.children);
    }
  };
  walk(tree);
  return ids;
}

/** "Electronics / Computers / Laptops". */
export function pathLabel(category: Pick<Category, 'name' | 'path'>): string {
  return [...category.path.map((entry) => entry.name), category.name].join(' / ');
}

/** The `order` that puts a new child last among `siblings`. */
export function orderAfter(siblings: readonly Category[]): number {
  if (siblings.length === 0) return 0;
  return Math.min(MAX_ORDER, Math.max(...siblings.map((sibling) => sibling.order)) + 1);
}

export interface OrderChange {
  id: string;
  order: number;
}

/**
 * The writes that give `arrangement` (siblings in their wanted order) distinct,
 * increasing `order` values. When the siblings' current values are already
 * distinct they are reused, so swapping two neighbours changes only those two;
 * otherwise (several at the default 0) the siblings are numbered 0, 1, 2, …
 * Only categories whose value changes are listed.
 */
export function renumber(arrangement: readonly Category[]): OrderChange[] {
  const values = arrangement.map((category) => category.order).sort((a, b) => a - b);
  const distinct = values.every((value, index) => index === 0 || value > (values[index - 1] ?? value));
  const target = distinct ? values : arrangement.map((_, index) => index);
  return arrangement.flatMap((category, index) => {
    const order = target[index] ?? index;
    return category.order === order ? [] : [{ id: category.id, order }];
  });
}

/**
 * Moves a category one place up or down among its siblings; the writes to make,
 * or null when it is already first (up) or last (down) or unknown.
 */
export function reorderSiblings(categories: readonly Category[], id: string, direction: 'up' | 'down'): OrderChange[] | null {
  const arrangement = siblingArrangement(categories, id, direction);
  return arrangement ? renumber(arrangement) : null;
}

/** The siblings in their order after moving `id` one place; null when it cannot move that way. */
export function siblingArrangement(categories: readonly Category[], id: string, direction: 'up' | 'down'): Category[] | null {
  const category = categories.find((each) => each.id === id);
  if (!category) return null;
  const siblings = childrenOf(categories, category.parent);
  const from = siblings.findIndex((each) => each.id === id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= siblings.length) return null;
  const arrangement = [...siblings];
  const [moved] = arrangement.splice(from, 1);
  if (!moved) return null;
  arrangement.splice(to, 0, moved);
  return arrangement;
}

/** Where a category stands among its siblings, for enabling "Move up" and "Move down". */
export function siblingPosition(categories: readonly Category[], id: string): { first: boolean; last: boolean } {
  const category = categories.find((each) => each.id === id);
  if (!category) return { first: true, last: true };
  const siblings = childrenOf(categories, category.parent);
  const index = siblings.findIndex((each) => each.id === id);
  return { first: index <= 0, last: index === siblings.length - 1 };
}

/** Keywords as typed in one box, separated by commas; blanks and repeats dropped. */
export function parseKeywords(text: string): string[] {
  const keywords: string[] = [];
  for (const part of text.split(',')) {
    const keyword = part.trim();
    if (keyword && !keywords.some((kept) => kept.toLowerCase() === keyword.toLowerCase())) keywords.push(keyword);
  }
  return keywords;
}
