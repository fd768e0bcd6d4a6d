import Box from '@mui/material/Box';
import StarIcon from '@mui/icons-material/Star';
import { VISUALLY_HIDDEN } from './visually-hidden';

/** A star for featured products; the others say so to screen readers only. */
export function FeaturedMark({ featured }: { featured: boolean }) {
  if (featured) return <StarIcon titleAccess="Featured" fontSize="small" sx={{ color: 'warning.dark', verticalAlign: 'middle' }} />;
  return (
    <Box component="span" sx={VISUALLY_HIDDEN}>
      Not featured
    </Box>
  );
}
