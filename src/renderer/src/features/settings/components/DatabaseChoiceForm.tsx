import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { contract, type DatabaseChoice } from '@shared/contract';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormError } from '../../../components/FormError';
import { formAlertMessage, validateInput } from '../../../lib/api';
import { useSubmission } from '../../../lib/hooks/useSubmission';
import type { DatabaseSaveInput, DatabaseTestResult } from '../hooks/useDatabaseChoice';

export interface DatabaseChoiceFormProps {
  choice: DatabaseChoice;
  onTest(uri: string): Promise<DatabaseTestResult>;
  onSave(input: DatabaseSaveInput): Promise<DatabaseChoice>;
}

type Mode = DatabaseSaveInput['mode'];

const CHOICE_LABEL: Record<DatabaseChoice['mode'], string> = {
  environment: 'MONGODB_URI from the environment',
  embedded: 'Embedded database',
  custom: 'Your own MongoDB server',
};

/** Switch between the embedded database and a MongoDB server of one's own. */
export function DatabaseChoiceForm({ choice, onTest, onSave }: DatabaseChoiceFormProps) {
  const modeLabelId = useId();
  const environment = choice.mode === 'environment';
  const [mode, setMode] = useState<Mode>(choice.mode === 'embedded' ? 'embedded' : 'custom');
  const [uri, setUri] = useState('');
  const [uriProblem, setUriProblem] = useState<string | undefined>();
  const [tested, setTested] = useState<DatabaseTestResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState<DatabaseChoice | null>(null);
  const testing = useSubmission();
  const saving = useSubmission();

  const showsUri = environment || mode === 'custom';
  const uriError = uriProblem ?? testing.fields.uri ?? saving.fields.uri;
  const unchanged = mode === 'embedded' && choice.mode === 'embedded';
  const alert = formAlertMessage(saving.error, ['uri']) ?? formAlertMessage(testing.error, ['uri']);

  const checkUri = (): boolean => {
    const problem = validateInput(contract['settings.database.test'].input, { uri }).uri;
    setUriProblem(problem);
    return problem === undefined;
  };

  const editUri = (value: string) => {
    setUri(value);
    setUriProblem(undefined);
    setTested(null);
    testing.reset();
    saving.reset();
  };

  const test = () => {
    setTested(null);
    if (!checkUri()) return;
    void testing.submit(async () => setTested(await onTest(uri.trim())));
  };

  const askToSave = () => {
    setSaved(null);
    saving.reset();
    if (mode === 'custom' && !checkUri()) return;
    setConfirming(true);
  };

  const save = () => {
    void saving
      .submit(async () => setSaved(await onSave(mode === 'custom' ? { mode, uri: uri.trim() } : { mode })))
      .then(() => setConfirming(false));
  };

  return (
    <Stack spacing={2}>
      <Typography>
        Now using: <strong>{CHOICE_LABEL[choice.mode]}</strong> ({choice.target})
      </Typography>
      {environment && (
        <Alert severity="info" role="note">
          MONGODB_URI is set where Backroom was started, so it decides the database. To choose one here, start Backroom without it. You can still test a
          connection string.
        </Alert>
      )}
      <FormControl disabled={environment || saving.pending}>
        <FormLabel id={modeLabelId}>Where Backroom keeps its data</FormLabel>
        <RadioGroup aria-labelledby={modeLabelId} value={environment ? '' : mode} onChange={(event) => setMode(event.target.value as Mode)}>
          <FormControlLabel value="embedded" control={<Radio />} label="Embedded database, kept in this computer's app data folder" />
          <FormControlLabel value="custom" control={<Radio />} label="My own MongoDB server" />
        </RadioGroup>
      </FormControl>
      {showsUri && (
        <TextField
          label="Connection string"
          value={uri}
          onChange={(event) => editUri(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') test();
          }}
          placeholder="mongodb://user:password@db.example.com:27017/shop"
          error={Boolean(uriError)}
          helperText={uriError ?? 'Saved in the OS keychain, never shown again. The database name comes from the path (backroom when it has none).'}
          autoComplete="off"
          fullWidth
          slotProps={{ htmlInput: { spellCheck: false, maxLength: 2000, sx: { fontFamily: 'monospace' } } }}
        />
      )}
      {tested?.reachable === true && (
        <Alert severity="success">
          Connected to {tested.target}: MongoDB {tested.serverVersion}.
        </Alert>
      )}
      {tested?.reachable === false && (
        <Alert severity="error">
          Could not connect to {tested.target}: {tested.message}
        </Alert>
      )}
      <FormError message={alert} />
      {saved && (
        <Alert severity="success">
          Saved. Backroom now uses {CHOICE_LABEL[saved.mode].toLowerCase()} ({saved.target}); everyone has been signed out.
        </Alert>
      )}
      <Stack direction="row" spacing={2}>
        {showsUri && (
          <Button
            variant="outlined"
            onClick={test}
            disabled={testing.pending}
            startIcon={testing.pending ? <CircularProgress size={16} aria-hidden /> : undefined}
          >
            {testing.pending ? 'Testing…' : 'Test connection'}
          </Button>
        )}
        <Button variant="contained" onClick={askToSave} disabled={environment || unchanged || saving.pending}>
          Save and reconnect
        </Button>
      </Stack>
      {confirming && (
        <ConfirmDialog
          open
          title="Switch the database?"
          confirmLabel="Save and reconnect"
          tone="error"
          pending={saving.pending}
          onConfirm={save}
          onClose={() => setConfirming(false)}
        >
          Backroom disconnects from {choice.target} and connects to {mode === 'custom' ? 'the server you entered' : 'the embedded database'}. Everyone will
          be signed out, you included.
        </ConfirmDialog>
      )}
    </Stack>
  );
}
