import Box from '@mui/material/Box';
import type { ProductRow } from '@shared/contract';
import { formatMoney } from './format';
import { VISUALLY_HIDDEN } from './visually-hidden';

/** The price a customer pays; on sale, the regular one struck through after it. */
export function PriceCell({ price }: { price: ProductRow['price'] }) {
  if (price.sale === null) return <>{formatMoney(price.regular, price.currency)}</>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'flex-end' }}>
      <Box component="span" sx={{ fontWeight: 600 }}>
        <Box component="span" sx={VISUALLY_HIDDEN}>
          Sale price{' '}
        </Box>
        {formatMoney(price.sale, price.currency)}
      </Box>
      <Box component="s" sx={{ color: 'text.secondary', fontSize: '0.75rem' }}>
        <Box component="span" sx={VISUALLY_HIDDEN}>
          Regular price{' '}
        </Box>
        {formatMoney(price.regular, price.currency)}
      </Box>
    </Box>
  );
}
