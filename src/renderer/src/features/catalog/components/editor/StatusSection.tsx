import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { PRODUCT_STATUSES, type ProductStatus } from '@shared/enums';
import { EditorSection } from './EditorSection';
import { fieldId } from './EditorTextField';

export const STATUS_LABEL: Record<ProductStatus, string> = { draft: 'Draft', published: 'Published', archived: 'Archived' };
const STATUS_HINT: Record<ProductStatus, string> = {
  draft: 'Not shown in the shop yet',
  published: 'Shown in the shop',
  archived: 'Hidden from the shop, kept for orders and reports',
};

export interface StatusSectionProps {
  status: ProductStatus;
  featured: boolean;
  onChange(change: { status?: ProductStatus; featured?: boolean }): void;
}

export function StatusSection({ status, featured, onChange }: StatusSectionProps) {
  return (
    <EditorSection id="status" title="Status">
      <TextField
        select
        id={fieldId('status')}
        label="Status"
        value={status}
        onChange={(event) => onChange({ status: event.target.value as ProductStatus })}
        helperText={STATUS_HINT[status]}
        fullWidth
      >
        {PRODUCT_STATUSES.map((value) => (
          <MenuItem key={value} value={value}>
            {STATUS_LABEL[value]}
          </MenuItem>
        ))}
      </TextField>
      <FormControlLabel control={<Switch checked={featured} onChange={(event) => onChange({ featured: event.target.checked })} />} label="Featured on the shop’s front page" />
    </EditorSection>
  );
}
