import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { CapabilityName } from '@shared/contract';
import { useSystemStore } from '../../system/store';
import { describeDatabase } from '../../system/describe-database';

const CAPABILITY_LABEL: Record<CapabilityName, string> = {
  textSearch: 'Full-text search',
  transactions: 'Transactions',
  changeStreams: 'Change streams',
  dateTrunc: 'Date bucketing ($dateTrunc)',
};

/** Connection details and app facts; the database choice will be edited here. */
export function SettingsView() {
  const status = useSystemStore((state) => state.status);
  return (
    <Stack spacing={3} component="section" aria-labelledby="settings-title">
      <Typography id="settings-title" variant="h4" component="h1">
        Settings
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          Database
        </Typography>
        {status ? (
          <Table size="small" aria-label="Database connection">
            <TableBody>
              <TableRow>
                <TableCell component="th">State</TableCell>
                <TableCell>{describeDatabase(status.database).text}</TableCell>
              </TableRow>
              <TableRow>
                <TableCell component="th">Source</TableCell>
                <TableCell>
                  {
                    {
                      environment: 'MONGODB_URI environment variable',
                      custom: 'Connection string saved in the OS keychain',
                      embedded: 'Embedded database in the app data folder',
                    }[status.database.source]
                  }
                </TableCell>
              </TableRow>
              {status.database.status === 'connected' && (
                <TableRow>
                  <TableCell component="th">Server features</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                      {(Object.keys(CAPABILITY_LABEL) as CapabilityName[]).map((name) => {
                        const available = status.database.status === 'connected' && status.database.capabilities[name];
                        return (
                          <Chip
                            key={name}
                            size="small"
                            color={available ? 'success' : 'default'}
                            label={`${CAPABILITY_LABEL[name]}: ${available ? 'yes' : 'no'}`}
                          />
                        );
                      })}
                    </Stack>
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        ) : (
          <Typography color="text.secondary">Reading the connection state…</Typography>
        )}
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          About
        </Typography>
        <Typography>
          Backroom {status?.appVersion ?? '…'} {status?.mode === 'web' ? '(web mode)' : status ? '(desktop)' : ''}
        </Typography>
      </Paper>
    </Stack>
  );
}
