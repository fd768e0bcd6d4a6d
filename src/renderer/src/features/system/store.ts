import { create } from 'zustand';
import type { SystemStatus } from '@shared/contract';
import { errorMessage, type BackroomClient } from '../../lib/api';

interface SystemStore {
  status: SystemStatus | null;
  /** Why the status could not be read at all (main process not answering). */
  loadError: string | null;
  /** Loads the status and follows its live updates; returns the stop function. */
  follow(client: BackroomClient): () => void;
}

export const useSystemStore = create<SystemStore>((set) => ({
  status: null,
  loadError: null,
  follow(client) {
    let live = true;
    const unsubscribe = client.subscribe('system.status', (status) => {
      if (live) set({ status, loadError: null });
    });
    client
      .call('system.status', {})
      .then((status) => {
        if (live) set({ status, loadError: null });
      })
      .catch((error: unknown) => {
        if (live) set({ loadError: errorMessage(error) });
      });
    return () => {
      live = false;
      unsubscribe();
    };
  },
}));
