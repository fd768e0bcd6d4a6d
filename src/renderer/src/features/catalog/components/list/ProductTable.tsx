import type { KeyboardEvent, MouseEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { ProductRow, ProductSort } from '@shared/contract';
import { catalogUrls } from '../../urls';
import type { SortDirection } from '../../list-urls';
import { isSelected, pageSelectionState, type RowSelection } from '../../hooks/list/row-selection';
import { FeaturedMark } from './FeaturedMark';
import { PriceCell } from './PriceCell';
import { ProductThumbnail } from './ProductThumbnail';
import { StatusChip } from './StatusChip';
import { StockCell } from './StockCell';
import { UpdatedAt } from './UpdatedAt';
import { VISUALLY_HIDDEN } from './visually-hidden';

export interface ProductTableProps {
  rows: ProductRow[];
  sort: ProductSort;
  direction: SortDirection;
  /** Relevance-ranked results ignore the sort; the headers then show none. */
  sortable: boolean;
  onSort(sort: ProductSort): void;
  selection: RowSelection;
  onToggle(id: string): void;
  onTogglePage(selected: boolean): void;
  onOpen(id: string): void;
  /** When the rows were loaded, for "updated 5 minutes ago". */
  now: number;
  dimmed: boolean;
  /** Id of the text saying how to open a row. */
  describedBy?: string;
}

const SORT_LABEL = { asc: 'sorted ascending', desc: 'sorted descending' } as const;
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function SortHeader({ field, label, align, props }: { field: ProductSort; label: string; align?: 'right'; props: ProductTableProps }) {
  const active = props.sortable && props.sort === field;
  return (
    <TableCell align={align} sortDirection={active ? props.direction : false} sx={NO_WRAP}>
      <TableSortLabel active={active} direction={active ? props.direction : 'asc'} onClick={() => props.onSort(field)} disabled={!props.sortable}>
        {label}
        {active && (
          <Box component="span" sx={VISUALLY_HIDDEN}>
            , {SORT_LABEL[props.direction]}
          </Box>
        )}
      </TableSortLabel>
    </TableCell>
  );
}

/** The products of one page; a row opens its product on click or Enter, Space selects it. */
export function ProductTable(props: ProductTableProps) {
  const { rows, selection, onToggle, onTogglePage, onOpen, now, dimmed, describedBy } = props;
  const pageState = pageSelectionState(
    selection,
    rows.map((row) => row.id),
  );
  // "All matching" is taken or cleared as a whole, from the bulk actions bar.
  const locked = selection.kind === 'matching';

  const onRowKeyDown = (row: ProductRow) => (event: KeyboardEvent) => {
    // Keys on the checkbox or the link inside do their own thing.
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(row.id);
    } else if (event.key === ' ') {
      event.preventDefault();
      onToggle(row.id);
    }
  };
  const stop = (event: MouseEvent) => event.stopPropagation();

  return (
    <TableContainer component={Paper} variant="outlined" sx={{ opacity: dimmed ? 0.6 : 1, transition: 'opacity 150ms' }}>
      {/* Narrower cell padding than MUI's 16px, so ten columns fit beside the navigation at 1280px. */}
      <Table size="small" aria-label="Products" sx={{ '& .MuiTableCell-root:not(.MuiTableCell-paddingCheckbox)': { px: 1.25 } }}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                checked={pageState === 'all'}
                indeterminate={pageState === 'some'}
                onChange={(event) => onTogglePage(event.target.checked)}
                disabled={rows.length === 0 || locked}
                slotProps={{ input: { 'aria-label': 'Select all on this page' } }}
              />
            </TableCell>
            <TableCell sx={{ width: 40 }}>
              <Box component="span" sx={VISUALLY_HIDDEN}>
                Image
              </Box>
            </TableCell>
            <SortHeader field="name" label="Name" props={props} />
            <TableCell>SKU</TableCell>
            <TableCell>Category</TableCell>
            <SortHeader field="price" label="Price" align="right" props={props} />
            <TableCell align="right">Stock</TableCell>
            <TableCell>Status</TableCell>
            <TableCell align="center">
              <Box component="span" title="Featured">
                <Box component="span" sx={VISUALLY_HIDDEN}>
                  Featured
                </Box>
                <span aria-hidden>★</span>
              </Box>
            </TableCell>
            <SortHeader field="updatedAt" label="Updated" props={props} />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const selected = isSelected(selection, row.id);
            return (
              <TableRow
                key={row.id}
                hover
                selected={selected}
                tabIndex={0}
                aria-describedby={describedBy}
                onClick={() => onOpen(row.id)}
                onKeyDown={onRowKeyDown(row)}
                sx={{ cursor: 'pointer', '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 } }}
              >
                <TableCell padding="checkbox" onClick={stop}>
                  <Checkbox checked={selected} disabled={locked} onChange={() => onToggle(row.id)} slotProps={{ input: { 'aria-label': `Select ${row.name}` } }} />
                </TableCell>
                <TableCell sx={{ py: 0.5 }}>
                  <ProductThumbnail image={row.image} name={row.name} />
                </TableCell>
                <TableCell sx={{ minWidth: 160 }}>
                  <Link component={RouterLink} to={catalogUrls.product(row.id)} onClick={stop} underline="hover" sx={{ fontWeight: 500 }}>
                    {row.name}
                  </Link>
                  {row.brand && (
                    <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.75rem' }}>
                      {row.brand}
                    </Box>
                  )}
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.8125rem', overflowWrap: 'anywhere', minWidth: 90 }}>{row.sku}</TableCell>
                <TableCell sx={{ minWidth: 110 }}>{row.category?.path || <Box component="span" sx={{ color: 'text.secondary' }}>None</Box>}</TableCell>
                <TableCell align="right" sx={NO_WRAP}>
                  <PriceCell price={row.price} />
                </TableCell>
                <TableCell align="right" sx={NO_WRAP}>
                  <StockCell stock={row.stock} />
                </TableCell>
                <TableCell>
                  <StatusChip status={row.status} />
                </TableCell>
                <TableCell align="center">
                  <FeaturedMark featured={row.featured} />
                </TableCell>
                <TableCell sx={NO_WRAP}>
                  <UpdatedAt iso={row.updatedAt} now={now} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
