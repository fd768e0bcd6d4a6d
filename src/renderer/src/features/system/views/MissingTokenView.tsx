import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';

/** Web mode opened without the per-launch token. */
export function MissingTokenView() {
  return (
    <Box sx={{ maxWidth: 640, mx: 'auto', mt: 10, px: 2 }}>
      <Alert severity="warning">
        <AlertTitle>This page needs its access token</AlertTitle>
        Open the full address that <code>npm run web</code> printed in its terminal. It ends in <code>#token=…</code>, a
        secret made for this launch only.
      </Alert>
    </Box>
  );
}
