import { useId, useMemo, useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import AccountTreeIcon from '@mui/icons-material/AccountTreeOutlined';
import BookmarkAddIcon from '@mui/icons-material/BookmarkAddOutlined';
import type { ProductSort } from '@shared/contract';
import { errorMessage } from '../../../lib/api';
import { BulkWork } from '../components/bulk/BulkWork';
import { CsvActions } from '../components/csv/CsvActions';
import { ListPagination } from '../components/list/ListPagination';
import { ManageViewsDialog } from '../components/list/ManageViewsDialog';
import { ProductFilterBar } from '../components/list/ProductFilterBar';
import { ProductTable } from '../components/list/ProductTable';
import { SavedViewsMenu } from '../components/list/SavedViewsMenu';
import { SaveViewDialog } from '../components/list/SaveViewDialog';
import { SearchNote } from '../components/list/SearchNote';
import { SortSelect } from '../components/list/SortSelect';
import { useBrands } from '../hooks/list/useBrands';
import { useProductListParams } from '../hooks/list/useProductListParams';
import { useProductPages } from '../hooks/list/useProductPages';
import { useRowSelection } from '../hooks/list/useRowSelection';
import { useSavedViews } from '../hooks/list/useSavedViews';
import { useCategories } from '../hooks/useCategories';
import { DEFAULT_DIRECTION, filtersToQuery, hasProductFilters, listParamsToQuery } from '../list-urls';
import { catalogUrls } from '../urls';
import type { EditorNotice } from './ProductEditorView';
import { RetryAlert } from '../../../components/RetryAlert';

/** The catalog's products: filter, search, sort, page through, select, open one. */
export function ProductListView() {
  const navigate = useNavigate();
  const location = useLocation();
  // What the editor said on the way back (a deletion); dropped from history once dismissed, so a reload does not repeat it.
  const arrival = location.state as Partial<EditorNotice> | null;
  const notice = typeof arrival?.notice === 'string' ? arrival.notice : null;
  const dismissNotice = () => navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  const hintId = useId();
  const { params, change, changeFilters, clearFilters, applyQuery } = useProductListParams();
  const pages = useProductPages(params);
  const { categories, loading: categoriesLoading } = useCategories();
  const brands = useBrands();
  const savedViews = useSavedViews();
  const selectionScope = useMemo(() => filtersToQuery(params.filters).toString(), [params.filters]);
  const selection = useRowSelection(selectionScope);
  const [dialog, setDialog] = useState<'save' | 'manage' | null>(null);

  const filtered = hasProductFilters(params.filters);
  const relevanceRanked = !pages.loading && pages.searchMode === 'text';
  const firstLoad = pages.loading && pages.receivedAt === 0;
  const empty = !pages.loading && pages.error === null && pages.items.length === 0;

  const sortBy = (sort: ProductSort) =>
    change({ sort, direction: sort === params.sort ? (params.direction === 'asc' ? 'desc' : 'asc') : DEFAULT_DIRECTION[sort] });
  const open = (id: string) => navigate(catalogUrls.product(id));

  return (
    <Stack spacing={2} component="section" aria-labelledby="catalog-title">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2 }}>
        <Typography id="catalog-title" variant="h4" component="h1">
          Catalog
        </Typography>
        <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
          <SavedViewsMenu views={savedViews.views} disabled={!savedViews.ready} onApply={(view) => applyQuery(view.query)} onManage={() => setDialog('manage')} />
          <Button variant="outlined" startIcon={<BookmarkAddIcon />} disabled={!savedViews.ready} onClick={() => setDialog('save')}>
            Save view…
          </Button>
          <CsvActions filters={params.filters} matching={pages.total} onImported={pages.reload} />
          <Button variant="outlined" component={RouterLink} to={catalogUrls.categories()} startIcon={<AccountTreeIcon />}>
            Categories
          </Button>
          <Button variant="contained" component={RouterLink} to={catalogUrls.newProduct()} startIcon={<AddIcon />}>
            New product
          </Button>
        </Stack>
      </Stack>

      <ProductFilterBar
        filters={params.filters}
        categories={categories}
        categoriesLoading={categoriesLoading}
        brands={brands}
        onChange={changeFilters}
        onClear={clearFilters}
      />

      <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', minHeight: 40 }}>
        <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          {!firstLoad && !empty && pages.error === null && (
            <Typography variant="body2" color="text.secondary">
              {pages.total === 1 ? '1 product' : `${pages.total.toLocaleString()} products`}
            </Typography>
          )}
          {!pages.loading && <SearchNote search={params.filters.search} mode={pages.searchMode} />}
        </Stack>
        <SortSelect sort={params.sort} direction={params.direction} disabled={relevanceRanked} onChange={(sort, direction) => change({ sort, direction })} />
      </Stack>

      <BulkWork selection={selection} filters={params.filters} matching={pages.total} categories={categories} onChanged={pages.reload} />

      {pages.error !== null && (
        <RetryAlert onRetry={pages.reload}>Could not load the products: {errorMessage(pages.error)}</RetryAlert>
      )}

      <Box aria-busy={pages.loading} sx={{ position: 'relative' }}>
        {pages.loading && <LinearProgress aria-label="Loading products" sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 1 }} />}
        {firstLoad ? (
          <Typography color="text.secondary" sx={{ pt: 2 }}>
            Loading products…
          </Typography>
        ) : empty ? (
          <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}>
            <Stack spacing={2} sx={{ alignItems: 'center' }}>
              <Typography>{filtered ? 'No products match these filters.' : 'There are no products yet.'}</Typography>
              {filtered ? (
                <Button variant="outlined" onClick={clearFilters}>
                  Clear filters
                </Button>
              ) : (
                <Button variant="contained" component={RouterLink} to={catalogUrls.newProduct()} startIcon={<AddIcon />}>
                  New product
                </Button>
              )}
            </Stack>
          </Paper>
        ) : (
          pages.items.length > 0 && (
            <Stack spacing={1.5}>
              <ProductTable
                rows={pages.items}
                sort={params.sort}
                direction={params.direction}
                sortable={!relevanceRanked}
                onSort={sortBy}
                selection={selection.selection}
                onToggle={selection.toggle}
                onTogglePage={(selected) =>
                  selection.setPage(
                    pages.items.map((row) => row.id),
                    selected,
                  )
                }
                onOpen={open}
                now={pages.receivedAt}
                dimmed={pages.loading}
                describedBy={hintId}
              />
              <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
                <Typography id={hintId} variant="body2" color="text.secondary">
                  Click or press Enter on a row to open it; Space selects it.
                </Typography>
                <ListPagination
                  pageIndex={pages.pageIndex}
                  pageSize={params.pageSize}
                  shown={pages.items.length}
                  total={pages.total}
                  hasPrevious={pages.hasPrevious}
                  hasNext={pages.hasNext}
                  busy={pages.loading}
                  onPrevious={pages.previous}
                  onNext={pages.next}
                  onPageSize={(pageSize) => change({ pageSize })}
                />
              </Stack>
            </Stack>
          )
        )}
      </Box>

      {dialog === 'save' && (
        <SaveViewDialog
          views={savedViews.views}
          onSave={(name) => savedViews.save({ name, query: listParamsToQuery(params).toString() })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'manage' && <ManageViewsDialog views={savedViews.views} onDelete={savedViews.remove} onClose={() => setDialog(null)} />}

      <Snackbar open={notice !== null} autoHideDuration={8000} onClose={(_event, reason) => reason !== 'clickaway' && dismissNotice()} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="success" role="status" variant="filled" onClose={dismissNotice} sx={{ width: '100%' }}>
          {notice}
        </Alert>
      </Snackbar>
    </Stack>
  );
}
