import { useId, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { BulkSelection, Category, Job } from '@shared/contract';
import { errorMessage } from '../../../../lib/api';
import { BULK_TEXT, bulkAction, EMPTY_BULK_FORM, parseTags, productCount, type BulkForm, type BulkKind } from '../../hooks/bulk/bulk-actions';
import { pricePreviewLines, pricePreviewSummary } from '../../hooks/bulk/price-preview';
import { useBulkPreview } from '../../hooks/bulk/useBulkPreview';
import { useBulkStart } from '../../hooks/bulk/useBulkStart';
import { CategorySelect } from '../shared/CategorySelect';
import { PriceChangeFields } from './PriceChangeFields';
import { PricePreviewTable } from './PricePreviewTable';

export interface BulkActionDialogProps {
  kind: BulkKind;
  selection: BulkSelection;
  /** The count the list shows, until the preview has counted. */
  selectedCount: number;
  categories: readonly Category[];
  onStarted(job: Job): void;
  onClose(): void;
}

/**
 * Asks what exactly (a category, tags, a price change), counts the products
 * with `catalog.bulk.preview` (and for prices shows the first rows' old and
 * new prices), then starts the job. Mounted only while open.
 */
export function BulkActionDialog({ kind, selection, selectedCount, categories, onStarted, onClose }: BulkActionDialogProps) {
  const titleId = useId();
  const [form, setForm] = useState<BulkForm>(EMPTY_BULK_FORM);
  const built = bulkAction(kind, form);
  const action = 'action' in built ? built.action : null;
  const { preview, loading, error: previewError } = useBulkPreview(selection, action);
  const starter = useBulkStart(onStarted);
  const text = BULK_TEXT[kind];
  const count = productCount(preview?.total ?? selectedCount);
  const problem = 'problem' in built ? built.problem : null;
  // An empty field is not an error yet, only a reason to wait.
  const fieldError = (field: 'tags' | 'amount') => (problem?.field === field && (field === 'tags' ? form.tags : form.priceAmount).trim() !== '' ? problem.message : null);
  const ready = action !== null && preview !== null && preview.total > 0 && !starter.pending;
  const change = (patch: Partial<BulkForm>) => setForm((now) => ({ ...now, ...patch }));
  const destination = categories.find((category) => category.id === form.category)?.name;
  const effect = kind !== 'move' ? text.effect : destination ? `move to ${destination}` : 'be taken out of their category';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) starter.start(selection, action);
  };

  return (
    <Dialog open onClose={starter.pending ? undefined : onClose} aria-labelledby={titleId} maxWidth={kind === 'changePrice' ? 'md' : 'sm'} fullWidth>
      <DialogTitle id={titleId}>{text.title(count)}</DialogTitle>
      <Box component="form" noValidate onSubmit={submit}>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>
              {selection.kind === 'filter' ? `All ${count} matching the list’s filters` : `The ${count} selected`} will {effect}.
              {kind !== 'changePrice' && ' Each change is in the audit log.'}
            </DialogContentText>

            {kind === 'move' && (
              <CategorySelect label="Category" categories={categories} value={form.category} onChange={(category) => change({ category })} noneLabel="No category" fullWidth />
            )}
            {(kind === 'addTags' || kind === 'removeTags') && (
              <Stack spacing={1}>
                <TextField
                  autoFocus
                  label="Tags"
                  value={form.tags}
                  onChange={(event) => change({ tags: event.target.value })}
                  error={fieldError('tags') !== null}
                  helperText={fieldError('tags') ?? 'Separate tags with commas'}
                  slotProps={{ htmlInput: { autoComplete: 'off' } }}
                />
                <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }} aria-label="Tags to change">
                  {parseTags(form.tags).map((tag) => (
                    <Chip key={tag} size="small" label={tag} />
                  ))}
                </Stack>
              </Stack>
            )}
            {kind === 'changePrice' && <PriceChangeFields form={form} onChange={change} amountError={fieldError('amount')} disabled={starter.pending} />}

            {action !== null && loading && <LinearProgress aria-label={kind === 'changePrice' ? 'Working out the new prices' : 'Counting the products'} />}
            {preview !== null && preview.total === 0 && <Alert severity="info">No product matches any more; there is nothing to change.</Alert>}
            {kind === 'changePrice' && preview !== null && preview.sample.length > 0 && (
              <Stack spacing={1}>
                <Typography variant="body2">{pricePreviewSummary(preview.total, preview.sample)}</Typography>
                <PricePreviewTable lines={pricePreviewLines(preview.sample)} />
                <Typography variant="body2" color="text.secondary">
                  Rows that would be refused are left as they are and listed as failed, with the reason, when the change has run.
                </Typography>
              </Stack>
            )}
            {Boolean(previewError) && <Alert severity="error">Could not count the products: {errorMessage(previewError)}</Alert>}
            {Boolean(starter.error) && (
              <Alert severity="error" role="alert">
                Could not start: {errorMessage(starter.error)}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={starter.pending}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={!ready}
            startIcon={starter.pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
          >
            {text.confirm(count)}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
