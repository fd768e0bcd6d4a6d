import { useEffect, useState } from 'react';
import { useClient } from '../../../app/client-context';
import { fullName } from '../../../lib/format';

export interface StaffOption {
  id: string;
  label: string;
}

/** Staff to filter the log by: the first hundred, which covers any real shop's team. */
export function useStaffOptions(): StaffOption[] {
  const client = useClient();
  const [options, setOptions] = useState<StaffOption[]>([]);
  useEffect(() => {
    let live = true;
    client.call('staff.list', { limit: 100 }).then(
      ({ items }) => {
        if (live) setOptions(items.map((member) => ({ id: member.id, label: `${fullName(member)} (${member.email})` })));
      },
      // Without the list the filter still offers "Anyone"; the log itself reports real failures.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client]);
  return options;
}
