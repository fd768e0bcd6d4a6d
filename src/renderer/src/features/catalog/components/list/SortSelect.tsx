import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { PRODUCT_SORTS, type ProductSort } from '@shared/contract';
import type { SortDirection } from '../../list-urls';

/** Every sort the list offers, including those without a column (created, rating). */
const OPTIONS: Record<ProductSort, Record<SortDirection, string>> = {
  updatedAt: { desc: 'Recently updated', asc: 'Least recently updated' },
  name: { asc: 'Name A–Z', desc: 'Name Z–A' },
  price: { asc: 'Price, low to high', desc: 'Price, high to low' },
  createdAt: { desc: 'Newest first', asc: 'Oldest first' },
  rating: { desc: 'Best rated', asc: 'Worst rated' },
};

export interface SortSelectProps {
  sort: ProductSort;
  direction: SortDirection;
  disabled: boolean;
  onChange(sort: ProductSort, direction: SortDirection): void;
}

export function SortSelect({ sort, direction, disabled, onChange }: SortSelectProps) {
  return (
    <TextField
      select
      label="Sort by"
      size="small"
      value={`${sort}:${direction}`}
      disabled={disabled}
      helperText={disabled ? 'Search results are ranked by relevance' : undefined}
      onChange={(event) => {
        const [nextSort, nextDirection] = event.target.value.split(':') as [ProductSort, SortDirection];
        onChange(nextSort, nextDirection);
      }}
      sx={{ width: 220 }}
    >
      {PRODUCT_SORTS.flatMap((option) =>
        (Object.keys(OPTIONS[option]) as SortDirection[]).map((optionDirection) => (
          <MenuItem key={`${option}:${optionDirection}`} value={`${option}:${optionDirection}`}>
            {OPTIONS[option][optionDirection]}
          </MenuItem>
        )),
      )}
    </TextField>
  );
}
