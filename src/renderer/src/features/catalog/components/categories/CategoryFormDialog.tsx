import { useId, useRef, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { categoryInputSchema, type Category, type CategoryInput } from '@shared/contract';
import { FormError } from '../../../../components/FormError';
import { validateInput, type FieldErrors } from '../../../../lib/api';
import { pathLabel } from '../../category-tree';
import { useSubmission } from '../../../../lib/hooks/useSubmission';
import { DialogSubmitActions } from '../../../../components/DialogSubmitActions';
import {
  CATEGORY_FORM_FIELDS,
  changedInput,
  editProblems,
  formAlert,
  formFieldErrors,
  formValuesOf,
  SEO_DESCRIPTION_MAX,
  SEO_TITLE_MAX,
  toCategoryInput,
  type CategoryFormField,
  type CategoryFormValues,
} from './category-form';

export type CategoryFormDialogProps =
  | {
      mode: 'create';
      /** Null for a top-level category. */
      parent: Category | null;
      /** Rejects with the main process's error; the dialog shows it next to what was typed. */
      onSubmit(input: CategoryInput): Promise<unknown>;
      onClose(): void;
    }
  | {
      mode: 'edit';
      category: Category;
      /** Only the changed fields. */
      onSubmit(input: Partial<CategoryInput>): Promise<unknown>;
      onClose(): void;
    };

/** Focuses the first field in error and keeps the form's alert, just above it, in view. */
function showProblems(form: HTMLFormElement | null): void {
  setTimeout(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    form?.querySelector<HTMLElement>('[role="alert"]')?.scrollIntoView({ block: 'nearest' });
  }, 0);
}

function counter(length: number, max: number): string {
  return length > max ? `${length}/${max} characters: ${length - max} too many` : `${length}/${max} characters`;
}

/** Creates a category or edits one's details; mount it when it opens so each opening starts afresh. */
export function CategoryFormDialog(props: CategoryFormDialogProps) {
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [initial] = useState<CategoryFormValues>(() => formValuesOf(props.mode === 'edit' ? props.category : null));
  const [values, setValues] = useState<CategoryFormValues>(initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  // A field's message stays until that field is edited.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const submission = useSubmission('category');
  const serverErrors = formFieldErrors(submission.fields);
  const errorFor = (field: CategoryFormField) => (edited.has(field) ? undefined : (localErrors[field] ?? serverErrors[field]));

  const change = <F extends CategoryFormField>(field: F, value: CategoryFormValues[F]) => {
    setValues((now) => ({ ...now, [field]: value }));
    setEdited((now) => new Set(now).add(field));
  };
  const text = (field: CategoryFormField) => ({
    value: values[field] as string,
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
    error: Boolean(errorFor(field)),
    helperText: errorFor(field),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const full = toCategoryInput(values);
    const problems = {
      ...formFieldErrors(validateInput(categoryInputSchema, full)),
      ...(props.mode === 'edit' ? editProblems(values) : {}),
    };
    setLocalErrors(problems);
    setEdited(new Set());
    if (Object.keys(problems).length > 0) {
      submission.reset();
      showProblems(formRef.current);
      return;
    }
    const send = () => {
      if (props.mode === 'create') return props.onSubmit(full);
      const changed = changedInput(initial, values);
      return Object.keys(changed).length === 0 ? Promise.resolve() : props.onSubmit(changed);
    };
    void submission.submit(send).then((done) => {
      if (!done) showProblems(formRef.current);
    });
  };

  const alert = formAlert(submission.error, CATEGORY_FORM_FIELDS);
  const title =
    props.mode === 'edit' ? `Edit “${props.category.name}”` : props.parent ? `New subcategory of “${props.parent.name}”` : 'New top-level category';
  const seoTitleLength = values.seoTitle.trim().length;
  const seoDescriptionLength = values.seoDescription.trim().length;

  return (
    <Dialog open onClose={submission.pending ? undefined : props.onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      {/* A flex column that may shrink, so the content scrolls between a title and buttons that stay put. */}
      <Box component="form" ref={formRef} noValidate onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {props.mode === 'create' && props.parent && <DialogContentText>It goes under {pathLabel(props.parent)}.</DialogContentText>}
            {props.mode === 'edit' && props.category.path.length > 0 && (
              <DialogContentText>Under {props.category.path.map((entry) => entry.name).join(' / ')}.</DialogContentText>
            )}
            <FormError message={alert} />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField label="Name" required autoFocus fullWidth autoComplete="off" {...text('name')} />
              <TextField
                label="Slug"
                autoComplete="off"
                fullWidth
                {...text('slug')}
                helperText={errorFor('slug') ?? (props.mode === 'create' ? 'Made from the name when left empty' : 'Part of its address in the shop')}
                slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
              />
            </Stack>
            <TextField label="Description" multiline minRows={2} maxRows={6} {...text('description')} />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField label="Image URL" type="url" fullWidth autoComplete="off" placeholder="https://…" {...text('image')} />
              <TextField
                label="Icon"
                autoComplete="off"
                {...text('icon')}
                helperText={errorFor('icon') ?? 'A name or an emoji'}
                sx={{ width: { sm: 200 }, flexShrink: 0 }}
              />
            </Stack>
            <FormControlLabel
              control={<Switch checked={values.isActive} onChange={(event) => change('isActive', event.target.checked)} />}
              label="Active (shown in the shop)"
            />
            <Typography variant="subtitle2" component="h3">
              Search engines
            </Typography>
            <TextField
              label="SEO title"
              autoComplete="off"
              {...text('seoTitle')}
              error={Boolean(errorFor('seoTitle')) || seoTitleLength > SEO_TITLE_MAX}
              helperText={errorFor('seoTitle') ?? counter(seoTitleLength, SEO_TITLE_MAX)}
            />
            <TextField
              label="SEO description"
              multiline
              minRows={2}
              maxRows={4}
              {...text('seoDescription')}
              error={Boolean(errorFor('seoDescription')) || seoDescriptionLength > SEO_DESCRIPTION_MAX}
              helperText={errorFor('seoDescription') ?? counter(seoDescriptionLength, SEO_DESCRIPTION_MAX)}
            />
            <TextField label="Keywords" autoComplete="off" {...text('keywords')} helperText={errorFor('keywords') ?? 'Separate them with commas'} />
          </Stack>
        </DialogContent>
        <DialogSubmitActions label={props.mode === 'create' ? 'Create category' : 'Save changes'} pending={submission.pending} onCancel={props.onClose} />
      </Box>
    </Dialog>
  );
}
