import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Category } from '@shared/contract';
import { inTreeOrder } from '../../hooks/useCategories';

export interface CategorySelectProps {
  label: string;
  categories: readonly Category[];
  value: string | null;
  onChange: (id: string | null) => void;
  /** The text of the "no category" choice; omit to require one. */
  noneLabel?: string;
  /** Ids that may not be chosen (a category and its subtree when moving it). */
  disabledIds?: ReadonlySet<string>;
  error?: string;
  helperText?: string;
  disabled?: boolean;
  size?: 'small' | 'medium';
  fullWidth?: boolean;
  id?: string;
}

/** A select over the category tree, indented by level. */
export function CategorySelect({ label, categories, value, onChange, noneLabel, disabledIds, error, helperText, disabled, size, fullWidth, id }: CategorySelectProps) {
  return (
    <TextField
      select
      id={id}
      label={label}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      error={Boolean(error)}
      helperText={error ?? helperText}
      disabled={disabled}
      size={size}
      fullWidth={fullWidth}
      slotProps={{ select: { displayEmpty: noneLabel !== undefined }, inputLabel: { shrink: true } }}
    >
      {noneLabel !== undefined && (
        <MenuItem value="">
          <em>{noneLabel}</em>
        </MenuItem>
      )}
      {inTreeOrder(categories).map((category) => (
        <MenuItem key={category.id} value={category.id} disabled={disabledIds?.has(category.id)} sx={{ pl: 2 + category.level * 2 }}>
          {category.name}
          {!category.isActive && ' (inactive)'}
        </MenuItem>
      ))}
    </TextField>
  );
}
