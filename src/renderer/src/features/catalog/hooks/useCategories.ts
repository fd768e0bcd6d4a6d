import { useCallback, useEffect, useState } from 'react';
import type { Category } from '@shared/contract';
import { useClient } from '../../../app/client-context';
import { errorMessage } from '../../../lib/api';

export interface CategoriesState {
  categories: Category[];
  loading: boolean;
  error: string | null;
  /** Loads the tree again (after a change). */
  reload: () => void;
}

/** The whole category tree (it is small), loaded once per view and on reload(). */
export function useCategories(): CategoriesState {
  const client = useClient();
  const [categories, setCategories] = useState<Category[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    client
      .call('catalog.categories.list', {})
      .then((result) => {
        if (!live) return;
        setCategories(result.categories);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (live) setError(errorMessage(failure));
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [client, generation]);

  const reload = useCallback(() => {
    setLoading(true);
    setGeneration((current) => current + 1);
  }, []);

  return { categories, loading, error, reload };
}

/** Categories in tree order (each parent followed by its children), for pickers and the tree. */
export function inTreeOrder(categories: readonly Category[]): Category[] {
  const children = new Map<string | null, Category[]>();
  for (const category of categories) {
    const siblings = children.get(category.parent) ?? [];
    siblings.push(category);
    children.set(category.parent, siblings);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  const ordered: Category[] = [];
  const visit = (parent: string | null): void => {
    for (const category of children.get(parent) ?? []) {
      ordered.push(category);
      visit(category.id);
    }
  };
  visit(null);
  return ordered;
}
