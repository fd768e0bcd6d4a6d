import Grid from '@mui/material/Grid';
import type { EditorForm } from '../../editor-form';
import type { FieldFeedback } from '../../hooks/editor/useProductForm';
import { EditorSection } from './EditorSection';
import { EditorTextField } from './EditorTextField';

type Dimensions = EditorForm['dimensions'];
const FIELDS: ReadonlyArray<readonly [keyof Dimensions, string, string]> = [
  ['weight', 'Weight', 'kg'],
  ['length', 'Length', 'cm'],
  ['width', 'Width', 'cm'],
  ['height', 'Height', 'cm'],
];

export function DimensionsSection({ dimensions, onChange, feedback }: { dimensions: Dimensions; onChange(dimensions: Dimensions): void; feedback: FieldFeedback }) {
  return (
    <EditorSection id="dimensions" title="Dimensions">
      <Grid container spacing={2}>
        {FIELDS.map(([key, label, unit]) => (
          <Grid key={key} size={6}>
            <EditorTextField
              path={`dimensions.${key}`}
              label={label}
              numeric="decimal"
              suffix={unit}
              value={dimensions[key]}
              onChange={(value) => onChange({ ...dimensions, [key]: value })}
              feedback={feedback}
            />
          </Grid>
        ))}
      </Grid>
    </EditorSection>
  );
}
