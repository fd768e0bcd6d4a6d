import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { RelatedPick } from '../../editor-form';
import { useProductSearch } from '../../hooks/editor/useProductSearch';
import type { FieldFeedback } from '../../hooks/editor/useProductForm';
import { EditorSection } from './EditorSection';
import { fieldId } from './EditorTextField';

export interface RelatedProductsSectionProps {
  picked: RelatedPick[];
  onChange(picked: RelatedPick[]): void;
  feedback: FieldFeedback;
  /** This product, which cannot be related to itself (null while new). */
  selfId: string | null;
}

/** "You may also like": products found by name, SKU or slug, shown as chips. */
export function RelatedProductsSection({ picked, onChange, feedback, selfId }: RelatedProductsSectionProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const search = useProductSearch(text, open);
  const message = feedback.errorWithin('relatedProducts');
  const options = search.results.filter((result) => result.id !== selfId && !picked.some((pick) => pick.id === result.id));
  return (
    <EditorSection id="related" title="Related products">
      <Autocomplete
        multiple
        id={fieldId('relatedProducts')}
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        options={options}
        value={picked}
        loading={search.loading}
        // The server searched already; show its answer as it is.
        filterOptions={(all) => all}
        inputValue={text}
        onInputChange={(_event, value) => setText(value)}
        onChange={(_event, next) => onChange(next)}
        onBlur={() => feedback.touch('relatedProducts')}
        getOptionLabel={(option) => option.name}
        getOptionKey={(option) => option.id}
        isOptionEqualToValue={(option, value) => option.id === value.id}
        noOptionsText={text.trim() ? 'No other product matches' : 'No other products yet'}
        renderOption={({ key, ...props }, option) => (
          <Box component="li" key={key} {...props} sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
            <span>{option.name}</span>
            <Typography component="span" variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
              {option.sku}
            </Typography>
          </Box>
        )}
        renderInput={(params) => (
          <TextField {...params} label="Related products" error={Boolean(message)} helperText={message ?? 'Search by name, SKU or slug'} />
        )}
      />
    </EditorSection>
  );
}
