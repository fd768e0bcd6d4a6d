import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import { BackroomLogo } from '../components/BackroomLogo';
import { StatusBar } from '../features/system/components/StatusBar';

const WIDTH = { sm: 440, md: 680 } as const;

/** The screens before the shell: logo, one card in the middle, the live database status at the bottom. */
export function GateLayout({ children, width = 'sm' }: { children: ReactNode; width?: keyof typeof WIDTH }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: '100vh', bgcolor: 'background.default' }}>
      <Box component="main" sx={{ flex: 1, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: 3, px: 2, py: 4 }}>
        <BackroomLogo />
        <Paper variant="outlined" sx={{ width: '100%', maxWidth: WIDTH[width], p: { xs: 3, sm: 4 } }}>
          {children}
        </Paper>
      </Box>
      <StatusBar />
    </Box>
  );
}
