import type { RefObject } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useBeforeUnloadWarning, useLeaveBlocker, type LeaveBlocker } from '../../hooks/editor/useLeaveGuard';

interface LeaveGuardProps {
  when: boolean;
  /** Set while the editor itself navigates (after a save or delete). */
  bypassRef: RefObject<boolean>;
}

function LeaveDialog({ blocker }: { blocker: LeaveBlocker }) {
  return (
    <Dialog open={blocker.blocked} onClose={blocker.stay} aria-labelledby="leave-title" aria-describedby="leave-text" maxWidth="xs" fullWidth>
      <DialogTitle id="leave-title">Leave without saving?</DialogTitle>
      <DialogContent>
        <DialogContentText id="leave-text">Your changes to this product are not saved. If you leave now, they are lost.</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={blocker.proceed} color="error">
          Leave and lose changes
        </Button>
        <Button onClick={blocker.stay} variant="contained" autoFocus>
          Stay
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * Asks before unsaved edits are left behind: in the app (react-router's
 * useBlocker, links, navigate(), Back and Forward alike) and when the window
 * is closed or reloaded.
 */
export function LeaveGuard({ when, bypassRef }: LeaveGuardProps) {
  useBeforeUnloadWarning(when);
  return <LeaveDialog blocker={useLeaveBlocker(when, bypassRef)} />;
}
