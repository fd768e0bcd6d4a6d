import { useId } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { AuditEntry } from '@shared/contract';
import { formatDateTime } from '../../../lib/format';
import { AuditDiffTable } from './AuditDiffTable';

/** One entry in full: who, when, what, and the field-by-field change. Read-only by design. */
export function AuditEntryDialog({ entry, onClose }: { entry: AuditEntry; onClose(): void }) {
  const titleId = useId();
  const facts: Array<[string, string]> = [
    ['When', formatDateTime(entry.at, { seconds: true })],
    ['Who', entry.actor ? `${entry.actor.name} (${entry.actor.email})` : 'Nobody signed in'],
    ['Channel', entry.channel],
    ['Collection', entry.collection ?? '—'],
    ['Target id', entry.targetId ?? '—'],
  ];
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>Changes made by {entry.channel}</DialogTitle>
      <DialogContent dividers>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, mt: 0, mb: 2 }}>
          {facts.map(([term, value]) => (
            <Box key={term} sx={{ display: 'contents' }}>
              <Box component="dt" sx={{ color: 'text.secondary' }}>
                {term}
              </Box>
              <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                {value}
              </Box>
            </Box>
          ))}
        </Box>
        <AuditDiffTable changes={entry.changes} />
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
