import { useContext, type RefObject } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { UNSAFE_DataRouterContext } from 'react-router-dom';
import { useBeforeUnloadWarning, useDataRouterLeaveGuard, useHistoryLeaveGuard, type LeaveBlocker } from '../../hooks/editor/useLeaveGuard';

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

function DataRouterGuard({ when, bypassRef }: LeaveGuardProps) {
  return <LeaveDialog blocker={useDataRouterLeaveGuard(when, bypassRef)} />;
}

function HistoryGuard({ when, bypassRef }: LeaveGuardProps) {
  return <LeaveDialog blocker={useHistoryLeaveGuard(when, bypassRef)} />;
}

/**
 * Asks before unsaved edits are left behind: in the app (react-router's
 * useBlocker where the router is a data router, else the history guard) and
 * when the window is closed or reloaded.
 */
export function LeaveGuard(props: LeaveGuardProps) {
  const dataRouter = useContext(UNSAFE_DataRouterContext) !== null;
  useBeforeUnloadWarning(props.when);
  return dataRouter ? <DataRouterGuard {...props} /> : <HistoryGuard {...props} />;
}
