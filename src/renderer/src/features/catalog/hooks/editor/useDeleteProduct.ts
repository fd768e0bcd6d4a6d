import { useCallback, useState } from 'react';
import type { ChannelOutput } from '@shared/contract';
import { useClient } from '../../../../app/client-context';
import { errorMessage } from '../../../../lib/api';

export type Dependents = ChannelOutput<'catalog.products.dependents'>;

export type DeleteState =
  | { step: 'closed' }
  | { step: 'counting' }
  | { step: 'confirm'; dependents: Dependents; deleting: boolean; error: string | null }
  | { step: 'failed'; error: string };

/** Delete with the user's eyes open: first what goes with the product, then the delete itself. */
export function useDeleteProduct(id: string | null, onDeleted: (report: Dependents) => void) {
  const client = useClient();
  const [state, setState] = useState<DeleteState>({ step: 'closed' });

  const open = useCallback(() => {
    if (!id) return;
    setState({ step: 'counting' });
    client.call('catalog.products.dependents', { id }).then(
      (dependents) => setState((current) => (current.step === 'counting' ? { step: 'confirm', dependents, deleting: false, error: null } : current)),
      (error: unknown) => setState((current) => (current.step === 'counting' ? { step: 'failed', error: errorMessage(error) } : current)),
    );
  }, [client, id]);

  const confirm = useCallback(() => {
    if (!id || state.step !== 'confirm') return;
    setState({ ...state, deleting: true, error: null });
    client.call('catalog.products.delete', { id }).then(
      (report) => {
        setState({ step: 'closed' });
        onDeleted(report);
      },
      (error: unknown) => setState({ ...state, deleting: false, error: errorMessage(error) }),
    );
  }, [client, id, state, onDeleted]);

  const close = useCallback(() => setState((current) => (current.step === 'confirm' && current.deleting ? current : { step: 'closed' })), []);

  return { state, open, confirm, close };
}
