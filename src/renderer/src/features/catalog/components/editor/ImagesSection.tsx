import { useState } from 'react';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Radio from '@mui/material/Radio';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import DownIcon from '@mui/icons-material/ArrowDownward';
import UpIcon from '@mui/icons-material/ArrowUpward';
import { newImageRow, type ImageRow } from '../../editor-form';
import type { FieldFeedback } from '../../hooks/editor/useProductForm';
import { EditorSection } from './EditorSection';
import { EditorTextField, WarningText } from './EditorTextField';
import { ImagePreview, usePreviewState } from './ImagePreview';

const PRIMARY_ERROR_ID = 'product-images-helper-text';

/** Moves the row at `index` by `delta` places. */
export function moved<T>(rows: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Without the row at `index`; when it was the primary image, the first one left becomes primary. */
export function removedImage(rows: readonly ImageRow[], index: number): ImageRow[] {
  const next = rows.filter((_, position) => position !== index);
  if (rows[index]?.isPrimary && next.length > 0 && !next.some((row) => row.isPrimary)) next[0] = { ...next[0]!, isPrimary: true };
  return next;
}

interface RowProps {
  row: ImageRow;
  index: number;
  count: number;
  feedback: FieldFeedback;
  autoFocus: boolean;
  primaryDescribedBy: string | undefined;
  onChange(row: ImageRow): void;
  onPrimary(): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

function ImageRowEditor({ row, index, count, feedback, autoFocus, primaryDescribedBy, onChange, onPrimary, onMove, onRemove }: RowProps) {
  const preview = usePreviewState(row.url);
  const label = `Image ${index + 1}`;
  return (
    <Stack role="group" aria-label={label} direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
      <ImagePreview url={row.url} state={preview.state} onLoad={preview.loaded} onError={preview.broken} />
      <Stack spacing={1.5} sx={{ flex: 1, minWidth: 0 }}>
        <EditorTextField
          path={`images.${index}.url`}
          touchPath="images"
          label="Image URL"
          size="small"
          monospace
          autoFocus={autoFocus}
          value={row.url}
          onChange={(url) => onChange({ ...row, url })}
          feedback={feedback}
          hint={preview.state === 'broken' ? <WarningText>Broken link: the image did not load</WarningText> : undefined}
        />
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <EditorTextField
            path={`images.${index}.alt`}
            touchPath="images"
            label="Alt text"
            size="small"
            value={row.alt}
            onChange={(alt) => onChange({ ...row, alt })}
            feedback={feedback}
            hint="What the image shows, for screen readers"
          />
          <FormControlLabel
            sx={{ flexShrink: 0, mr: 0, mt: 0.25 }}
            label="Primary"
            control={
              <Radio
                name="product-primary-image"
                value={row.rowId}
                checked={row.isPrimary}
                onChange={onPrimary}
                slotProps={{ input: { 'aria-label': `Primary: image ${index + 1}`, ...(primaryDescribedBy ? { 'aria-describedby': primaryDescribedBy } : {}) } }}
              />
            }
          />
        </Stack>
      </Stack>
      <Stack direction="row" sx={{ flexShrink: 0 }}>
        <Tooltip title="Move up">
          <span>
            <IconButton aria-label={`Move image ${index + 1} up`} disabled={index === 0} onClick={() => onMove(-1)} size="small">
              <UpIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title="Move down">
          <span>
            <IconButton aria-label={`Move image ${index + 1} down`} disabled={index === count - 1} onClick={() => onMove(1)} size="small">
              <DownIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title="Remove">
          <IconButton aria-label={`Remove image ${index + 1}`} onClick={onRemove} size="small">
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Stack>
    </Stack>
  );
}

export interface ImagesSectionProps {
  images: ImageRow[];
  onChange(images: ImageRow[]): void;
  feedback: FieldFeedback;
}

/** Image links with alt text: exactly one primary, in the order the shop shows them. */
export function ImagesSection({ images, onChange, feedback }: ImagesSectionProps) {
  const [added, setAdded] = useState<string | null>(null);
  const groupError = feedback.error('images');
  const add = () => {
    const row = newImageRow(images.length === 0);
    setAdded(row.rowId);
    onChange([...images, row]);
  };
  return (
    <EditorSection
      id="images"
      title="Images"
      action={
        <Button startIcon={<AddIcon />} onClick={add} disabled={images.length >= 30}>
          Add image
        </Button>
      }
    >
      {images.length === 0 && <Typography color="text.secondary">No images yet. The first one you add is the primary image.</Typography>}
      {images.map((row, index) => (
        <ImageRowEditor
          key={row.rowId}
          row={row}
          index={index}
          count={images.length}
          feedback={feedback}
          autoFocus={row.rowId === added}
          primaryDescribedBy={groupError ? PRIMARY_ERROR_ID : undefined}
          onChange={(changed) => onChange(images.map((image) => (image.rowId === row.rowId ? changed : image)))}
          onPrimary={() => onChange(images.map((image) => ({ ...image, isPrimary: image.rowId === row.rowId })))}
          onMove={(delta) => onChange(moved(images, index, delta))}
          onRemove={() => onChange(removedImage(images, index))}
        />
      ))}
      {groupError && (
        <FormHelperText id={PRIMARY_ERROR_ID} error>
          {groupError}
        </FormHelperText>
      )}
    </EditorSection>
  );
}
