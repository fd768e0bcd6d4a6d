import { useCallback, useEffect, useState } from 'react';
import type { ChannelInput, ChannelOutput, DatabaseChoice } from '@shared/contract';
import { useClient } from '../../../app/client-context';

export type DatabaseTestResult = ChannelOutput<'settings.database.test'>;
export type DatabaseSaveInput = ChannelInput<'settings.database.save'>;

/** Which database the app uses, and the calls that test and change it. */
export function useDatabaseChoice() {
  const client = useClient();
  const [state, setState] = useState<{ choice: DatabaseChoice | null; error: unknown }>({ choice: null, error: null });

  useEffect(() => {
    let live = true;
    client.call('setup.status', {}).then(
      ({ database }) => {
        if (live) setState({ choice: database, error: null });
      },
      (error: unknown) => {
        if (live) setState({ choice: null, error });
      },
    );
    return () => {
      live = false;
    };
  }, [client]);

  const test = useCallback((uri: string) => client.call('settings.database.test', { uri }), [client]);

  const save = useCallback(
    async (input: DatabaseSaveInput) => {
      const { database } = await client.call('settings.database.save', input);
      setState({ choice: database, error: null });
      return database;
    },
    [client],
  );

  return { choice: state.choice, loadError: state.error, test, save };
}
