import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Category, ProductFilters } from '@shared/contract';
import { PRODUCT_STATUSES, STOCK_STATUSES } from '@shared/enums';
import { CategorySelect } from '../shared/CategorySelect';
import { hasProductFilters } from '../../list-urls';
import { PriceRangeFields } from './PriceRangeFields';
import { SearchField } from './SearchField';
import { STATUS_LABEL } from './StatusChip';

export interface ProductFilterBarProps {
  filters: ProductFilters;
  categories: readonly Category[];
  categoriesLoading: boolean;
  brands: readonly string[];
  onChange(patch: Partial<ProductFilters>, options?: { replace?: boolean }): void;
  onClear(): void;
}

/** An empty choice ("Any status") is a real option, so the label stays up and the value shows. */
const SELECT_SLOTS = { select: { displayEmpty: true }, inputLabel: { shrink: true } } as const;
const ROW = { flexWrap: 'wrap', alignItems: 'flex-start' } as const;
const STOCK_FILTER_LABEL = { in_stock: 'In stock', low_stock: 'Low stock', out_of_stock: 'Out of stock' } as const;

function featuredValue(featured: boolean | undefined): string {
  return featured === undefined ? '' : featured ? 'yes' : 'no';
}

/** The list's filters; every change goes straight to the address. */
export function ProductFilterBar({ filters, categories, categoriesLoading, brands, onChange, onClear }: ProductFilterBarProps) {
  const brandOptions = filters.brand && !brands.includes(filters.brand) ? [...brands, filters.brand] : brands;
  // A bookmarked category that no longer exists still filters; the select just cannot name it.
  const category = filters.category && categories.some((candidate) => candidate.id === filters.category) ? filters.category : null;

  return (
    <Stack role="search" aria-label="Filter products" spacing={1.5}>
      <Stack direction="row" useFlexGap spacing={2} sx={ROW}>
        <SearchField applied={filters.search ?? ''} onApply={(search) => onChange({ search: search || undefined }, { replace: true })} />
        <TextField
          select
          label="Status"
          size="small"
          value={filters.status ?? ''}
          onChange={(event) => onChange({ status: (event.target.value || undefined) as ProductFilters['status'] })}
          slotProps={SELECT_SLOTS}
          sx={{ width: 150 }}
        >
          <MenuItem value="">Any status</MenuItem>
          {PRODUCT_STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              {STATUS_LABEL[status]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Stock"
          size="small"
          value={filters.stock ?? ''}
          onChange={(event) => onChange({ stock: (event.target.value || undefined) as ProductFilters['stock'] })}
          slotProps={SELECT_SLOTS}
          sx={{ width: 150 }}
        >
          <MenuItem value="">Any stock</MenuItem>
          {STOCK_STATUSES.map((stock) => (
            <MenuItem key={stock} value={stock}>
              {STOCK_FILTER_LABEL[stock]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Featured"
          size="small"
          value={featuredValue(filters.featured)}
          onChange={(event) => onChange({ featured: event.target.value === '' ? undefined : event.target.value === 'yes' })}
          slotProps={SELECT_SLOTS}
          sx={{ width: 150 }}
        >
          <MenuItem value="">All products</MenuItem>
          <MenuItem value="yes">Featured</MenuItem>
          <MenuItem value="no">Not featured</MenuItem>
        </TextField>
      </Stack>
      <Stack direction="row" useFlexGap spacing={2} sx={ROW}>
        <Box sx={{ width: 240 }}>
          <CategorySelect
            id="product-filter-category"
            label="Category"
            size="small"
            fullWidth
            categories={categories}
            value={category}
            onChange={(id) => onChange({ category: id ?? undefined })}
            noneLabel="All categories"
            helperText="Includes its subcategories"
            disabled={categoriesLoading && categories.length === 0}
          />
        </Box>
        <TextField
          select
          label="Brand"
          size="small"
          value={filters.brand ?? ''}
          onChange={(event) => onChange({ brand: event.target.value || undefined })}
          slotProps={SELECT_SLOTS}
          sx={{ width: 180 }}
        >
          <MenuItem value="">Any brand</MenuItem>
          {brandOptions.map((brand) => (
            <MenuItem key={brand} value={brand}>
              {brand}
            </MenuItem>
          ))}
        </TextField>
        <PriceRangeFields applied={{ priceMin: filters.priceMin, priceMax: filters.priceMax }} onApply={onChange} />
        {hasProductFilters(filters) && (
          <Box sx={{ pt: 0.5 }}>
            <Button onClick={onClear}>Clear filters</Button>
          </Box>
        )}
      </Stack>
    </Stack>
  );
}
