import Box from '@mui/material/Box';
import { describeAuditValue } from '../audit-values';

const MONOSPACE = { fontFamily: 'monospace', fontSize: '0.8125rem', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', m: 0 } as const;

/** One before/after value: text as is, JSON pretty-printed, absent and redacted values marked. */
export function AuditValue({ value }: { value: unknown }) {
  const view = describeAuditValue(value);
  switch (view.kind) {
    case 'none':
      return (
        <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
          {view.text}
        </Box>
      );
    case 'redacted':
      return (
        <Box component="span" title="Secret values never reach the audit log" sx={{ ...MONOSPACE, color: 'text.secondary', fontStyle: 'italic' }}>
          {view.text}
        </Box>
      );
    case 'text':
      return (
        <Box component="span" sx={MONOSPACE}>
          {view.text}
        </Box>
      );
    case 'json':
      return (
        <Box component="pre" sx={MONOSPACE}>
          {view.text}
        </Box>
      );
  }
}
