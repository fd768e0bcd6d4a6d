import { useCallback, useState } from 'react';
import type { Product } from '@shared/contract';
import { useClient } from '../../../../app/client-context';
import { errorMessage } from '../../../../lib/api';

/** Copies the stored product (as a draft with a free SKU and slug) and hands over the copy. */
export function useDuplicateProduct(id: string | null, onCopied: (copy: Product) => void) {
  const client = useClient();
  const [state, setState] = useState<{ pending: boolean; error: string | null }>({ pending: false, error: null });

  const duplicate = useCallback(() => {
    if (!id) return;
    setState({ pending: true, error: null });
    client.call('catalog.products.duplicate', { id }).then(
      ({ product }) => {
        setState({ pending: false, error: null });
        onCopied(product);
      },
      (error: unknown) => setState({ pending: false, error: errorMessage(error) }),
    );
  }, [client, id, onCopied]);

  const dismiss = useCallback(() => setState((current) => ({ ...current, error: null })), []);

  return { ...state, duplicate, dismiss };
}
