import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import type { ProductFilters } from '@shared/contract';
import { parsePrice } from '../../list-urls';
import { useSyncedDraft } from '../../hooks/list/useSyncedDraft';

type PriceRange = Pick<ProductFilters, 'priceMin' | 'priceMax'>;
interface Draft {
  min: string;
  max: string;
}

export interface PriceRangeFieldsProps {
  applied: PriceRange;
  onApply(range: PriceRange): void;
}

const NOT_A_PRICE = 'A price like 12 or 12.50';

function asText(range: PriceRange): Draft {
  return { min: range.priceMin === undefined ? '' : String(range.priceMin), max: range.priceMax === undefined ? '' : String(range.priceMax) };
}
const sameDraft = (a: Draft, b: Draft) => a.min === b.min && a.max === b.max;

/** What is wrong with a typed range, per field; empty when it can be applied. */
export function priceRangeErrors(draft: Draft): { min?: string; max?: string } {
  const min = draft.min.trim() ? parsePrice(draft.min) : undefined;
  const max = draft.max.trim() ? parsePrice(draft.max) : undefined;
  const errors: { min?: string; max?: string } = {};
  if (draft.min.trim() && min === undefined) errors.min = NOT_A_PRICE;
  if (draft.max.trim() && max === undefined) errors.max = NOT_A_PRICE;
  if (min !== undefined && max !== undefined && min > max) errors.max = 'Must not be below the minimum';
  return errors;
}

/** Minimum and maximum (regular) price, applied on Enter or when focus leaves the pair, once valid. */
export function PriceRangeFields({ applied, onApply }: PriceRangeFieldsProps) {
  const { draft, setDraft, markSent } = useSyncedDraft(asText(applied), sameDraft);
  const errors = priceRangeErrors(draft);
  const valid = !errors.min && !errors.max;

  const apply = () => {
    if (!valid) return;
    const range = { priceMin: parsePrice(draft.min), priceMax: parsePrice(draft.max) };
    const sent = asText(range);
    if (sameDraft(sent, asText(applied))) return;
    markSent(sent);
    onApply(range);
  };
  const field = (which: keyof Draft, label: string) => (
    <TextField
      label={label}
      size="small"
      value={draft[which]}
      onChange={(event) => setDraft({ ...draft, [which]: event.target.value })}
      onBlur={(event) => {
        // Moving between the two boxes applies nothing; leaving the pair does.
        const group = event.currentTarget.closest('[role="group"]');
        if (!group?.contains(event.relatedTarget as Node | null)) apply();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply();
      }}
      error={Boolean(errors[which])}
      helperText={errors[which] ?? ' '}
      slotProps={{ htmlInput: { inputMode: 'decimal', maxLength: 12 } }}
      sx={{ width: 130 }}
    />
  );

  return (
    <Box role="group" aria-label="Price range" sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
      {field('min', 'Min price')}
      {field('max', 'Max price')}
    </Box>
  );
}
