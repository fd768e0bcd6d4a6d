import { useState } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { newVariantRow, type VariantRow } from '../../editor-form';
import type { FieldFeedback } from '../../hooks/editor/useProductForm';
import { ChipsField } from './ChipsField';
import { EditorSection } from './EditorSection';
import { EditorTextField } from './EditorTextField';
import { AddRowButton, RemoveRowButton } from './RowActions';

export interface VariantsSectionProps {
  rows: VariantRow[];
  onChange(rows: VariantRow[]): void;
  feedback: FieldFeedback;
  currency: string;
}

/** Options a customer chooses (size, colour), each with its values and what it adds to the price. */
export function VariantsSection({ rows, onChange, feedback, currency }: VariantsSectionProps) {
  const [added, setAdded] = useState<string | null>(null);
  const add = () => {
    const row = newVariantRow();
    setAdded(row.rowId);
    onChange([...rows, row]);
  };
  const update = (rowId: string, change: Partial<VariantRow>) => onChange(rows.map((row) => (row.rowId === rowId ? { ...row, ...change } : row)));
  return (
    <EditorSection id="variants" title="Variants" action={<AddRowButton label="Add variant" onClick={add} disabled={rows.length >= 20} />}>
      {rows.length === 0 && <Typography color="text.secondary">No variants. Add one for choices such as size or colour.</Typography>}
      {rows.map((row, index) => (
        <Stack key={row.rowId} role="group" aria-label={`Variant ${index + 1}`} direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <Box sx={{ width: 160, flexShrink: 0 }}>
            <EditorTextField
              path={`variants.${index}.name`}
              touchPath="variants"
              label="Variant name"
              size="small"
              autoFocus={row.rowId === added}
              value={row.name}
              onChange={(name) => update(row.rowId, { name })}
              feedback={feedback}
            />
          </Box>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <ChipsField
              path={`variants.${index}.values`}
              label="Values"
              size="small"
              values={row.values}
              onChange={(values) => update(row.rowId, { values })}
              feedback={feedback}
            />
          </Box>
          <Box sx={{ width: 130, flexShrink: 0 }}>
            <EditorTextField
              path={`variants.${index}.priceModifier`}
              touchPath="variants"
              label="Price change"
              size="small"
              numeric="decimal"
              prefix={currency.trim().toUpperCase() || undefined}
              value={row.priceModifier}
              onChange={(priceModifier) => update(row.rowId, { priceModifier })}
              feedback={feedback}
              hint="+ or −"
            />
          </Box>
          <RemoveRowButton label={`Remove variant ${index + 1}`} onClick={() => onChange(rows.filter((other) => other.rowId !== row.rowId))} />
        </Stack>
      ))}
    </EditorSection>
  );
}
