import { createTheme } from '@mui/material/styles';

/** Light and dark palettes; MUI follows the OS setting (prefers-color-scheme). */
export const theme = createTheme({
  colorSchemes: {
    light: { palette: { primary: { main: '#1e5a8a' }, secondary: { main: '#7a4e9c' } } },
    dark: { palette: { primary: { main: '#8cc4f0' }, secondary: { main: '#c9a6e6' } } },
  },
  shape: { borderRadius: 8 },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
});
