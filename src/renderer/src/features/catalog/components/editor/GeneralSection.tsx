import Stack from '@mui/material/Stack';
import { withName, withSlug, type EditorForm } from '../../editor-form';
import type { FieldFeedback } from '../../hooks/editor/useProductForm';
import { EditorSection } from './EditorSection';
import { EditorTextField } from './EditorTextField';

export interface GeneralSectionProps {
  form: EditorForm;
  onChange(recipe: (form: EditorForm) => EditorForm): void;
  feedback: FieldFeedback;
}

/** Name, address (slug), SKU and the descriptions. */
export function GeneralSection({ form, onChange, feedback }: GeneralSectionProps) {
  const slugHint = form.slugEdited ? 'The product’s address in the shop' : form.slug ? 'Made from the name' : 'Made from the name when saved';
  return (
    <EditorSection id="general" title="General">
      <EditorTextField path="name" label="Name" required value={form.name} onChange={(name) => onChange((current) => withName(current, name))} feedback={feedback} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <EditorTextField
          path="slug"
          label="Slug"
          monospace
          value={form.slug}
          onChange={(slug) => onChange((current) => withSlug(current, slug))}
          feedback={feedback}
          hint={slugHint}
        />
        <EditorTextField
          path="sku"
          label="SKU"
          required
          monospace
          value={form.sku}
          onChange={(sku) => onChange((current) => ({ ...current, sku }))}
          feedback={feedback}
          hint="Unique stock-keeping unit"
        />
      </Stack>
      <EditorTextField
        path="shortDescription"
        label="Short description"
        multiline
        minRows={1}
        value={form.shortDescription}
        onChange={(shortDescription) => onChange((current) => ({ ...current, shortDescription }))}
        feedback={feedback}
        counter={500}
        hint="Shown in lists"
      />
      <EditorTextField
        path="description"
        label="Description"
        required
        multiline
        minRows={4}
        value={form.description}
        onChange={(description) => onChange((current) => ({ ...current, description }))}
        feedback={feedback}
      />
    </EditorSection>
  );
}
