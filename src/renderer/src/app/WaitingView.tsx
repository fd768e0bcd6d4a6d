import { useState } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Gate } from '../features/auth/store';
import { DatabaseStep } from '../features/setup/components/DatabaseStep';
import { useSystemStore } from '../features/system/store';

type Unavailable = Extract<Gate, { kind: 'unavailable' }>;

/** Why the app cannot start yet, in words; it retries by itself where retrying can help. */
export function WaitingView({ gate, onRetry }: { gate: Unavailable; onRetry(): void }) {
  const [choosing, setChoosing] = useState(false);
  const status = useSystemStore((state) => state.status);
  const loadError = useSystemStore((state) => state.loadError);
  const retriesByItself = gate.code === 'UNAVAILABLE' || gate.code === null;

  const [title, text] =
    !status && (loadError || gate.code === null)
      ? ["Backroom's main process is not answering", `${loadError ?? gate.message} Trying again every few seconds.`]
      : gate.code === 'UNAVAILABLE'
        ? ['Waiting for the database…', 'Backroom opens as soon as the database answers; the status line below follows the connection. The first start of the embedded database can take a minute.']
        : ['Backroom could not start', gate.message];

  // While the database cannot be reached, another one may be chosen (not when MONGODB_URI decides).
  const canChoose = gate.database !== undefined && gate.database.mode !== 'environment';
  if (choosing && gate.database) return <DatabaseStep database={gate.database} onDone={onRetry} />;

  return (
    <Stack spacing={2} component="section" aria-labelledby="waiting-title" sx={{ alignItems: 'center', textAlign: 'center' }}>
      {retriesByItself && <CircularProgress aria-hidden />}
      <Typography id="waiting-title" variant="h5" component="h1">
        {title}
      </Typography>
      <Typography color="text.secondary" role="status">
        {text}
      </Typography>
      {!retriesByItself && (
        <Button variant="contained" onClick={onRetry}>
          Try again
        </Button>
      )}
      {canChoose && (
        <Button variant="outlined" onClick={() => setChoosing(true)}>
          Use another database…
        </Button>
      )}
    </Stack>
  );
}
