import { useState } from 'react';
import Box from '@mui/material/Box';
import ImageIcon from '@mui/icons-material/ImageOutlined';
import type { ProductRow } from '@shared/contract';

const SIZE = 40;

/** The primary image, small; a placeholder when there is none or it does not load. */
export function ProductThumbnail({ image, name }: { image: ProductRow['image']; name: string }) {
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const frame = { width: SIZE, height: SIZE, borderRadius: 1, flexShrink: 0, display: 'block' } as const;
  if (!image || failedUrl === image.url) {
    return (
      <Box sx={{ ...frame, display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'action.hover', color: 'text.secondary' }}>
        <ImageIcon titleAccess={image ? `Image of ${name} could not be loaded` : `No image of ${name}`} fontSize="small" />
      </Box>
    );
  }
  return (
    <Box
      component="img"
      src={image.url}
      alt={image.alt?.trim() || name}
      loading="lazy"
      onError={() => setFailedUrl(image.url)}
      sx={{ ...frame, objectFit: 'cover', bgcolor: 'action.hover' }}
    />
  );
}
