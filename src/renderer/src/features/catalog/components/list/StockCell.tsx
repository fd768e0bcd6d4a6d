import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { ProductRow } from '@shared/contract';
import type { StockStatus } from '@shared/enums';

export const STOCK_LABEL: Record<StockStatus, string> = { in_stock: 'In stock', low_stock: 'Low', out_of_stock: 'Out' };

/** Filled chips; the warning one takes dark text, as white on orange is too faint to read. */
const STOCK_CHIP = {
  in_stock: { color: 'success', sx: {} },
  low_stock: { color: 'warning', sx: { color: 'common.black' } },
  out_of_stock: { color: 'error', sx: {} },
} as const;

/** Units on hand and what they mean (the status is derived from them by the main process). */
export function StockCell({ stock }: { stock: ProductRow['stock'] }) {
  const chip = STOCK_CHIP[stock.status];
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}>
      <span>{stock.quantity.toLocaleString()}</span>
      <Chip size="small" label={STOCK_LABEL[stock.status]} color={chip.color} sx={{ ...chip.sx, minWidth: 64 }} />
    </Stack>
  );
}
