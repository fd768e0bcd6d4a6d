import { useCallback, useState } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import type { DatabaseChoice } from '@shared/contract';
import { useAuthStore } from '../../auth/store';
import { CreateAdminForm } from '../components/CreateAdminForm';
import { DatabaseStep } from '../components/DatabaseStep';

const STEPS = ['Database', 'First admin'] as const;

/** First run: choose the database, then create the first admin, who is then signed in. */
export function SetupView({ database }: { database: DatabaseChoice }) {
  const [step, setStep] = useState(0);
  const signedIn = useAuthStore((state) => state.signedIn);
  const signInRequired = useAuthStore((state) => state.signInRequired);
  // The admin form mounts when first reached (it takes focus), then stays.
  const [adminReached, setAdminReached] = useState(false);
  const next = useCallback(() => {
    setAdminReached(true);
    setStep(1);
  }, []);

  return (
    <Stack spacing={3} component="section" aria-labelledby="setup-title">
      <Box>
        <Typography id="setup-title" variant="h5" component="h1" gutterBottom>
          Set up Backroom
        </Typography>
        <Typography color="text.secondary">Two steps: where the store's data lives, then the first admin account.</Typography>
      </Box>
      <Stepper activeStep={step} aria-label="Setup steps">
        {STEPS.map((label, index) => (
          <Step key={label} completed={step > index}>
            <StepLabel>{label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Typography variant="h6" component="h2">
        {step === 0 ? 'Step 1: Database' : 'Step 2: First admin'}
      </Typography>
      {/* Both steps stay mounted, so going back and forth keeps what was typed. */}
      <Box hidden={step !== 0}>
        <DatabaseStep database={database} onDone={next} />
      </Box>
      <Box hidden={step !== 1}>
        {adminReached ? <CreateAdminForm onCreated={signedIn} onAdminExists={signInRequired} onBack={() => setStep(0)} /> : null}
      </Box>
    </Stack>
  );
}
