import { useEffect, useRef, type KeyboardEvent } from 'react';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';
import { useSyncedDraft } from '../../hooks/list/useSyncedDraft';

export const SEARCH_DEBOUNCE_MS = 300;
const SEARCH_MAX = 200;

export interface SearchFieldProps {
  /** The search in the address. */
  applied: string;
  onApply(search: string): void;
}

/** Searches once typing pauses (or on Enter), so each key is not a query. */
export function SearchField({ applied, onApply }: SearchFieldProps) {
  const { draft, setDraft, markSent } = useSyncedDraft(applied);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const apply = (text: string) => {
    clearTimeout(timer.current);
    const search = text.trim();
    markSent(search);
    onApply(search);
  };
  const change = (text: string) => {
    setDraft(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => apply(text), SEARCH_DEBOUNCE_MS);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') apply(draft);
    else if (event.key === 'Escape' && draft !== '') {
      event.preventDefault();
      change('');
    }
  };

  return (
    <TextField
      type="search"
      label="Search products"
      size="small"
      value={draft}
      onChange={(event) => change(event.target.value)}
      onKeyDown={onKeyDown}
      helperText="SKU, slug, or name"
      slotProps={{
        htmlInput: { maxLength: SEARCH_MAX, spellCheck: false },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
      sx={{ width: 300 }}
    />
  );
}
