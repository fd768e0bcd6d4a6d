import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useSystemStore } from '../../system/store';

/** The landing page; sales charts arrive with the analytics work. */
export function DashboardView() {
  const database = useSystemStore((state) => state.status?.database);
  return (
    <Stack spacing={2} component="section" aria-labelledby="dashboard-title">
      <Typography id="dashboard-title" variant="h4" component="h1">
        Dashboard
      </Typography>
      {database && database.status !== 'connected' && (
        <Alert severity={database.status === 'failed' ? 'error' : 'warning'}>
          The database is not connected, so store data cannot be shown. The status bar below says why and updates on its own.
        </Alert>
      )}
      <Alert severity="info">
        <strong>Not built yet.</strong> Sales charts, low-stock alerts and the moderation queue will appear here.
      </Alert>
    </Stack>
  );
}
