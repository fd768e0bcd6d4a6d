import type { Ref } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { fieldId } from './EditorTextField';

export interface Problem {
  path: string;
  label: string;
  message: string;
}

/** Focuses the input for `path`, or for the nearest group holding it (a chip's list, an image's row). */
export function focusField(path: string): void {
  const segments = path.split('.');
  for (let length = segments.length; length > 0; length -= 1) {
    const element = document.getElementById(fieldId(segments.slice(0, length).join('.')));
    const target = element?.matches('input, textarea, [role="combobox"]') ? element : element?.querySelector<HTMLElement>('input, textarea, [role="combobox"]');
    if (target) {
      target.focus();
      return;
    }
  }
}

/**
 * After a refused save: every problem in one place, each a link to its field.
 * It takes the focus, so a screen reader hears what to fix.
 */
export function ErrorSummary({ problems, ref }: { problems: Problem[]; ref?: Ref<HTMLDivElement> }) {
  return (
    <Alert severity="error" ref={ref} tabIndex={-1} sx={{ '&:focus-visible': { outline: 2, outlineColor: 'error.main', outlineOffset: 2 } }}>
      <AlertTitle>
        {problems.length === 1 ? 'One field needs attention' : `${problems.length} fields need attention`} before this product can be saved
      </AlertTitle>
      <ul style={{ margin: 0, paddingLeft: '1.25em' }}>
        {problems.map((problem) => (
          <li key={problem.path}>
            <Link component="button" type="button" color="inherit" onClick={() => focusField(problem.path)} sx={{ verticalAlign: 'baseline', textAlign: 'left' }}>
              {problem.label}
            </Link>
            : {problem.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
