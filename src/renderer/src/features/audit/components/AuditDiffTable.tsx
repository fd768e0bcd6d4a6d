import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { AuditEntry } from '@shared/contract';
import { AuditValue } from './AuditValue';

/** The fields one audited call changed: field, before, after. */
export function AuditDiffTable({ changes }: { changes: AuditEntry['changes'] }) {
  if (changes.length === 0) return <Typography color="text.secondary">This call changed no stored fields.</Typography>;
  return (
    <Table size="small" aria-label="Changed fields" sx={{ tableLayout: 'fixed' }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '28%' }}>Field</TableCell>
          <TableCell>Before</TableCell>
          <TableCell>After</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((change) => (
          <TableRow key={change.path} sx={{ verticalAlign: 'top' }}>
            <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
              {change.path}
            </TableCell>
            <TableCell>
              <AuditValue value={change.before} />
            </TableCell>
            <TableCell>
              <AuditValue value={change.after} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
