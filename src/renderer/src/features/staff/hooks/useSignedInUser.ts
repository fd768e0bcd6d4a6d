import { useEffect, useState } from 'react';
import type { StaffProfile } from '@shared/contract';
import { useClient } from '../../../app/client-context';

/** Who is signed in, read once from `auth.session` (null when nobody is, or it cannot be read). */
export function useSignedInUser(): { user: StaffProfile | null; loading: boolean } {
  const client = useClient();
  const [state, setState] = useState<{ loading: boolean; user: StaffProfile | null }>({ loading: true, user: null });
  useEffect(() => {
    let live = true;
    client.call('auth.session', {}).then(
      ({ user }) => {
        if (live) setState({ loading: false, user });
      },
      () => {
        if (live) setState({ loading: false, user: null });
      },
    );
    return () => {
      live = false;
    };
  }, [client]);
  return state;
}
