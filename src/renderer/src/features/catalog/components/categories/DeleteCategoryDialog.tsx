import { useId, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { Category } from '@shared/contract';
import { FormError } from '../../../../components/FormError';
import { subtreeIds } from '../../category-tree';
import { useSubmission } from '../../../../lib/hooks/useSubmission';
import { CategorySelect } from '../shared/CategorySelect';
import { formAlert } from './category-form';
import { DialogSubmitActions } from '../../../../components/DialogSubmitActions';

export interface DeleteCategoryDialogProps {
  category: Category;
  categories: readonly Category[];
  subcategories: number;
  /** Rejects with the main process's error (CONFLICT while it has subcategories). */
  onSubmit(moveProductsTo: string | null): Promise<unknown>;
  onClose(): void;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** Asks before deleting; a category with products asks where they go. */
export function DeleteCategoryDialog({ category, categories, subcategories, onSubmit, onClose }: DeleteCategoryDialogProps) {
  const titleId = useId();
  const textId = useId();
  const [destination, setDestination] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const submission = useSubmission('category');
  const blocked = useMemo(() => subtreeIds(categories, category.id), [categories, category.id]);
  // The count shown may be stale; the main process asking for a destination is the last word.
  const needsDestination = category.productCount > 0 || 'moveProductsTo' in submission.fields;
  const fieldError = missing ? 'Choose where its products go' : destination === null ? submission.fields.moveProductsTo : undefined;

  const confirm = () => {
    if (needsDestination && destination === null) {
      setMissing(true);
      return;
    }
    void submission.submit(() => onSubmit(needsDestination ? destination : null));
  };

  return (
    <Dialog open onClose={submission.pending ? undefined : onClose} aria-labelledby={titleId} aria-describedby={textId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>Delete “{category.name}”?</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText id={textId}>
            {subcategories > 0
              ? `It has ${plural(subcategories, 'subcategory', 'subcategories')}.`
              : category.productCount > 0
                ? `It holds ${plural(category.productCount, 'product', 'products')}; they move to the category you choose. Coupons limited to it stop naming it.`
                : 'It has no products and no subcategories. Coupons limited to it stop naming it.'}
          </DialogContentText>
          {subcategories > 0 && (
            <Alert severity="warning" role="note">Move its subcategories elsewhere or delete them first: a category with subcategories cannot be deleted.</Alert>
          )}
          {needsDestination && (
            <CategorySelect
              label="Move its products to"
              categories={categories}
              value={destination}
              onChange={(id) => {
                setDestination(id);
                setMissing(false);
              }}
              disabledIds={blocked}
              error={fieldError}
              helperText="The category and its subcategories are greyed out."
              fullWidth
            />
          )}
          <FormError message={formAlert(submission.error, needsDestination && destination === null ? ['moveProductsTo'] : [])} />
        </Stack>
      </DialogContent>
      <DialogSubmitActions label="Delete category" color="error" pending={submission.pending} onCancel={onClose} onSubmit={confirm} />
    </Dialog>
  );
}
