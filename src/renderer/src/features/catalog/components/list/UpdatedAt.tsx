import { formatDateTime } from '../../../../lib/format';
import { formatUpdated } from './format';

/** When a product last changed, relative to `now`, with the full date on hover. */
export function UpdatedAt({ iso, now }: { iso: string; now: number }) {
  const full = formatDateTime(iso, { seconds: true });
  return (
    <time dateTime={iso} title={full}>
      {formatUpdated(iso, now)}
    </time>
  );
}
