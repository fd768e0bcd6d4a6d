import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { contract } from '@shared/contract';
import { FormError } from '../../../components/FormError';
import { formAlertMessage, validateInput } from '../../../lib/api';
import { useSubmission } from '../../../lib/hooks/useSubmission';

export interface SessionTimeoutFormProps {
  minutes: number;
  onSave(minutes: number): Promise<void>;
}

/** A problem with the typed minutes, in the contract's words; undefined when it may be sent. */
export function idleTimeoutProblem(text: string): string | undefined {
  if (!/^\d+$/.test(text.trim())) return 'Enter a whole number of minutes';
  return validateInput(contract['settings.session.save'].input, { idleTimeoutMinutes: Number(text) }).idleTimeoutMinutes;
}

export function SessionTimeoutForm({ minutes, onSave }: SessionTimeoutFormProps) {
  const [text, setText] = useState(String(minutes));
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState<number | null>(null);
  const saving = useSubmission();
  const error = problem ?? saving.fields.idleTimeoutMinutes;
  const alert = formAlertMessage(saving.error, ['idleTimeoutMinutes']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const found = idleTimeoutProblem(text);
    setProblem(found);
    if (found) return;
    const value = Number(text);
    void saving.submit(async () => {
      await onSave(value);
      setSaved(value);
    });
  };

  return (
    <Box component="form" noValidate onSubmit={submit}>
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label="Idle timeout (minutes)"
            type="number"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setProblem(undefined);
              setSaved(null);
              saving.reset();
            }}
            error={Boolean(error)}
            helperText={error ?? 'From 1 to 480. Staff are signed out after this long without activity.'}
            slotProps={{ htmlInput: { min: 1, max: 480, step: 1, inputMode: 'numeric' } }}
            sx={{ width: 320 }}
          />
          <Button
            type="submit"
            variant="contained"
            disabled={saving.pending}
            startIcon={saving.pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
            sx={{ mt: 1 }}
          >
            Save
          </Button>
        </Stack>
        <FormError message={alert} />
        {saved !== null && (
          <Alert severity="success">
            Saved: staff are signed out after {saved} {saved === 1 ? 'minute' : 'minutes'} without activity.
          </Alert>
        )}
      </Stack>
    </Box>
  );
}
