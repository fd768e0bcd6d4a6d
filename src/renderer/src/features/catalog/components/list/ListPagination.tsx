import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { PAGE_SIZES, type PageSize } from '../../list-urls';

export interface ListPaginationProps {
  pageIndex: number;
  pageSize: PageSize;
  /** Rows on this page. */
  shown: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  busy: boolean;
  onPrevious(): void;
  onNext(): void;
  onPageSize(size: PageSize): void;
}

/** "Showing 26–50 of 1,234": keyset pages have no numbers, so it counts from where this page starts. */
export function showingText(pageIndex: number, pageSize: number, shown: number, total: number): string {
  if (shown === 0) return `Showing 0 of ${total.toLocaleString()}`;
  const first = pageIndex * pageSize + 1;
  return `Showing ${first.toLocaleString()}–${(first + shown - 1).toLocaleString()} of ${total.toLocaleString()}`;
}

export function ListPagination({ pageIndex, pageSize, shown, total, hasPrevious, hasNext, busy, onPrevious, onNext, onPageSize }: ListPaginationProps) {
  return (
    <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap' }} component="nav" aria-label="Pages">
      <TextField
        select
        label="Rows per page"
        size="small"
        value={pageSize}
        onChange={(event) => onPageSize(Number(event.target.value) as PageSize)}
        sx={{ width: 130 }}
      >
        {PAGE_SIZES.map((size) => (
          <MenuItem key={size} value={size}>
            {size}
          </MenuItem>
        ))}
      </TextField>
      <Typography variant="body2" role="status" sx={{ minWidth: 170, textAlign: 'center' }}>
        {showingText(pageIndex, pageSize, shown, total)}
      </Typography>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" size="small" startIcon={<ChevronLeftIcon />} onClick={onPrevious} disabled={!hasPrevious || busy}>
          Previous
        </Button>
        <Button variant="outlined" size="small" endIcon={<ChevronRightIcon />} onClick={onNext} disabled={!hasNext || busy}>
          Next
        </Button>
      </Stack>
    </Stack>
  );
}
