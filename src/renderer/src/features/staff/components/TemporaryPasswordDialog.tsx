import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CopyIcon from '@mui/icons-material/ContentCopy';
import CheckIcon from '@mui/icons-material/Check';
import type { StaffMember } from '@shared/contract';
import { fullName } from '../../../lib/format';

export interface RevealedPassword {
  member: StaffMember;
  password: string;
  reason: 'created' | 'reset';
}

/** Shows a temporary password the one time the main process hands it out. */
export function TemporaryPasswordDialog({ revealed, onClose }: { revealed: RevealedPassword; onClose(): void }) {
  const titleId = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const name = fullName(revealed.member);

  const copyPassword = () => {
    navigator.clipboard.writeText(revealed.password).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };

  return (
    // A stray click outside must not throw the only copy away: only the button closes it.
    <Dialog open onClose={(_event, reason) => reason !== 'backdropClick' && onClose()} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{revealed.reason === 'created' ? `${name} can now sign in` : `New temporary password for ${name}`}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography>
            Give {name} ({revealed.member.email}) this temporary password in person or over a channel you trust. They will choose
            their own at first sign-in.
          </Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <TextField
              label="Temporary password"
              value={revealed.password}
              fullWidth
              slotProps={{
                htmlInput: { readOnly: true, spellCheck: false, sx: { fontFamily: 'monospace', fontSize: '1.25rem', letterSpacing: '0.08em' } },
              }}
              onFocus={(event) => event.target.select()}
            />
            <Button
              variant="outlined"
              onClick={copyPassword}
              startIcon={copy === 'copied' ? <CheckIcon /> : <CopyIcon />}
              sx={{ flexShrink: 0, minHeight: 56 }}
            >
              {copy === 'copied' ? 'Copied' : 'Copy'}
            </Button>
          </Stack>
          {copy === 'failed' && <Alert severity="warning">Could not reach the clipboard; select the password and copy it by hand.</Alert>}
          <Alert severity="info" role="note">This password is shown only once. After you close this window nobody can see it again.</Alert>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
}
