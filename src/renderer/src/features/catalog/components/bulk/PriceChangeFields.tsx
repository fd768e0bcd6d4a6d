import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { BulkForm, PriceMode, PriceTarget } from '../../hooks/bulk/bulk-actions';

export interface PriceChangeFieldsProps {
  form: BulkForm;
  onChange(patch: Partial<BulkForm>): void;
  amountError: string | null;
  disabled?: boolean;
}

/** By how much (percent or an amount, negative lowers) and which prices. */
export function PriceChangeFields({ form, onChange, amountError, disabled }: PriceChangeFieldsProps) {
  const percent = form.priceMode === 'percent';
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3}>
        <FormControl disabled={disabled}>
          <FormLabel id="bulk-price-mode">Change by</FormLabel>
          <RadioGroup row aria-labelledby="bulk-price-mode" value={form.priceMode} onChange={(event) => onChange({ priceMode: event.target.value as PriceMode })}>
            <FormControlLabel value="percent" control={<Radio />} label="Percent" />
            <FormControlLabel value="fixed" control={<Radio />} label="Fixed amount" />
          </RadioGroup>
        </FormControl>
        <FormControl disabled={disabled}>
          <FormLabel id="bulk-price-target">Prices</FormLabel>
          <RadioGroup row aria-labelledby="bulk-price-target" value={form.priceTarget} onChange={(event) => onChange({ priceTarget: event.target.value as PriceTarget })}>
            <FormControlLabel value="regular" control={<Radio />} label="Regular" />
            <FormControlLabel value="sale" control={<Radio />} label="Sale" />
            <FormControlLabel value="both" control={<Radio />} label="Both" />
          </RadioGroup>
        </FormControl>
      </Stack>
      <TextField
        autoFocus
        label="Amount"
        value={form.priceAmount}
        onChange={(event) => onChange({ priceAmount: event.target.value })}
        disabled={disabled}
        error={amountError !== null}
        helperText={amountError ?? (percent ? 'Negative lowers: -10 takes 10 % off' : 'Negative lowers: -5 takes 5.00 off')}
        sx={{ maxWidth: 280 }}
        slotProps={{
          htmlInput: { inputMode: 'decimal', autoComplete: 'off' },
          input: { endAdornment: percent ? <InputAdornment position="end">%</InputAdornment> : undefined },
        }}
      />
    </Stack>
  );
}
