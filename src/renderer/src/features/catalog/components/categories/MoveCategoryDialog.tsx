import { useId, useMemo, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { Category } from '@shared/contract';
import { FormError } from '../../../../components/FormError';
import { pathLabel, subtreeIds } from '../../category-tree';
import { useSubmission } from '../../../../lib/hooks/useSubmission';
import { CategorySelect } from '../shared/CategorySelect';
import { formAlert } from './category-form';
import { DialogSubmitActions } from '../../../../components/DialogSubmitActions';

export interface MoveCategoryDialogProps {
  category: Category;
  categories: readonly Category[];
  /** Rejects with the main process's error (a cycle, a name taken under the new parent). */
  onSubmit(parent: string | null): Promise<unknown>;
  onClose(): void;
}

/** "Move to…": a new parent, or the top level; the category's own subtree cannot be chosen. */
export function MoveCategoryDialog({ category, categories, onSubmit, onClose }: MoveCategoryDialogProps) {
  const titleId = useId();
  const selectId = useId();
  const [parent, setParent] = useState<string | null>(category.parent);
  const [edited, setEdited] = useState(false);
  const submission = useSubmission('category');
  const blocked = useMemo(() => subtreeIds(categories, category.id), [categories, category.id]);
  const below = blocked.size - 1;
  const currentParent = category.parent === null ? null : (categories.find((each) => each.id === category.parent) ?? null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setEdited(false);
    void submission.submit(() => onSubmit(parent));
  };

  const fieldError = edited ? undefined : submission.fields.parent;
  const alert = formAlert(submission.error, ['parent']);

  return (
    <Dialog open onClose={submission.pending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <Box component="form" noValidate onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <DialogTitle id={titleId}>Move “{category.name}”</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <DialogContentText>
              Now {currentParent ? `under ${pathLabel(currentParent)}` : 'at the top level'}
              {below > 0 && `; its ${below === 1 ? 'subcategory moves' : `${below} subcategories move`} with it`}. Its products keep their category and
              follow it.
            </DialogContentText>
            <FormError message={alert} />
            <CategorySelect
              id={selectId}
              label="New parent"
              categories={categories}
              value={parent}
              onChange={(id) => {
                setParent(id);
                setEdited(true);
              }}
              noneLabel="None (top level)"
              disabledIds={blocked}
              error={fieldError}
              helperText="A category cannot go under itself or its own subcategories, so those are greyed out."
              fullWidth
            />
          </Stack>
        </DialogContent>
        <DialogSubmitActions label="Move" pending={submission.pending} onCancel={onClose} disabled={parent === category.parent} />
      </Box>
    </Dialog>
  );
}
