import { useEffect, useState } from 'react';
import type { ChannelOutput } from '@shared/contract';
import { useClient } from '../../../../app/client-context';
import { useDebouncedValue } from '../../../../lib/hooks/useDebouncedValue';

type Owner = NonNullable<ChannelOutput<'catalog.products.checkUnique'>['sku']>;

const CHECK_AFTER_MS = 350;

interface Answer {
  sku: string;
  slug: string;
  owners: ChannelOutput<'catalog.products.checkUnique'>;
}

/** Only values the channel accepts are asked about; others get their message from the schema. */
const askable = (value: string, max: number) => (value.length > 0 && value.length <= max ? value : undefined);

/**
 * Which other product already uses the typed SKU and slug, asked once typing
 * pauses. An answer shows only while it still matches what is typed.
 */
export function useUniqueOwners(sku: string, slug: string, excludeId: string | undefined): { sku: Owner | null; slug: Owner | null } {
  const client = useClient();
  const wanted = useDebouncedValue(`${sku.trim()}\n${slug.trim().toLowerCase()}`, CHECK_AFTER_MS);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    const [wantedSku = '', wantedSlug = ''] = wanted.split('\n');
    const input = { sku: askable(wantedSku, 64), slug: askable(wantedSlug, 120) };
    if (!input.sku && !input.slug) return;
    let live = true;
    client.call('catalog.products.checkUnique', { ...input, ...(excludeId ? { excludeId } : {}) }).then(
      (owners) => {
        if (live) setAnswer({ sku: wantedSku, slug: wantedSlug, owners });
      },
      () => undefined, // The save checks again; a failed look-up only means no early warning.
    );
    return () => {
      live = false;
    };
  }, [client, wanted, excludeId]);

  return {
    sku: answer && answer.sku === sku.trim() ? answer.owners.sku : null,
    slug: answer && answer.slug === slug.trim().toLowerCase() ? answer.owners.slug : null,
  };
}
