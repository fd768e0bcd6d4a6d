import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import type { EditorForm } from '../../editor-form';
import type { FieldFeedback } from '../../hooks/editor/useProductForm';
import { EditorSection } from './EditorSection';
import { EditorTextField } from './EditorTextField';

export interface PricingSectionProps {
  price: EditorForm['price'];
  onChange(price: EditorForm['price']): void;
  feedback: FieldFeedback;
}

/** Regular and sale price in one currency; the sale must stay below the regular price. */
export function PricingSection({ price, onChange, feedback }: PricingSectionProps) {
  const currency = price.currency.trim().toUpperCase() || undefined;
  return (
    <EditorSection id="pricing" title="Pricing">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <EditorTextField
          path="price.regular"
          touchPath="price"
          label="Regular price"
          required
          numeric="decimal"
          prefix={currency}
          value={price.regular}
          onChange={(regular) => onChange({ ...price, regular })}
          feedback={feedback}
        />
        <EditorTextField
          path="price.sale"
          touchPath="price"
          label="Sale price"
          numeric="decimal"
          prefix={currency}
          value={price.sale}
          onChange={(sale) => onChange({ ...price, sale })}
          feedback={feedback}
          hint="Optional; below the regular price"
        />
        <Box sx={{ width: { sm: 130 }, flexShrink: 0 }}>
          <EditorTextField
            path="price.currency"
            label="Currency"
            monospace
            value={price.currency}
            onChange={(value) => onChange({ ...price, currency: value.toUpperCase() })}
            feedback={feedback}
            hint="e.g. USD, EUR"
          />
        </Box>
      </Stack>
    </EditorSection>
  );
}
