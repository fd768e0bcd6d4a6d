import { useId } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { Job } from '@shared/contract';
import { isFinished } from '../job-state';
import { useJob } from '../hooks/useJob';
import { JobPanel, type JobPanelProps } from './JobPanel';

export interface JobDialogProps extends Omit<JobPanelProps, 'follow'> {
  title: string;
  /** The job as its start call returned it. */
  job: Job;
  onSettled?: (job: Job) => void;
  /** Closing is offered once the job has ended (Cancel stops it before). */
  onClose(job: Job): void;
}

/** A job's progress and results in a dialog, for work started from a screen that stays behind it. */
export function JobDialog({ title, job: initial, onSettled, onClose, ...panel }: JobDialogProps) {
  const titleId = useId();
  const follow = useJob(initial.id, { initial, onSettled });
  const job = follow.job ?? initial;
  const finished = isFinished(job);
  const close = () => {
    if (finished) onClose(job);
  };
  return (
    <Dialog open onClose={close} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <JobPanel follow={follow} {...panel} />
      </DialogContent>
      <DialogActions>
        <Button variant={finished ? 'contained' : 'text'} onClick={close} disabled={!finished}>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
