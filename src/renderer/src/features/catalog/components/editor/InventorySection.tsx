import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import type { StockStatus } from '@shared/enums';
import type { EditorForm } from '../../editor-form';
import type { FieldFeedback } from '../../hooks/editor/useProductForm';
import { EditorSection } from './EditorSection';
import { EditorTextField } from './EditorTextField';

export const STOCK_LABEL: Record<StockStatus, string> = { in_stock: 'In stock', low_stock: 'Low stock', out_of_stock: 'Out of stock' };
/** The dot's colour; the words carry the meaning. */
const STOCK_COLOR = { in_stock: 'success', low_stock: 'warning', out_of_stock: 'error' } as const;

export interface InventorySectionProps {
  inventory: EditorForm['inventory'];
  onChange(inventory: EditorForm['inventory']): void;
  feedback: FieldFeedback;
  /** What the numbers will give once saved (null while they are not whole numbers). */
  stockStatus: StockStatus | null;
}

export function InventorySection({ inventory, onChange, feedback, stockStatus }: InventorySectionProps) {
  return (
    <EditorSection
      id="inventory"
      title="Inventory"
      action={
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="status" aria-live="polite">
          <Typography variant="body2" color="text.secondary">
            Stock status when saved:
          </Typography>
          {stockStatus && <Box aria-hidden sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: `${STOCK_COLOR[stockStatus]}.main` }} />}
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {stockStatus ? STOCK_LABEL[stockStatus] : '—'}
          </Typography>
        </Stack>
      }
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <EditorTextField
          path="inventory.quantity"
          touchPath="inventory"
          label="Quantity"
          required
          numeric="numeric"
          value={inventory.quantity}
          onChange={(quantity) => onChange({ ...inventory, quantity })}
          feedback={feedback}
          hint="Units in stock"
        />
        <EditorTextField
          path="inventory.lowStockThreshold"
          label="Low-stock threshold"
          numeric="numeric"
          value={inventory.lowStockThreshold}
          onChange={(lowStockThreshold) => onChange({ ...inventory, lowStockThreshold })}
          feedback={feedback}
          hint="At or below this, stock is low"
        />
      </Stack>
      <FormControlLabel
        control={<Switch checked={inventory.allowBackorder} onChange={(event) => onChange({ ...inventory, allowBackorder: event.target.checked })} />}
        label="Allow backorders (keep selling when stock runs out)"
      />
    </EditorSection>
  );
}
