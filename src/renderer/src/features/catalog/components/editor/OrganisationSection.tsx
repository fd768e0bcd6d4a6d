import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { Category } from '@shared/contract';
import type { EditorForm, Picked } from '../../editor-form';
import type { FieldFeedback } from '../../hooks/editor/useProductForm';
import { CategorySelect } from '../shared/CategorySelect';
import { ChipsField } from './ChipsField';
import { EditorSection } from './EditorSection';
import { EditorTextField, fieldId } from './EditorTextField';

/** Admins pick the seller among staff; a seller's products are always their own. */
export type SellerChoice = { kind: 'choose'; options: Picked[]; loading: boolean; error: string | null } | { kind: 'self'; name: string };

export interface OrganisationSectionProps {
  form: EditorForm;
  onChange(recipe: (form: EditorForm) => EditorForm): void;
  feedback: FieldFeedback;
  categories: readonly Category[];
  categoriesError: string | null;
  seller: SellerChoice;
}

export function OrganisationSection({ form, onChange, feedback, categories, categoriesError, seller }: OrganisationSectionProps) {
  const sellerMessage = feedback.error('seller');
  return (
    <EditorSection id="organisation" title="Organisation">
      <CategorySelect
        id={fieldId('category')}
        label="Category"
        categories={categories}
        value={form.category}
        onChange={(category) => onChange((current) => ({ ...current, category }))}
        noneLabel="No category"
        error={feedback.error('category') ?? (categoriesError ? `Categories could not be loaded: ${categoriesError}` : undefined)}
        fullWidth
      />
      <EditorTextField
        path="subcategory"
        label="Subcategory"
        value={form.subcategory}
        onChange={(subcategory) => onChange((current) => ({ ...current, subcategory }))}
        feedback={feedback}
      />
      <EditorTextField path="brand" label="Brand" value={form.brand} onChange={(brand) => onChange((current) => ({ ...current, brand }))} feedback={feedback} />
      <ChipsField path="tags" label="Tags" values={form.tags} onChange={(tags) => onChange((current) => ({ ...current, tags }))} feedback={feedback} />
      {seller.kind === 'self' ? (
        <TextField
          id={fieldId('seller')}
          label="Seller"
          value={seller.name}
          helperText="Your products are always your own"
          fullWidth
          slotProps={{ htmlInput: { readOnly: true } }}
        />
      ) : (
        <Autocomplete
          id={fieldId('seller')}
          options={seller.options}
          value={form.seller}
          loading={seller.loading}
          onChange={(_event, picked) => onChange((current) => ({ ...current, seller: picked }))}
          getOptionLabel={(option) => option.name}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Seller"
              error={Boolean(sellerMessage ?? seller.error)}
              helperText={sellerMessage ?? (seller.error ? `Staff could not be loaded: ${seller.error}` : 'Who sells it; empty for the store itself')}
            />
          )}
        />
      )}
    </EditorSection>
  );
}
