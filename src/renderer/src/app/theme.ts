import { createTheme } from '@mui/material/styles';

/** Light and dark palettes; MUI follows the OS setting (prefers-color-scheme). */
export const theme = createTheme({
  colorSchemes: {
    light: { palette: { primary: { main: '#1e5a8a' }, secondary: { main: '#7a4e9c' } } },
    dark: { palette: { primary: { main: '#8cc4f0' }, secondary: { main: '#c9a6e6' } } },
  },
  shape: { borderRadius: 8 },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  components: {
    // The ripple alone is too faint a sign of keyboard focus: every button, link-like
    // list item, radio and toggle gets an outline when focused from the keyboard.
    MuiButtonBase: {
      styleOverrides: {
        root: ({ theme }) => ({
          '&.Mui-focusVisible': { outline: `2px solid ${(theme.vars ?? theme).palette.primary.main}`, outlineOffset: 2 },
        }),
      },
    },
    // Inside menus and the drawer an outside outline would be clipped: draw it inside.
    MuiListItemButton: { styleOverrides: { root: { '&.Mui-focusVisible': { outlineOffset: -2 } } } },
    MuiMenuItem: { styleOverrides: { root: { '&.Mui-focusVisible': { outlineOffset: -2 } } } },
  },
});
