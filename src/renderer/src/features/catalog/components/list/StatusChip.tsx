import Chip from '@mui/material/Chip';
import type { ProductStatus } from '@shared/enums';

export const STATUS_LABEL: Record<ProductStatus, string> = { draft: 'Draft', published: 'Published', archived: 'Archived' };

const STATUS_CHIP = {
  draft: { color: 'default', variant: 'outlined' },
  published: { color: 'success', variant: 'outlined' },
  archived: { color: 'default', variant: 'filled' },
} as const;

export function StatusChip({ status }: { status: ProductStatus }) {
  return <Chip size="small" label={STATUS_LABEL[status]} {...STATUS_CHIP[status]} />;
}
