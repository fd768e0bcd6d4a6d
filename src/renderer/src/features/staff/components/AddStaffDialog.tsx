import { useId, useRef, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { contract, type ChannelInput } from '@shared/contract';
import { STAFF_ROLES } from '@shared/permissions';
import { FormError } from '../../../components/FormError';
import { focusFirstInvalid } from '../../../components/focus-first-invalid';
import { formAlertMessage, validateInput, type FieldErrors } from '../../../lib/api';
import { useSubmission } from '../../../lib/hooks/useSubmission';
import { ROLE_LABEL } from '../../../components/RoleChip';
import { DialogSubmitActions } from '../../../components/DialogSubmitActions';

export type NewStaffMember = ChannelInput<'staff.create'>;

const FIELDS = ['email', 'firstName', 'lastName', 'role'] as const;
const EMPTY: NewStaffMember = { email: '', firstName: '', lastName: '', role: 'seller' };

export interface AddStaffDialogProps {
  /** Rejects with the main process's error; the dialog shows it next to the typed values. */
  onSubmit(values: NewStaffMember): Promise<unknown>;
  onClose(): void;
}

/** The form for a new staff account; mount it when it opens so each opening starts empty. */
export function AddStaffDialog({ onSubmit, onClose }: AddStaffDialogProps) {
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<NewStaffMember>(EMPTY);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const submission = useSubmission();
  // A field's message stays until that field is edited.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const errorFor = (field: string) => (edited.has(field) ? undefined : (localErrors[field] ?? submission.fields[field]));

  const change = (field: keyof NewStaffMember) => (value: string) => {
    setValues((now) => ({ ...now, [field]: value }));
    setEdited((now) => new Set(now).add(field));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = validateInput(contract['staff.create'].input, values);
    setLocalErrors(problems);
    setEdited(new Set());
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    void submission.submit(() => onSubmit(values)).then((done) => {
      if (!done) focusFirstInvalid(formRef.current);
    });
  };

  const alert = formAlertMessage(submission.error, FIELDS);

  return (
    <Dialog open onClose={submission.pending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <Box component="form" ref={formRef} noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>Add staff member</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <FormError message={alert} />
            <TextField
              label="Email"
              type="email"
              autoComplete="off"
              required
              autoFocus
              value={values.email}
              onChange={(event) => change('email')(event.target.value)}
              error={Boolean(errorFor('email'))}
              helperText={errorFor('email')}
            />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField
                label="First name"
                required
                fullWidth
                value={values.firstName}
                onChange={(event) => change('firstName')(event.target.value)}
                error={Boolean(errorFor('firstName'))}
                helperText={errorFor('firstName')}
              />
              <TextField
                label="Last name"
                required
                fullWidth
                value={values.lastName}
                onChange={(event) => change('lastName')(event.target.value)}
                error={Boolean(errorFor('lastName'))}
                helperText={errorFor('lastName')}
              />
            </Stack>
            <TextField
              select
              label="Role"
              value={values.role}
              onChange={(event) => change('role')(event.target.value)}
              error={Boolean(errorFor('role'))}
              helperText={errorFor('role') ?? 'Admins manage staff, settings and the audit log; sellers work on their own products.'}
            >
              {STAFF_ROLES.map((role) => (
                <MenuItem key={role} value={role}>
                  {ROLE_LABEL[role]}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        </DialogContent>
        <DialogSubmitActions label="Add staff member" pending={submission.pending} onCancel={onClose} />
      </Box>
    </Dialog>
  );
}
