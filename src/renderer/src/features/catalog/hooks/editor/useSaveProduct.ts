import { useCallback, useRef, useState } from 'react';
import type { Product } from '@shared/contract';
import { useClient } from '../../../../app/client-context';
import { BackroomError, errorMessage } from '../../../../lib/api';
import { formToInput, isFormPath, productToForm, serverFieldErrors, type EditorForm } from '../../editor-form';
import type { ProductFormApi } from './useProductForm';

export interface Conflict {
  /** The main process's words: who changed it and when. */
  message: string;
  /** What is stored now; null while it loads. */
  stored: Product | null;
  loadError: string | null;
}

interface Options {
  /** The stored version being edited (null for a new product). */
  product: Product | null;
  form: ProductFormApi;
  /** Whether a form may be sent (no message stands in the way). */
  sendable(form: EditorForm): boolean;
  /** A save went through, or the user took the stored version: it is what is edited now. */
  onStored(product: Product, how: 'created' | 'updated' | 'reloaded'): void;
  /** The form has messages to look at. */
  onInvalid(): void;
}

/**
 * Create and update, with the main process's field messages put under the
 * fields, and an edit conflict (someone saved since this was loaded) held
 * until the user reloads, overwrites or keeps editing. Nothing typed is lost.
 */
export function useSaveProduct({ product, form, sendable, onStored, onInvalid }: Options) {
  const client = useClient();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const inFlight = useRef(false);

  const openConflict = useCallback(
    (id: string, message: string) => {
      setConflict({ message, stored: null, loadError: null });
      client.call('catalog.products.get', { id }).then(
        ({ product: stored }) => setConflict((current) => current && { ...current, stored }),
        (failure: unknown) => setConflict((current) => current && { ...current, loadError: errorMessage(failure) }),
      );
    },
    [client],
  );

  /** Saves `next` (the form as it is, or with a change such as the archived status) against `expectedUpdatedAt`. */
  const save = useCallback(
    async (next: EditorForm = form.form, expectedUpdatedAt: string | undefined = product?.updatedAt): Promise<boolean> => {
      if (inFlight.current) return false;
      if (next !== form.form) form.change(() => next);
      if (!sendable(next)) {
        form.attempt();
        onInvalid();
        return false;
      }
      inFlight.current = true;
      setSaving(true);
      setError(null);
      try {
        const input = formToInput(next);
        const result =
          product && expectedUpdatedAt
            ? await client.call('catalog.products.update', { id: product.id, expectedUpdatedAt, product: input })
            : await client.call('catalog.products.create', { product: input });
        form.saved(next, productToForm(result.product));
        onStored(result.product, product ? 'updated' : 'created');
        return true;
      } catch (failure) {
        if (failure instanceof BackroomError && Object.keys(failure.fields).length > 0) {
          const fields = serverFieldErrors(failure.fields);
          form.rejected(fields);
          onInvalid();
          if (!Object.keys(fields).every(isFormPath)) setError(failure.message);
        } else if (failure instanceof BackroomError && failure.code === 'CONFLICT' && product) {
          openConflict(product.id, failure.message);
        } else if (!(failure instanceof BackroomError && failure.code === 'UNAUTHENTICATED')) {
          // Signed out meanwhile: the sign-in dialog says so, and the form waits.
          setError(errorMessage(failure));
        }
        return false;
      } finally {
        inFlight.current = false;
        setSaving(false);
      }
    },
    [client, form, sendable, product, onStored, onInvalid, openConflict],
  );

  const overwrite = useCallback(() => {
    if (!conflict?.stored) return;
    const expected = conflict.stored.updatedAt;
    setConflict(null);
    void save(form.form, expected);
  }, [conflict, form.form, save]);

  const reloadTheirs = useCallback(() => {
    if (!conflict?.stored) return;
    form.reset(productToForm(conflict.stored));
    onStored(conflict.stored, 'reloaded');
    setConflict(null);
  }, [conflict, form, onStored]);

  const keepEditing = useCallback(() => setConflict(null), []);
  const clearError = useCallback(() => setError(null), []);

  return { saving, error, clearError, conflict, save, overwrite, reloadTheirs, keepEditing };
}
