import { useEffect, useState } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import type { ApiConnection } from '../lib/api';
import { MissingTokenView } from '../features/system/views/MissingTokenView';
import { useSystemStore } from '../features/system/store';
import { AppGate } from './AppGate';
import { ClientProvider } from './client-context';
import { theme } from './theme';

/**
 * A data router (hash history: the desktop renderer is a file:// page), so views
 * can hold navigation back with useBlocker (unsaved edits), Back and Forward included.
 */
function createAppRouter() {
  return createHashRouter([{ path: '*', element: <AppGate /> }]);
}

export function App({ connection }: { connection: ApiConnection }) {
  const follow = useSystemStore((state) => state.follow);
  const [router] = useState(createAppRouter);
  useEffect(() => (connection.kind === 'ready' ? follow(connection.client) : undefined), [connection, follow]);

  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline />
      {connection.kind === 'ready' ? (
        <ClientProvider client={connection.client}>
          <RouterProvider router={router} />
        </ClientProvider>
      ) : (
        <MissingTokenView />
      )}
    </ThemeProvider>
  );
}
