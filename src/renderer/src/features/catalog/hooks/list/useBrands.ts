import { useEffect, useState } from 'react';
import { useClient } from '../../../../app/client-context';

/** The brands products carry, for the brand filter; loaded once per view. */
export function useBrands(): string[] {
  const client = useClient();
  const [brands, setBrands] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    client.call('catalog.products.brands', {}).then(
      (result) => {
        if (live) setBrands(result.brands);
      },
      // Without the list the filter offers "Any brand" only; the list itself reports real failures.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client]);
  return brands;
}
