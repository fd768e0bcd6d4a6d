import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { Category } from '@shared/contract';
import { pathLabel } from '../../category-tree';
import { actionDisabled, actionLabel, CATEGORY_ACTIONS, type ActionAvailability, type CategoryAction } from './category-actions';
import { CategoryActionIcon } from './CategoryActionIcon';

export interface CategoryDetailsProps {
  category: Category;
  subcategories: number;
  availability: ActionAvailability;
  /** Omit for a read-only panel. */
  onAction?(action: CategoryAction): void;
  /** A change is being saved: the actions wait. */
  busy?: boolean;
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box component="div" sx={{ display: 'grid', gridTemplateColumns: '9rem 1fr', gap: 1, alignItems: 'baseline' }}>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

const none = (
  <Box component="span" sx={{ color: 'text.secondary' }}>
    None
  </Box>
);

/** The selected category: what it holds, and (for admins) what can be done to it. */
export function CategoryDetails({ category, subcategories, availability, onAction, busy = false }: CategoryDetailsProps) {
  const titleId = `category-details-${category.id}`;
  return (
    <Stack component="section" aria-labelledby={titleId} spacing={2}>
      <Stack spacing={0.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography id={titleId} variant="h6" component="h2" sx={{ overflowWrap: 'anywhere' }}>
            {category.name}
          </Typography>
          {!category.isActive && <Chip size="small" variant="outlined" label="Inactive" />}
        </Stack>
        <Typography variant="body2" color="text.secondary" data-testid="category-path">
          {pathLabel(category)}
        </Typography>
      </Stack>

      {onAction && (
        <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }} role="group" aria-label={`Actions for ${category.name}`}>
          {CATEGORY_ACTIONS.map((action) => {
            // aria-disabled rather than disabled: a button that turns off under the focus
            // (Move up on reaching the top) keeps it, instead of dropping it to the page.
            const off = busy || actionDisabled(action, availability);
            return (
              <Button
                key={action}
                size="small"
                variant={action === 'edit' ? 'contained' : 'outlined'}
                color={action === 'delete' ? 'error' : 'primary'}
                startIcon={<CategoryActionIcon action={action} isActive={availability.isActive} />}
                aria-disabled={off || undefined}
                className={off ? 'Mui-disabled' : undefined}
                onClick={() => {
                  if (!off) onAction(action);
                }}
              >
                {actionLabel(action, availability.isActive)}
              </Button>
            );
          })}
        </Stack>
      )}

      <Divider />
      <Stack component="dl" spacing={1} sx={{ m: 0 }}>
        <Detail label="Slug">
          <Box component="span" sx={{ fontFamily: 'monospace' }}>
            {category.slug}
          </Box>
        </Detail>
        <Detail label="Status">{category.isActive ? 'Active: shown in the shop' : 'Inactive: hidden from the shop'}</Detail>
        <Detail label="Products">{category.productCount.toLocaleString()} directly in this category</Detail>
        <Detail label="Subcategories">{subcategories.toLocaleString()}</Detail>
        <Detail label="Description">{category.description ?? none}</Detail>
        <Detail label="Image">
          {category.image ? (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Box component="img" src={category.image} alt="" sx={{ width: 40, height: 40, objectFit: 'cover', borderRadius: 1, bgcolor: 'action.hover' }} />
              <span>{category.image}</span>
            </Stack>
          ) : (
            none
          )}
        </Detail>
        <Detail label="Icon">{category.icon ?? none}</Detail>
        <Detail label="SEO title">{category.metadata.seoTitle || none}</Detail>
        <Detail label="SEO description">{category.metadata.seoDescription || none}</Detail>
        <Detail label="Keywords">
          {category.metadata.keywords.length > 0 ? (
            <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
              {category.metadata.keywords.map((keyword) => (
                <Chip key={keyword} size="small" label={keyword} />
              ))}
            </Box>
          ) : (
            none
          )}
        </Detail>
      </Stack>
    </Stack>
  );
}
