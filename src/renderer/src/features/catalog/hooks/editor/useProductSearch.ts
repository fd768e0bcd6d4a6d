import { useEffect, useState } from 'react';
import type { RelatedPick } from '../../editor-form';
import { useClient } from '../../../../app/client-context';
import { useDebouncedValue } from '../../../../lib/hooks/useDebouncedValue';

const SEARCH_AFTER_MS = 250;
const RESULTS = 10;

/** Products matching what is typed (the list's own search), while the picker is open. */
export function useProductSearch(text: string, open: boolean): { results: RelatedPick[]; loading: boolean } {
  const client = useClient();
  const search = useDebouncedValue(text.trim(), SEARCH_AFTER_MS);
  const [answer, setAnswer] = useState<{ search: string; results: RelatedPick[] } | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    client.call('catalog.products.list', { ...(search ? { search } : {}), limit: RESULTS }).then(
      ({ items }) => {
        if (live) setAnswer({ search, results: items.map((item) => ({ id: item.id, name: item.name, sku: item.sku })) });
      },
      () => {
        if (live) setAnswer({ search, results: [] });
      },
    );
    return () => {
      live = false;
    };
  }, [client, search, open]);

  const current = answer !== null && answer.search === text.trim();
  return { results: answer?.results ?? [], loading: open && !current };
}
