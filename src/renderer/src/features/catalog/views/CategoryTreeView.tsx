import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { Link as RouterLink } from 'react-router-dom';
import type { Category } from '@shared/contract';
import { errorMessage } from '../../../lib/api';
import { buildTree, childrenOf, siblingPosition } from '../category-tree';
import type { ActionAvailability, CategoryAction } from '../components/categories/category-actions';
import { CategoryActionsMenu } from '../components/categories/CategoryActionsMenu';
import { CategoryDetails } from '../components/categories/CategoryDetails';
import { CategoryFormDialog } from '../components/categories/CategoryFormDialog';
import { CategoryTree } from '../components/categories/CategoryTree';
import { DeleteCategoryDialog } from '../components/categories/DeleteCategoryDialog';
import { MoveCategoryDialog } from '../components/categories/MoveCategoryDialog';
import { useCanEditCategories } from '../hooks/categories/useCanEditCategories';
import { useCategoryCommands } from '../hooks/categories/useCategoryCommands';
import { useCategoryTreeState } from '../hooks/categories/useCategoryTreeState';
import { useSubmission } from '../../../lib/hooks/useSubmission';
import { useCategories } from '../hooks/useCategories';
import { catalogUrls } from '../urls';
import { RetryAlert } from '../../../components/RetryAlert';

type OpenDialog =
  | { kind: 'create'; parentId: string | null }
  | { kind: 'edit'; id: string }
  | { kind: 'move'; id: string }
  | { kind: 'delete'; id: string };

const ancestorsOf = (category: Category) => category.path.map((entry) => entry.id);

/** The category tree editor: the tree on the left, the selected category and its actions on the right. */
export function CategoryTreeView() {
  const { categories, loading, error, reload } = useCategories();
  const canEdit = useCanEditCategories();
  const commands = useCategoryCommands();
  const { selectedId, collapsed, select, setExpanded, reveal } = useCategoryTreeState();
  const quick = useSubmission();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [menu, setMenu] = useState<{ category: Category; anchor: HTMLElement } | null>(null);
  const [notice, setNotice] = useState<{ text: string; open: boolean }>({ text: '', open: false });
  const say = (text: string) => setNotice({ text, open: true });
  const hideNotice = () => setNotice((now) => ({ ...now, open: false }));

  const tree = useMemo(() => buildTree(categories), [categories]);
  const byId = useMemo(() => new Map(categories.map((category) => [category.id, category])), [categories]);
  const selected = selectedId === null ? null : (byId.get(selectedId) ?? null);
  const subcategoryCount = (id: string) => categories.filter((category) => category.parent === id).length;
  const availabilityOf = (category: Category): ActionAvailability => ({ ...siblingPosition(categories, category.id), isActive: category.isActive });
  const dialogCategory = dialog && dialog.kind !== 'create' ? (byId.get(dialog.id) ?? null) : null;

  /** After a change: the tree again from the server, with the changed row selected and in view. */
  const changed = (category: Category | null, message: string) => {
    reload();
    if (category) reveal(category.id, ancestorsOf(category));
    setDialog(null);
    say(message);
  };

  const runQuick = (category: Category, action: 'up' | 'down' | 'toggle-active') => {
    if (quick.pending) return;
    const work =
      action === 'toggle-active'
        ? () => commands.update(category.id, { isActive: !category.isActive })
        : () => commands.reorder(categories, category.id, action);
    void quick.submit(work).then((done) => {
      // Reload either way: a reorder that failed halfway has still renumbered some siblings.
      reload();
      reveal(category.id, ancestorsOf(category));
      if (done) say(action === 'toggle-active' ? `${category.name} is now ${category.isActive ? 'inactive' : 'active'}` : `Moved ${category.name} ${action}`);
    });
  };

  const onAction = (category: Category, action: CategoryAction) => {
    select(category.id);
    quick.reset();
    if (action === 'edit') setDialog({ kind: 'edit', id: category.id });
    else if (action === 'add-child') setDialog({ kind: 'create', parentId: category.id });
    else if (action === 'move') setDialog({ kind: 'move', id: category.id });
    else if (action === 'delete') setDialog({ kind: 'delete', id: category.id });
    else runQuick(category, action);
  };

  const firstLoad = loading && categories.length === 0 && !error;

  return (
    <Stack spacing={2} component="section" aria-labelledby="categories-title" sx={{ height: '100%', minHeight: 0 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-end', flexWrap: 'wrap' }} useFlexGap>
        <Box sx={{ flex: 1, minWidth: 240 }}>
          <Breadcrumbs aria-label="Breadcrumb">
            <Link component={RouterLink} to={catalogUrls.products()} underline="hover" color="inherit">
              Catalog
            </Link>
            <Typography color="text.primary">Categories</Typography>
          </Breadcrumbs>
          <Typography id="categories-title" variant="h4" component="h1">
            Categories
          </Typography>
        </Box>
        {canEdit && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'create', parentId: null })}>
            New top-level category
          </Button>
        )}
      </Stack>

      {!canEdit && (
        <Alert severity="info" role="note">Only admins can change the category tree, which all sellers share. You can browse it here and use its categories for your products.</Alert>
      )}
      {error && (
        <RetryAlert onRetry={reload}>Could not load the categories: {error}</RetryAlert>
      )}
      {quick.error !== null && (
        <Alert severity="error" onClose={quick.reset}>
          {errorMessage(quick.error)}
        </Alert>
      )}

      {firstLoad && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="status">
          <CircularProgress size={20} />
          <Typography>Loading categories…</Typography>
        </Stack>
      )}

      {!firstLoad && !error && categories.length === 0 && (
        <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}>
          <Typography variant="h6" component="h2" gutterBottom>
            No categories yet — create the first
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            Categories group products in the shop: departments at the top, aisles and shelves below.
          </Typography>
          {canEdit ? (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'create', parentId: null })}>
              Create the first category
            </Button>
          ) : (
            <Typography color="text.secondary">An admin can create them.</Typography>
          )}
        </Paper>
      )}

      {categories.length > 0 && (
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ flex: 1, minHeight: 0, alignItems: 'stretch' }}>
          <Paper variant="outlined" sx={{ flex: 3, minWidth: 0, overflow: 'auto', position: 'relative' }}>
            {loading && <LinearProgress aria-label="Updating the categories" sx={{ position: 'absolute', top: 0, left: 0, right: 0 }} />}
            <Typography variant="body2" color="text.secondary" id="categories-tree-help" sx={{ px: 2, pt: 1.5, pb: 0.5 }}>
              {categories.length.toLocaleString()} categories. Arrow keys move through the tree, Right and Left open and close a branch
              {canEdit ? '; Shift+F10 opens a row’s actions, Alt+Up and Alt+Down reorder it.' : '.'}
            </Typography>
            <CategoryTree
              tree={tree}
              selectedId={selectedId}
              collapsed={collapsed}
              onSelect={select}
              onExpandedChange={setExpanded}
              onOpenActions={canEdit ? (category, anchor) => setMenu({ category, anchor }) : undefined}
              onReorder={canEdit ? (category, direction) => runQuick(category, direction) : undefined}
              describedBy="categories-tree-help"
            />
          </Paper>
          <Paper variant="outlined" sx={{ flex: 2, minWidth: 300, p: 2, overflow: 'auto' }}>
            {selected ? (
              <CategoryDetails
                category={selected}
                subcategories={subcategoryCount(selected.id)}
                availability={availabilityOf(selected)}
                onAction={canEdit ? (action) => onAction(selected, action) : undefined}
                busy={quick.pending}
              />
            ) : (
              <Typography color="text.secondary">Select a category to see its details{canEdit ? ' and change it' : ''}.</Typography>
            )}
          </Paper>
        </Stack>
      )}

      {menu && (
        <CategoryActionsMenu
          category={menu.category}
          anchor={menu.anchor}
          availability={availabilityOf(menu.category)}
          onAction={(action) => onAction(menu.category, action)}
          onClose={() => setMenu(null)}
        />
      )}

      {dialog?.kind === 'create' && (
        <CategoryFormDialog
          mode="create"
          parent={dialog.parentId === null ? null : (byId.get(dialog.parentId) ?? null)}
          onSubmit={async (input) => {
            const created = await commands.create(categories, dialog.parentId, input);
            changed(created, `Created ${created.name}`);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'edit' && dialogCategory && (
        <CategoryFormDialog
          mode="edit"
          category={dialogCategory}
          onSubmit={async (input) => {
            const saved = await commands.update(dialogCategory.id, input);
            changed(saved, `Saved ${saved.name}`);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'move' && dialogCategory && (
        <MoveCategoryDialog
          category={dialogCategory}
          categories={categories}
          onSubmit={async (parent) => {
            const moved = await commands.moveTo(categories, dialogCategory.id, parent);
            changed(moved, `Moved ${moved.name} ${moved.path.length > 0 ? `under ${moved.path[moved.path.length - 1]?.name}` : 'to the top level'}`);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && dialogCategory && (
        <DeleteCategoryDialog
          category={dialogCategory}
          categories={categories}
          subcategories={subcategoryCount(dialogCategory.id)}
          onSubmit={async (moveProductsTo) => {
            const report = await commands.remove(dialogCategory.id, moveProductsTo);
            const parent = dialogCategory.parent === null ? null : (byId.get(dialogCategory.parent) ?? null);
            const destination = moveProductsTo === null ? null : (byId.get(moveProductsTo) ?? null);
            const moved = report.productsMoved > 0 ? `; ${report.productsMoved.toLocaleString()} moved to ${destination?.name ?? 'the chosen category'}` : '';
            const coupons = report.coupons > 0 ? `; taken out of ${report.coupons} coupon${report.coupons === 1 ? '' : 's'}` : '';
            changed(parent, `Deleted ${dialogCategory.name}${moved}${coupons}`);
            if (!parent) select(childrenOf(categories, null).find((root) => root.id !== dialogCategory.id)?.id ?? null);
          }}
          onClose={() => setDialog(null)}
        />
      )}

      <Snackbar open={notice.open} autoHideDuration={5000} onClose={hideNotice} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="success" role="status" variant="filled" onClose={hideNotice} sx={{ width: '100%' }}>
          {notice.text}
        </Alert>
      </Snackbar>
    </Stack>
  );
}

