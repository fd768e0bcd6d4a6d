import type { KeyboardEvent } from 'react';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { AuditEntry } from '@shared/contract';
import { formatDateTime } from '../../../lib/format';

export interface AuditTableProps {
  entries: AuditEntry[];
  /** Id of the text telling how to open an entry. */
  describedBy?: string;
  dimmed?: boolean;
  onOpen(entry: AuditEntry): void;
}

const CODE = { fontFamily: 'monospace', fontSize: '0.8125rem' } as const;

function countFields(count: number): string {
  return count === 1 ? '1 field' : `${count} fields`;
}

/** The log, newest first; a row opens its changes on click, Enter or Space. */
export function AuditTable({ entries, describedBy, dimmed = false, onOpen }: AuditTableProps) {
  const onKeyDown = (entry: AuditEntry) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(entry);
    }
  };
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ opacity: dimmed ? 0.6 : 1, transition: 'opacity 150ms' }}>
      <Table size="small" aria-label="Audit log entries">
        <TableHead>
          <TableRow>
            <TableCell>When</TableCell>
            <TableCell>Who</TableCell>
            <TableCell>Channel</TableCell>
            <TableCell>Collection</TableCell>
            <TableCell>Target id</TableCell>
            <TableCell align="right">Changed</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((entry) => (
            <TableRow
              key={entry.id}
              hover
              tabIndex={0}
              onClick={() => onOpen(entry)}
              onKeyDown={onKeyDown(entry)}
              aria-describedby={describedBy}
              sx={{ cursor: 'pointer', '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 } }}
            >
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, { seconds: true })}</TableCell>
              <TableCell>
                {entry.actor ? (
                  <>
                    <Typography variant="body2">{entry.actor.name}</Typography>
                    <Typography variant="caption" color="text.secondary">
                      {entry.actor.email}
                    </Typography>
                  </>
                ) : (
                  <Typography variant="body2" color="text.secondary">
                    Nobody signed in
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={CODE}>{entry.channel}</TableCell>
              <TableCell>{entry.collection ?? '—'}</TableCell>
              <TableCell sx={{ ...CODE, overflowWrap: 'anywhere' }}>{entry.targetId ?? '—'}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {countFields(entry.changes.length)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
