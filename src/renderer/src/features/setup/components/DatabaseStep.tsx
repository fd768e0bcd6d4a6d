import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Collapse from '@mui/material/Collapse';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { contract, type ChannelOutput, type ConnectionProblem, type DatabaseChoice } from '@shared/contract';
import { useClient } from '../../../app/client-context';
import { FormError } from '../../../components/FormError';
import { fieldErrorsOf, formAlertMessage, validateInput } from '../../../lib/api';
import { useAuthStore } from '../../auth/store';

type TestResult = ChannelOutput<'settings.database.test'>;
type Phase = 'idle' | 'testing' | 'saving' | 'connecting';

const PROBLEM_LABEL: Record<ConnectionProblem, string> = {
  'bad-credentials': 'The user name or password was refused',
  'host-not-found': 'The host name was not found',
  refused: 'The connection was refused',
  tls: 'The secure connection (TLS) failed',
  timeout: 'The server did not answer in time',
  'invalid-uri': 'This is not a MongoDB connection string',
  other: 'The server could not be reached',
};

const CONNECTING_RETRY_MS = 2_000;

function describeChoice(choice: DatabaseChoice): string {
  switch (choice.mode) {
    case 'environment':
      return `MONGODB_URI: ${choice.target}`;
    case 'embedded':
      return 'the embedded database on this computer';
    case 'custom':
      return `your own MongoDB at ${choice.target}`;
  }
}

/** MONGODB_URI decides: nothing to choose, only to say so. */
function EnvironmentDatabase({ database, onDone }: { database: DatabaseChoice; onDone(): void }) {
  return (
    <Stack spacing={2}>
      <Alert severity="info">
        <AlertTitle>The database is set by MONGODB_URI</AlertTitle>
        Backroom uses <strong>{database.target}</strong>, named by the MONGODB_URI environment variable. It cannot be changed here: to choose
        another database, start Backroom without MONGODB_URI.
      </Alert>
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <Button variant="contained" onClick={onDone} autoFocus>
          Continue
        </Button>
      </Stack>
    </Stack>
  );
}

function TestResultAlert({ result }: { result: TestResult }) {
  if (result.reachable) {
    return (
      <Alert severity="success" role="status">
        Connected to {result.target}: MongoDB {result.serverVersion}.
      </Alert>
    );
  }
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{PROBLEM_LABEL[result.problem]}</AlertTitle>
      {result.message}
    </Alert>
  );
}

/** The embedded database or a MongoDB of one's own, tested before it is used. */
function DatabaseChoiceForm({ database, onDone }: { database: DatabaseChoice; onDone(): void }) {
  const client = useClient();
  const signInRequired = useAuthStore((state) => state.signInRequired);
  const [current, setCurrent] = useState(database);
  const [mode, setMode] = useState<'embedded' | 'custom'>(database.mode === 'custom' ? 'custom' : 'embedded');
  const [uri, setUri] = useState('');
  const [uriError, setUriError] = useState<string | undefined>();
  const [testResult, setTestResult] = useState<TestResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const busy = phase !== 'idle';

  // After a change the app reconnects; go on once the new database answers.
  useEffect(() => {
    if (phase !== 'connecting') return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      client.call('setup.status', {}).then(
        (status) => {
          if (!live) return;
          setCurrent(status.database);
          setPhase('idle');
          if (status.needsAdmin) onDone();
          else signInRequired('This database already has an admin. Sign in with that account.');
        },
        () => {
          if (live) timer = setTimeout(attempt, CONNECTING_RETRY_MS);
        },
      );
    };
    attempt();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [phase, client, onDone, signInRequired]);

  function checkUri(): boolean {
    const invalid = validateInput(contract['settings.database.test'].input, { uri });
    setUriError(invalid.uri);
    if (invalid.uri) document.getElementById('database-uri')?.focus();
    return !invalid.uri;
  }

  function showFailure(error: unknown) {
    setPhase('idle');
    const fields = fieldErrorsOf(error);
    if (fields.uri) {
      setUriError(fields.uri);
      document.getElementById('database-uri')?.focus();
    }
    setProblem(formAlertMessage(error, ['uri']));
  }

  async function test() {
    setProblem(null);
    setTestResult(null);
    if (!checkUri()) return;
    setPhase('testing');
    try {
      setTestResult(await client.call('settings.database.test', { uri }));
      setPhase('idle');
    } catch (error) {
      showFailure(error);
    }
  }

  async function save() {
    setProblem(null);
    const keepCurrent = mode === current.mode && (mode === 'embedded' || uri.trim() === '');
    if (keepCurrent) return onDone();
    if (mode === 'custom' && !checkUri()) return;
    setPhase('saving');
    try {
      const { database: saved } = await client.call('settings.database.save', mode === 'custom' ? { mode, uri } : { mode });
      setCurrent(saved);
      setPhase('connecting');
    } catch (error) {
      showFailure(error);
    }
  }

  return (
    <Stack spacing={2}>
      <Typography>
        Backroom now uses <strong>{describeChoice(current)}</strong>.
      </Typography>
      <Stack spacing={1}>
        <FormLabel id="database-mode-label">Where the store's data lives</FormLabel>
        <RadioGroup aria-labelledby="database-mode-label" name="database-mode" value={mode} onChange={(event) => setMode(event.target.value as 'embedded' | 'custom')}>
          <FormControlLabel value="embedded" control={<Radio />} label="Embedded database (on this computer)" disabled={busy} />
          <FormControlLabel value="custom" control={<Radio />} label="My own MongoDB" disabled={busy} />
        </RadioGroup>
      </Stack>
      <Collapse in={mode === 'custom'} unmountOnExit>
        <Stack spacing={2}>
          <TextField
            id="database-uri"
            label="Connection string"
            placeholder="mongodb://user:password@db.example.com:27017/shop"
            value={uri}
            onChange={(event) => {
              setUri(event.target.value);
              setUriError(undefined);
              setTestResult(null);
            }}
            error={Boolean(uriError)}
            helperText={uriError ?? "Credentials are stored in your operating system's keychain, never in a file"}
            disabled={busy}
            fullWidth
            slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off', autoComplete: 'off', style: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } } }}
          />
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Button variant="outlined" onClick={() => void test()} disabled={busy}>
              Test connection
            </Button>
            {phase === 'testing' && (
              <Stack direction="row" spacing={1} role="status" sx={{ alignItems: 'center' }}>
                <CircularProgress size={18} aria-hidden />
                <Typography variant="body2">Testing…</Typography>
              </Stack>
            )}
          </Stack>
          {testResult && <TestResultAlert result={testResult} />}
        </Stack>
      </Collapse>
      <FormError message={problem} />
      {(phase === 'saving' || phase === 'connecting') && (
        <Stack direction="row" spacing={1} role="status" sx={{ alignItems: 'center' }}>
          <CircularProgress size={18} aria-hidden />
          <Typography variant="body2">{phase === 'saving' ? 'Saving your choice…' : 'Connecting to the database… the status line below follows it.'}</Typography>
        </Stack>
      )}
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <Button variant="contained" onClick={() => void save()} disabled={busy}>
          Use this database
        </Button>
      </Stack>
    </Stack>
  );
}

/** Step one of setup: which database Backroom keeps the store in. */
export function DatabaseStep({ database, onDone }: { database: DatabaseChoice; onDone(): void }) {
  return database.mode === 'environment' ? <EnvironmentDatabase database={database} onDone={onDone} /> : <DatabaseChoiceForm database={database} onDone={onDone} />;
}
