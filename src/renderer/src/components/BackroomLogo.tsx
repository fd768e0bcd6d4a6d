import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** The app icon (resources/icon.svg) and the name, as the header of the sign-in and setup screens. */
export function BackroomLogo() {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
      <svg viewBox="0 0 512 512" width="40" height="40" aria-hidden="true" focusable="false">
        <rect x="16" y="16" width="480" height="480" rx="96" fill="#1e5a8a" />
        <path d="M112 224 L256 128 L400 224 V392 H112 Z" fill="#f4f7fb" />
        <rect x="176" y="272" width="160" height="120" fill="#1e5a8a" />
        <rect x="196" y="292" width="52" height="40" fill="#8cc4f0" />
        <rect x="264" y="292" width="52" height="40" fill="#8cc4f0" />
        <rect x="196" y="340" width="120" height="40" fill="#8cc4f0" />
      </svg>
      <Typography component="div" variant="h5" sx={{ fontWeight: 700 }}>
        Backroom
      </Typography>
    </Box>
  );
}
