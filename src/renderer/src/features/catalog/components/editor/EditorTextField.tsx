import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import type { FieldFeedback } from '../../hooks/editor/useProductForm';

/** The id of the input for a form path (`price.sale` -> `product-price-sale`); its message is `<id>-helper-text`. */
export const fieldId = (path: string) => `product-${path.replace(/\./g, '-')}`;

/** A hint that needs attention but does not stop a save; the icon carries the colour, the text keeps its contrast. */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'text.primary' }}>
      <WarningIcon fontSize="inherit" color="warning" aria-hidden />
      {children}
    </Box>
  );
}

export interface EditorTextFieldProps {
  /** The input path (`price.sale`): it names the message and the id. */
  path: string;
  label: string;
  value: string;
  onChange(value: string): void;
  feedback: FieldFeedback;
  /** A message that wins over the schema's (a SKU another product uses). */
  error?: string | null;
  /** Shown under the field when nothing is wrong. */
  hint?: ReactNode;
  /** What is touched on blur, when it is a group (`price`) rather than the field. */
  touchPath?: string;
  required?: boolean;
  multiline?: boolean;
  minRows?: number;
  /** Typed as text so nothing is rewritten under the fingers; the keyboard is numeric on touch screens. */
  numeric?: 'decimal' | 'numeric';
  prefix?: string;
  suffix?: string;
  autoFocus?: boolean;
  readOnly?: boolean;
  size?: 'small' | 'medium';
  monospace?: boolean;
  /** A character limit to count against, shown beside the message (it stays when the message is an error). */
  counter?: number;
}

/** A labelled text input whose message sits under it and is tied to it (aria-describedby). */
export function EditorTextField({
  path,
  label,
  value,
  onChange,
  feedback,
  error,
  hint,
  touchPath,
  required,
  multiline,
  minRows,
  numeric,
  prefix,
  suffix,
  autoFocus,
  readOnly,
  size,
  monospace,
  counter,
}: EditorTextFieldProps) {
  const message = error ?? feedback.error(path);
  const below = message ?? hint;
  return (
    <TextField
      id={fieldId(path)}
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={() => feedback.touch(touchPath ?? path)}
      error={Boolean(message)}
      helperText={
        counter === undefined ? (
          below
        ) : (
          <Box component="span" sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
            <span>{below}</span>
            <Box component="span" sx={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
              {value.trim().length} / {counter}
            </Box>
          </Box>
        )
      }
      required={required}
      multiline={multiline}
      minRows={minRows}
      autoFocus={autoFocus}
      size={size}
      fullWidth
      slotProps={{
        htmlInput: {
          readOnly,
          ...(numeric ? { inputMode: numeric } : {}),
          ...(monospace ? { spellCheck: false, autoCapitalize: 'off', style: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } } : {}),
        },
        input: {
          ...(prefix ? { startAdornment: <InputAdornment position="start">{prefix}</InputAdornment> } : {}),
          ...(suffix ? { endAdornment: <InputAdornment position="end">{suffix}</InputAdornment> } : {}),
        },
      }}
    />
  );
}

