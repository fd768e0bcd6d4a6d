import { useCallback, useEffect, useState } from 'react';
import type { Product } from '@shared/contract';
import { useClient } from '../../../../app/client-context';
import { BackroomError, errorMessage } from '../../../../lib/api';

export type ProductLoad =
  | { kind: 'loading' }
  /** Missing, or a seller's view of another seller's product: the main process does not tell them apart. */
  | { kind: 'not-found' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; product: Product };

interface Loaded {
  id: string;
  generation: number;
  load: ProductLoad;
}

/** One product by id, loaded again on reload(). */
export function useProduct(id: string): { state: ProductLoad; generation: number; reload: () => void } {
  const client = useClient();
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    client.call('catalog.products.get', { id }).then(
      ({ product }) => {
        if (live) setLoaded({ id, generation, load: { kind: 'ready', product } });
      },
      (error: unknown) => {
        if (!live) return;
        const notFound = error instanceof BackroomError && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION');
        setLoaded({ id, generation, load: notFound ? { kind: 'not-found' } : { kind: 'failed', message: errorMessage(error) } });
      },
    );
    return () => {
      live = false;
    };
  }, [client, id, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const current = loaded !== null && loaded.id === id && loaded.generation === generation;
  return { state: current ? loaded.load : { kind: 'loading' }, generation, reload };
}
