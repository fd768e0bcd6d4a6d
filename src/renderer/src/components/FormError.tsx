import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { ReactNode } from 'react';

/** A form-level error, announced when it appears; renders nothing without a message. */
export function FormError({ message, title, action, id }: { message: string | null; title?: string; action?: ReactNode; id?: string }) {
  if (!message) return null;
  return (
    <Alert severity="error" role="alert" id={id} action={action}>
      {title && <AlertTitle>{title}</AlertTitle>}
      {message}
    </Alert>
  );
}
