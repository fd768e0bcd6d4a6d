import { useEffect } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { HashRouter } from 'react-router-dom';
import type { ApiConnection } from '../lib/api';
import { MissingTokenView } from '../features/system/views/MissingTokenView';
import { useSystemStore } from '../features/system/store';
import { AppGate } from './AppGate';
import { ClientProvider } from './client-context';
import { theme } from './theme';

export function App({ connection }: { connection: ApiConnection }) {
  const follow = useSystemStore((state) => state.follow);
  useEffect(() => (connection.kind === 'ready' ? follow(connection.client) : undefined), [connection, follow]);

  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline />
      {connection.kind === 'ready' ? (
        <ClientProvider client={connection.client}>
          <HashRouter>
            <AppGate />
          </HashRouter>
        </ClientProvider>
      ) : (
        <MissingTokenView />
      )}
    </ThemeProvider>
  );
}
