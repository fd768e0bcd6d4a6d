import { useCallback, useEffect, useState } from 'react';
import { useClient } from '../../../app/client-context';

/** The idle time after which everyone is signed out, in minutes. */
export function useSessionTimeout() {
  const client = useClient();
  const [state, setState] = useState<{ minutes: number | null; error: unknown }>({ minutes: null, error: null });

  useEffect(() => {
    let live = true;
    client.call('settings.session.get', {}).then(
      ({ idleTimeoutMinutes }) => {
        if (live) setState({ minutes: idleTimeoutMinutes, error: null });
      },
      (error: unknown) => {
        if (live) setState({ minutes: null, error });
      },
    );
    return () => {
      live = false;
    };
  }, [client]);

  const save = useCallback(
    async (idleTimeoutMinutes: number) => {
      const saved = await client.call('settings.session.save', { idleTimeoutMinutes });
      setState({ minutes: saved.idleTimeoutMinutes, error: null });
    },
    [client],
  );

  return { minutes: state.minutes, loadError: state.error, save };
}
