import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { SHIPPING_CLASSES, type ShippingClass } from '@shared/enums';
import type { EditorForm } from '../../editor-form';
import type { FieldFeedback } from '../../hooks/editor/useProductForm';
import { EditorSection } from './EditorSection';
import { EditorTextField, fieldId } from './EditorTextField';

type Shipping = EditorForm['shipping'];
const CLASS_LABEL: Record<ShippingClass, string> = { standard: 'Standard', express: 'Express', overnight: 'Overnight' };

export function ShippingSection({ shipping, onChange, feedback }: { shipping: Shipping; onChange(shipping: Shipping): void; feedback: FieldFeedback }) {
  const classMessage = feedback.error('shipping.shippingClass');
  return (
    <EditorSection id="shipping" title="Shipping">
      <FormControlLabel
        control={<Switch checked={shipping.freeShipping} onChange={(event) => onChange({ ...shipping, freeShipping: event.target.checked })} />}
        label="Free shipping"
      />
      <TextField
        select
        id={fieldId('shipping.shippingClass')}
        label="Shipping class"
        value={shipping.shippingClass}
        onChange={(event) => onChange({ ...shipping, shippingClass: event.target.value as ShippingClass | '' })}
        error={Boolean(classMessage)}
        helperText={classMessage}
        fullWidth
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">
          <em>Not set</em>
        </MenuItem>
        {SHIPPING_CLASSES.map((value) => (
          <MenuItem key={value} value={value}>
            {CLASS_LABEL[value]}
          </MenuItem>
        ))}
      </TextField>
      <EditorTextField
        path="shipping.estimatedDays"
        label="Estimated delivery"
        numeric="numeric"
        suffix="days"
        value={shipping.estimatedDays}
        onChange={(estimatedDays) => onChange({ ...shipping, estimatedDays })}
        feedback={feedback}
      />
    </EditorSection>
  );
}
