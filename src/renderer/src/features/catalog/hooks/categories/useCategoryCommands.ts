import { useMemo } from 'react';
import type { Category, CategoryInput, ChannelOutput } from '@shared/contract';
import { useClient } from '../../../../app/client-context';
import { childrenOf, orderAfter, siblingArrangement } from '../../category-tree';

export interface CategoryCommands {
  /** A new category, placed last among its siblings. */
  create(categories: readonly Category[], parent: string | null, input: CategoryInput): Promise<Category>;
  update(id: string, input: Partial<CategoryInput>): Promise<Category>;
  /** Puts the category (with its subtree) last under `parent` (null: the top level). */
  moveTo(categories: readonly Category[], id: string, parent: string | null): Promise<Category>;
  /** One place up or down among its siblings; all siblings are renumbered in one call. */
  reorder(categories: readonly Category[], id: string, direction: 'up' | 'down'): Promise<void>;
  remove(id: string, moveProductsTo: string | null): Promise<ChannelOutput<'catalog.categories.delete'>>;
}

/** The tree's write calls; each rejects with the main process's BackroomError. */
export function useCategoryCommands(): CategoryCommands {
  const client = useClient();
  return useMemo<CategoryCommands>(
    () => ({
      async create(categories, parent, input) {
        const order = input.order ?? orderAfter(childrenOf(categories, parent));
        return (await client.call('catalog.categories.create', { parent, category: { ...input, order } })).category;
      },
      async update(id, input) {
        return (await client.call('catalog.categories.update', { id, category: input })).category;
      },
      async moveTo(categories, id, parent) {
        const order = orderAfter(childrenOf(categories, parent).filter((sibling) => sibling.id !== id));
        return (await client.call('catalog.categories.move', { id, parent, order })).category;
      },
      async reorder(categories, id, direction) {
        const parent = categories.find((category) => category.id === id)?.parent ?? null;
        const arrangement = siblingArrangement(categories, id, direction);
        if (arrangement) await client.call('catalog.categories.reorder', { parent, ids: arrangement.map((sibling) => sibling.id) });
      },
      async remove(id, moveProductsTo) {
        return client.call('catalog.categories.delete', moveProductsTo ? { id, moveProductsTo } : { id });
      },
    }),
    [client],
  );
}
