import type { ReactElement } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArchiveIcon from '@mui/icons-material/ArchiveOutlined';
import LabelOffIcon from '@mui/icons-material/LabelOffOutlined';
import MoveIcon from '@mui/icons-material/DriveFileMoveOutlined';
import PriceChangeIcon from '@mui/icons-material/PriceChangeOutlined';
import PublishIcon from '@mui/icons-material/PublishOutlined';
import StarIcon from '@mui/icons-material/Star';
import StarBorderIcon from '@mui/icons-material/StarBorder';
import TagIcon from '@mui/icons-material/LocalOfferOutlined';
import { VISUALLY_HIDDEN } from '../list/visually-hidden';
import { BULK_IDS_MAX, BULK_TEXT, productCount, type BulkKind } from '../../hooks/bulk/bulk-actions';

export interface BulkActionsBarProps {
  /** Products selected (for "all matching", how many matched when chosen). */
  count: number;
  allMatching: boolean;
  /** Products matching the list's filters; offered as "select all" when more than are picked. */
  matching: number;
  onSelectAllMatching(): void;
  onClear(): void;
  onAction(kind: BulkKind): void;
}

/** Kept together when the bar wraps: what the products are, and what they hold. */
const BULK_GROUPS: Array<{ label: string; kinds: BulkKind[] }> = [
  { label: 'Status', kinds: ['publish', 'archive', 'feature', 'unfeature'] },
  { label: 'Contents', kinds: ['move', 'addTags', 'removeTags', 'changePrice'] },
];

const ICONS: Record<BulkKind, ReactElement> = {
  publish: <PublishIcon />,
  archive: <ArchiveIcon />,
  feature: <StarIcon />,
  unfeature: <StarBorderIcon />,
  move: <MoveIcon />,
  addTags: <TagIcon />,
  removeTags: <LabelOffIcon />,
  changePrice: <PriceChangeIcon />,
};

/**
 * What is selected and what can be done to it. The count is a live region that
 * stays mounted, so a change of selection is announced; the rest shows only
 * while something is selected.
 */
export function BulkActionsBar({ count, allMatching, matching, onSelectAllMatching, onClear, onAction }: BulkActionsBarProps) {
  const active = count > 0;
  return (
    <Box
      role="region"
      aria-label="Bulk actions"
      sx={active ? { border: 1, borderColor: 'primary.light', bgcolor: 'action.hover', borderRadius: 1, px: 1.5, py: 1 } : VISUALLY_HIDDEN}
    >
      <Stack direction="row" useFlexGap spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography role="status" variant="body2" sx={{ fontWeight: 500, mr: 1 }}>
          {!active ? '' : allMatching ? `All ${productCount(count)} matching this filter selected` : `${count.toLocaleString()} selected`}
        </Typography>
        {active && !allMatching && matching > count && (
          <Button size="small" onClick={onSelectAllMatching}>
            Select all {matching.toLocaleString()} matching this filter
          </Button>
        )}
        {active && (
          <Button size="small" onClick={onClear}>
            Clear selection
          </Button>
        )}
        {active && !allMatching && count > BULK_IDS_MAX && (
          <Typography variant="body2" color="warning.main">
            Bulk changes take at most {BULK_IDS_MAX.toLocaleString()} picked rows; select all matching instead.
          </Typography>
        )}
      </Stack>
      {active && (
        <>
          <Divider sx={{ my: 1 }} />
          <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', columnGap: 3, rowGap: 0.5 }}>
            {BULK_GROUPS.map((group) => (
              <Stack key={group.label} direction="row" useFlexGap sx={{ flexWrap: 'wrap', columnGap: 0.25 }} role="group" aria-label={group.label}>
                {group.kinds.map((kind) => (
                  <Button key={kind} size="small" startIcon={ICONS[kind]} onClick={() => onAction(kind)}>
                    {BULK_TEXT[kind].button}
                  </Button>
                ))}
              </Stack>
            ))}
          </Stack>
        </>
      )}
    </Box>
  );
}
