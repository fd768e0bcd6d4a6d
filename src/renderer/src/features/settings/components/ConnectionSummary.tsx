import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { CapabilityName, DatabaseSource, SystemStatus } from '@shared/contract';
import { describeDatabase } from '../../system/describe-database';

const CAPABILITY_LABEL: Record<CapabilityName, string> = {
  textSearch: 'Full-text search',
  transactions: 'Transactions',
  changeStreams: 'Change streams',
  dateTrunc: 'Date bucketing ($dateTrunc)',
};

const SOURCE_LABEL: Record<DatabaseSource, string> = {
  environment: 'MONGODB_URI environment variable',
  custom: 'Connection string saved in the OS keychain',
  embedded: 'Embedded database in the app data folder',
};

/** The live connection: state, where it comes from, what the server can do. */
export function ConnectionSummary({ status }: { status: SystemStatus | null }) {
  if (!status) return <Typography color="text.secondary">Reading the connection state…</Typography>;
  const database = status.database;
  return (
    <Table size="small" aria-label="Database connection">
      <TableBody>
        <TableRow>
          <TableCell component="th">State</TableCell>
          <TableCell>{describeDatabase(database).text}</TableCell>
        </TableRow>
        <TableRow>
          <TableCell component="th">Source</TableCell>
          <TableCell>{SOURCE_LABEL[database.source]}</TableCell>
        </TableRow>
        {database.status === 'connected' && (
          <TableRow>
            <TableCell component="th">Server features</TableCell>
            <TableCell>
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                {(Object.keys(CAPABILITY_LABEL) as CapabilityName[]).map((name) => {
                  const available = database.capabilities[name];
                  return (
                    <Chip key={name} size="small" color={available ? 'success' : 'default'} label={`${CAPABILITY_LABEL[name]}: ${available ? 'yes' : 'no'}`} />
                  );
                })}
              </Stack>
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
