import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useSystemStore } from '../store';
import { describeDatabase, type Tone } from '../describe-database';

const DOT_COLOR: Record<Tone, string> = {
  success: 'success.main',
  warning: 'warning.main',
  error: 'error.main',
  info: 'info.main',
};

/** The live database state at the bottom of every screen. */
export function StatusBar() {
  const status = useSystemStore((state) => state.status);
  const loadError = useSystemStore((state) => state.loadError);

  const line = status
    ? describeDatabase(status.database)
    : loadError
      ? { text: `Backroom's main process is not answering: ${loadError}`, tone: 'error' as const }
      : { text: 'Reading status…', tone: 'info' as const };
  const state = status?.database.status ?? (loadError ? 'unreachable' : 'loading');

  return (
    <Box
      component="footer"
      role="status"
      aria-live="polite"
      data-testid="db-status"
      data-state={state}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        px: 2,
        py: 0.5,
        borderTop: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
        minHeight: 32,
      }}
    >
      {state === 'connecting' || state === 'loading' ? (
        <CircularProgress size={12} aria-hidden />
      ) : (
        <Box aria-hidden sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: DOT_COLOR[line.tone] }} />
      )}
      <Typography variant="body2" noWrap title={line.text} sx={{ flex: 1 }}>
        {line.text}
      </Typography>
      {status && (
        <Typography variant="caption" color="text.secondary">
          Backroom {status.appVersion}
          {status.mode === 'web' ? ' · web mode' : ''}
        </Typography>
      )}
    </Box>
  );
}
