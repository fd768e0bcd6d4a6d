import { useEffect, useId, useRef } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Box from '@mui/material/Box';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { FormError } from '../../../../components/FormError';
import { errorMessage } from '../../../../lib/api';
import { JobPanel } from '../../../jobs/components/JobPanel';
import { isFinished } from '../../../jobs/job-state';
import { useJob } from '../../../jobs/hooks/useJob';
import { useCsvImport, type ImportStep } from '../../hooks/csv/useCsvImport';
import { useCsvTemplate, useImportReport } from '../../hooks/csv/useCsvDownloads';
import { importButtonLabel, validRows } from '../../hooks/csv/import-summary';
import { CsvDryRunStep } from './CsvDryRunStep';
import { CsvFileStep } from './CsvFileStep';
import { CsvImportResult } from './CsvImportResult';
import { CsvMappingStep } from './CsvMappingStep';

const STEPS: Array<{ step: ImportStep; label: string }> = [
  { step: 'file', label: 'Choose a file' },
  { step: 'map', label: 'Map columns' },
  { step: 'check', label: 'Dry run' },
  { step: 'import', label: 'Import' },
];

export interface CsvImportDialogProps {
  /** `wrote`: an import ran, so the list should be read again. */
  onClose(wrote: boolean): void;
}

/** Import products from CSV: file, mapping, dry run, then the import itself as a job. Mounted only while open. */
export function CsvImportDialog({ onClose }: CsvImportDialogProps) {
  const titleId = useId();
  const importer = useCsvImport();
  const { state } = importer;
  const template = useCsvTemplate();
  const follow = useJob(state.job?.id ?? null, { initial: state.job });
  const report = useImportReport(state.job?.id ?? null);
  const running = follow.job !== null && !isFinished(follow.job);
  const busy = state.upload !== null || state.applying || running;
  const heading = useRef<HTMLHeadingElement>(null);
  const stepIndex = STEPS.findIndex((entry) => entry.step === state.step);

  // Each step starts at its heading, so a screen reader says where the dialog is now.
  useEffect(() => {
    if (stepIndex > 0) heading.current?.focus();
  }, [stepIndex]);

  const close = () => {
    if (!busy) onClose(state.job !== null);
  };

  return (
    <Dialog open onClose={close} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>Import products from CSV</DialogTitle>
      <DialogContent>
        <Stepper activeStep={stepIndex} sx={{ mb: 3 }} aria-label="Import steps">
          {STEPS.map((entry, index) => (
            <Step key={entry.step} completed={index < stepIndex}>
              <StepLabel>{entry.label}</StepLabel>
            </Step>
          ))}
        </Stepper>
        <Typography ref={heading} tabIndex={-1} variant="h6" component="h2" sx={{ mb: 2, outline: 'none' }}>
          {STEPS[stepIndex]?.label}
          {state.fileName && state.step !== 'file' && (
            <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
              {' '}
              · {state.fileName}
            </Box>
          )}
        </Typography>

        {state.step === 'file' && (
          <CsvFileStep
            fileName={state.fileName}
            upload={state.upload}
            analyzing={state.analyzing}
            error={state.error}
            canMapByHand={state.manualHeaders !== null}
            templatePending={template.pending}
            templateError={template.error}
            onTemplate={template.download}
            onFile={(file) => void importer.chooseFile(file)}
            onMapByHand={importer.mapByHand}
          />
        )}
        {state.step === 'map' && (
          <CsvMappingStep
            headers={state.headers}
            mapping={state.mapping}
            analyzing={state.analyzing}
            error={state.error}
            warnings={state.analysis?.warnings ?? []}
            onChange={importer.setColumn}
          />
        )}
        {state.step === 'check' && state.analysis && <CsvDryRunStep analysis={state.analysis} />}
        {state.step === 'check' && Boolean(state.error) && (
          <Box sx={{ mt: 2 }}>
            <FormError title="Could not start the import" message={errorMessage(state.error)} />
          </Box>
        )}
        {state.step === 'import' && (
          <JobPanel follow={follow} rowLabel="Row">
            {(job) => <CsvImportResult job={job} reportPending={report.pending} reportError={report.error} onReport={report.download} />}
          </JobPanel>
        )}
      </DialogContent>
      <DialogActions>
        {(state.step === 'map' || state.step === 'check') && (
          <Button onClick={() => importer.goTo(state.step === 'map' ? 'file' : 'map')} disabled={state.applying} sx={{ mr: 'auto' }}>
            Back
          </Button>
        )}
        {state.step === 'import' && !running && (
          <Button onClick={importer.startOver} sx={{ mr: 'auto' }}>
            Import another file
          </Button>
        )}
        <Button onClick={close} disabled={busy}>
          Close
        </Button>
        {state.step === 'map' && (
          <Button variant="contained" onClick={() => importer.goTo('check')} disabled={!state.analysis || state.analyzing}>
            Next: dry run
          </Button>
        )}
        {state.step === 'check' && state.analysis && (
          <Button
            variant="contained"
            onClick={() => void importer.apply()}
            disabled={state.applying || validRows(state.analysis) === 0}
            startIcon={state.applying ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
          >
            {importButtonLabel(state.analysis)}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
