import { useEffect, useState } from 'react';
import type { Picked } from '../../editor-form';
import { useClient } from '../../../../app/client-context';
import { errorMessage } from '../../../../lib/api';

const MOST_STAFF = 100;

/**
 * Staff who may own products, for an admin's seller picker (`staff.list` is
 * admins' only, so nothing is asked for anyone else).
 */
export function useStaffOptions(enabled: boolean): { options: Picked[]; loading: boolean; error: string | null } {
  const client = useClient();
  const [state, setState] = useState<{ options: Picked[]; loaded: boolean; error: string | null }>({ options: [], loaded: false, error: null });

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    client.call('staff.list', { includeInactive: false, limit: MOST_STAFF }).then(
      ({ items }) => {
        if (live) setState({ options: items.map((member) => ({ id: member.id, name: `${member.firstName} ${member.lastName}` })), loaded: true, error: null });
      },
      (error: unknown) => {
        if (live) setState({ options: [], loaded: true, error: errorMessage(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [client, enabled]);

  return { options: state.options, loading: enabled && !state.loaded, error: state.error };
}
