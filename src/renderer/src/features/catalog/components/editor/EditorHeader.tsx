import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ArchiveIcon from '@mui/icons-material/ArchiveOutlined';
import BackIcon from '@mui/icons-material/ArrowBack';
import CopyIcon from '@mui/icons-material/ContentCopyOutlined';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Link as RouterLink } from 'react-router-dom';
import type { Product } from '@shared/contract';
import { catalogUrls } from '../../urls';
import { STATUS_LABEL } from './StatusSection';

export interface EditorHeaderProps {
  /** The stored product, or null for a new one. */
  product: Product | null;
  dirty: boolean;
  busy: boolean;
  onDuplicate(): void;
  onArchive(): void;
  onDelete(): void;
}

const savedAt = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The product's name and state, with what can be done to the whole product. */
export function EditorHeader({ product, dirty, busy, onDuplicate, onArchive, onDelete }: EditorHeaderProps) {
  return (
    <Stack spacing={1}>
      <Link component={RouterLink} to={catalogUrls.products()} underline="hover" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, alignSelf: 'flex-start' }}>
        <BackIcon fontSize="small" aria-hidden />
        Products
      </Link>
      <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
        <Stack spacing={0.5} sx={{ minWidth: 0, flex: 1 }}>
          <Typography id="product-editor-title" variant="h4" component="h1" sx={{ overflowWrap: 'anywhere' }}>
            {product ? product.name : 'New product'}
          </Typography>
          {product && (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Chip size="small" label={STATUS_LABEL[product.status]} color={product.status === 'published' ? 'primary' : 'default'} />
              {product.featured && <Chip size="small" variant="outlined" label="Featured" />}
              <Typography variant="body2" color="text.secondary">
                SKU {product.sku} · saved {savedAt(product.updatedAt)}
              </Typography>
            </Stack>
          )}
        </Stack>
        {product && (
          <Stack direction="row" spacing={1}>
            <Tooltip title={dirty ? 'Save or discard your changes first: the copy is made from the saved product' : ''}>
              <span>
                <Button startIcon={<CopyIcon />} onClick={onDuplicate} disabled={busy || dirty}>
                  Duplicate
                </Button>
              </span>
            </Tooltip>
            {product.status !== 'archived' && (
              <Button startIcon={<ArchiveIcon />} onClick={onArchive} disabled={busy}>
                Archive
              </Button>
            )}
            <Button startIcon={<DeleteIcon />} onClick={onDelete} disabled={busy} color="error">
              Delete
            </Button>
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
