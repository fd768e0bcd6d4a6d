import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { FieldFeedback } from '../../hooks/editor/useProductForm';
import { fieldId } from './EditorTextField';

export interface ChipsFieldProps {
  path: string;
  label: string;
  values: string[];
  onChange(values: string[]): void;
  feedback: FieldFeedback;
  hint?: string;
  size?: 'small' | 'medium';
}

function added(values: string[], raw: string): string[] {
  const words = raw
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
  return [...new Set([...values, ...words])];
}

/**
 * Words as chips: Enter or a comma adds what is typed, Backspace removes the
 * last chip, and leaving the field keeps a word that was typed but not added.
 */
export function ChipsField({ path, label, values, onChange, feedback, hint = 'Press Enter or type a comma to add', size }: ChipsFieldProps) {
  const [draft, setDraft] = useState('');
  const id = fieldId(path);
  const message = feedback.errorWithin(path);

  const commit = (raw: string) => {
    if (raw.trim() !== '') onChange(added(values, raw));
    setDraft('');
  };

  return (
    <Autocomplete
      multiple
      freeSolo
      id={id}
      size={size}
      options={[] as string[]}
      value={values}
      inputValue={draft}
      onInputChange={(_event, value, reason) => {
        if (reason === 'input' && value.includes(',')) commit(value);
        else setDraft(value);
      }}
      onChange={(_event, next) => onChange(added([], next.join(',')))}
      onBlur={() => {
        commit(draft);
        feedback.touch(path);
      }}
      renderInput={(params) => <TextField {...params} label={label} error={Boolean(message)} helperText={message ?? hint} />}
    />
  );
}
