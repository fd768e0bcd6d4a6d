import { createContext, useContext, type ReactNode } from 'react';
import type { BackroomClient } from '../lib/api';

const ClientContext = createContext<BackroomClient | null>(null);

export function ClientProvider({ client, children }: { client: BackroomClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

/** The typed client of the main process; only inside <ClientProvider>. */
export function useClient(): BackroomClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside <ClientProvider>');
  return client;
}
