import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { fromDateTimeLocal, toDateTimeLocal } from '../datetime-local';
import type { StaffOption } from '../hooks/useStaffOptions';
import { AUDIT_COLLECTIONS, hasAuditFilters, type AuditFilters } from '../urls';

export interface AuditFilterBarProps {
  filters: AuditFilters;
  staff: StaffOption[];
  onChange(patch: Partial<AuditFilters>): void;
  onClear(): void;
}

/** An empty choice ("Anyone") is a real option, so the label stays up and the value shows. */
const SELECT_SLOTS = { select: { displayEmpty: true }, inputLabel: { shrink: true } } as const;
const ROW = { flexWrap: 'wrap', alignItems: 'flex-start' } as const;

/** Filters for the audit log; every change goes straight to the address. */
export function AuditFilterBar({ filters, staff, onChange, onClear }: AuditFilterBarProps) {
  const staffOptions =
    filters.actorId && !staff.some((option) => option.id === filters.actorId) ? [...staff, { id: filters.actorId, label: `Staff member ${filters.actorId}` }] : staff;
  const collections: readonly string[] =
    filters.collection && !(AUDIT_COLLECTIONS as readonly string[]).includes(filters.collection) ? [...AUDIT_COLLECTIONS, filters.collection] : AUDIT_COLLECTIONS;
  const backwards = Boolean(filters.from && filters.to && filters.from > filters.to);

  return (
    <Stack role="search" aria-label="Filter the audit log" spacing={2}>
      <Stack direction="row" useFlexGap spacing={2} sx={ROW}>
        <TextField
          select
          label="User"
          size="small"
          value={filters.actorId ?? ''}
          onChange={(event) => onChange({ actorId: event.target.value || undefined })}
          slotProps={SELECT_SLOTS}
          sx={{ width: 300 }}
        >
          <MenuItem value="">Anyone</MenuItem>
          {staffOptions.map((option) => (
            <MenuItem key={option.id} value={option.id}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Collection"
          size="small"
          value={filters.collection ?? ''}
          onChange={(event) => onChange({ collection: event.target.value || undefined })}
          slotProps={SELECT_SLOTS}
          sx={{ width: 200 }}
        >
          <MenuItem value="">Any collection</MenuItem>
          {collections.map((collection) => (
            <MenuItem key={collection} value={collection}>
              {collection}
            </MenuItem>
          ))}
        </TextField>
        {/* Keyed by the applied value: a change in the address (back, a link) replaces what is typed here. */}
        <TargetIdField key={filters.targetId ?? ''} applied={filters.targetId ?? ''} onApply={(targetId) => onChange({ targetId: targetId || undefined })} />
      </Stack>
      <Stack direction="row" useFlexGap spacing={2} sx={ROW}>
        <TextField
          label="From"
          type="datetime-local"
          size="small"
          value={toDateTimeLocal(filters.from)}
          onChange={(event) => onChange({ from: fromDateTimeLocal(event.target.value, 'start') })}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 240 }}
        />
        <TextField
          label="To"
          type="datetime-local"
          size="small"
          value={toDateTimeLocal(filters.to)}
          onChange={(event) => onChange({ to: fromDateTimeLocal(event.target.value, 'end') })}
          error={backwards}
          helperText={backwards ? 'Must be after From' : undefined}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 240 }}
        />
        {hasAuditFilters(filters) && (
          <Box sx={{ pt: 0.5 }}>
            <Button onClick={onClear}>Clear filters</Button>
          </Box>
        )}
      </Stack>
    </Stack>
  );
}

/** Applied on Enter or when focus leaves, not on every key, so each character is not a new address. */
function TargetIdField({ applied, onApply }: { applied: string; onApply(targetId: string): void }) {
  const [draft, setDraft] = useState(applied);
  const pending = draft.trim() !== applied;
  const apply = () => {
    if (pending) onApply(draft.trim());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply();
  };
  return (
    <Box component="form" onSubmit={submit} noValidate>
      <TextField
        label="Target id"
        size="small"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={apply}
        helperText={pending ? 'Press Enter to apply' : undefined}
        slotProps={{ htmlInput: { maxLength: 64, spellCheck: false, sx: { fontFamily: 'monospace' } } }}
        sx={{ width: 260 }}
      />
    </Box>
  );
}
