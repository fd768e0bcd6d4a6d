import { useState } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { newSpecRow, type SpecRow } from '../../editor-form';
import type { FieldFeedback } from '../../hooks/editor/useProductForm';
import { EditorSection } from './EditorSection';
import { EditorTextField } from './EditorTextField';
import { AddRowButton, RemoveRowButton } from './RowActions';

export interface SpecificationsSectionProps {
  rows: SpecRow[];
  onChange(rows: SpecRow[]): void;
  feedback: FieldFeedback;
}

/** Key/value facts (material, warranty…); a key may appear once. */
export function SpecificationsSection({ rows, onChange, feedback }: SpecificationsSectionProps) {
  const [added, setAdded] = useState<string | null>(null);
  const add = () => {
    const row = newSpecRow();
    setAdded(row.rowId);
    onChange([...rows, row]);
  };
  const update = (rowId: string, change: Partial<SpecRow>) => onChange(rows.map((row) => (row.rowId === rowId ? { ...row, ...change } : row)));
  return (
    <EditorSection id="specifications" title="Specifications" action={<AddRowButton label="Add specification" onClick={add} disabled={rows.length >= 100} />}>
      {rows.length === 0 && <Typography color="text.secondary">No specifications. Add facts such as material or warranty.</Typography>}
      {rows.map((row, index) => (
        <Stack key={row.rowId} role="group" aria-label={`Specification ${index + 1}`} direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <EditorTextField
            path={`specifications.${index}.key`}
            touchPath="specifications"
            label="Specification"
            size="small"
            autoFocus={row.rowId === added}
            value={row.key}
            onChange={(key) => update(row.rowId, { key })}
            feedback={feedback}
          />
          <EditorTextField
            path={`specifications.${index}.value`}
            touchPath="specifications"
            label="Value"
            size="small"
            value={row.value}
            onChange={(value) => update(row.rowId, { value })}
            feedback={feedback}
          />
          <RemoveRowButton label={`Remove specification ${index + 1}`} onClick={() => onChange(rows.filter((other) => other.rowId !== row.rowId))} />
        </Stack>
      ))}
    </EditorSection>
  );
}
