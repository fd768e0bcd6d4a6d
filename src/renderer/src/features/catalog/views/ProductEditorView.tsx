import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { Product } from '@shared/contract';
import { useAuthStore } from '../../auth/store';
import { ConflictDialog } from '../components/editor/ConflictDialog';
import { DeleteProductDialog, describeDependents } from '../components/editor/DeleteProductDialog';
import { DimensionsSection } from '../components/editor/DimensionsSection';
import { EditorHeader } from '../components/editor/EditorHeader';
import { ErrorSummary } from '../components/editor/ErrorSummary';
import { GeneralSection } from '../components/editor/GeneralSection';
import { ImagesSection } from '../components/editor/ImagesSection';
import { InventorySection } from '../components/editor/InventorySection';
import { LeaveGuard } from '../components/editor/LeaveGuard';
import { OrganisationSection, type SellerChoice } from '../components/editor/OrganisationSection';
import { PricingSection } from '../components/editor/PricingSection';
import { RelatedProductsSection } from '../components/editor/RelatedProductsSection';
import { SeoSection } from '../components/editor/SeoSection';
import { ShippingSection } from '../components/editor/ShippingSection';
import { SpecificationsSection } from '../components/editor/SpecificationsSection';
import { StatusSection } from '../components/editor/StatusSection';
import { UnsavedChangesBar } from '../components/editor/UnsavedChangesBar';
import { VariantsSection } from '../components/editor/VariantsSection';
import { differences, emptyForm, productToForm, resultingStockStatus, uniquenessErrors } from '../editor-form';
import { useDeleteProduct } from '../hooks/editor/useDeleteProduct';
import { useDuplicateProduct } from '../hooks/editor/useDuplicateProduct';
import { useProduct } from '../hooks/editor/useProduct';
import { useFieldFeedback, useProductForm } from '../hooks/editor/useProductForm';
import { useSaveProduct } from '../hooks/editor/useSaveProduct';
import { useSaveShortcut } from '../hooks/editor/useSaveShortcut';
import { useStaffOptions } from '../hooks/editor/useStaffOptions';
import { useUniqueOwners } from '../hooks/editor/useUniqueOwners';
import { useCategories } from '../hooks/useCategories';
import { catalogUrls } from '../urls';
import { RetryAlert } from '../../../components/RetryAlert';

/** What the editor says on arrival (after a create or duplicate), carried in the navigation's state. */
export interface EditorNotice {
  notice: string;
}
const noticeOf = (state: unknown): string | null => (typeof (state as Partial<EditorNotice> | null)?.notice === 'string' ? (state as EditorNotice).notice : null);

/** /catalog/products/new and /catalog/products/:id */
export function ProductEditorView() {
  const { id } = useParams();
  return id ? <ExistingProduct key={id} id={id} /> : <ProductEditor key="new" initial={null} />;
}

function ExistingProduct({ id }: { id: string }) {
  const { state, generation, reload } = useProduct(id);
  switch (state.kind) {
    case 'loading':
      return (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="status">
          <CircularProgress size={20} aria-hidden />
          <Typography>Loading the product…</Typography>
        </Stack>
      );
    case 'not-found':
      return (
        <Stack spacing={2} component="section" aria-labelledby="product-editor-title">
          <Typography id="product-editor-title" variant="h4" component="h1">
            Product not found
          </Typography>
          <Alert severity="warning">This product does not exist or you cannot see it.</Alert>
          <Link component={RouterLink} to={catalogUrls.products()}>
            Back to products
          </Link>
        </Stack>
      );
    case 'failed':
      return (
        <RetryAlert onRetry={reload}>Could not load the product: {state.message}</RetryAlert>
      );
    case 'ready':
      return <ProductEditor key={generation} initial={state.product} />;
  }
}

function ProductEditor({ initial }: { initial: Product | null }) {
  const navigate = useNavigate();
  const location = useLocation();
  const user = useAuthStore((state) => state.user);
  const isAdmin = user?.role === 'admin';
  const self = user ? { id: user.id, name: `${user.firstName} ${user.lastName}` } : null;

  const [product, setProduct] = useState<Product | null>(initial);
  const form = useProductForm(() => (initial ? productToForm(initial) : emptyForm(isAdmin ? null : self)));
  const owners = useUniqueOwners(form.form.sku, form.form.slug, product?.id);
  const taken = useMemo(() => uniquenessErrors(owners), [owners]);
  const { feedback, problems, sendable } = useFieldFeedback(form, taken);
  const { categories, error: categoriesError } = useCategories();
  const staff = useStaffOptions(isAdmin);

  const summaryRef = useRef<HTMLDivElement>(null);
  // Bumped by each refused save: the summary takes the focus once it shows the latest problems.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) summaryRef.current?.focus();
  }, [refusals]);
  // Set when the editor itself moves on (created, copied, deleted): no "leave without saving?".
  const leavingRef = useRef(false);
  const [notice, setNotice] = useState<string | null>(() => noticeOf(location.state));
  const [toast, setToast] = useState<string | null>(null);

  const leaveTo = useCallback(
    (url: string, state: EditorNotice, replace = false) => {
      leavingRef.current = true;
      navigate(url, { replace, state });
    },
    [navigate],
  );

  const onStored = useCallback(
    (stored: Product, how: 'created' | 'updated' | 'reloaded') => {
      if (how === 'created') return leaveTo(catalogUrls.product(stored.id), { notice: `“${stored.name}” was created.` }, true);
      setProduct(stored);
      setNotice(null);
      setToast(how === 'updated' ? 'Saved' : 'Showing their version');
    },
    [leaveTo],
  );
  const onInvalid = useCallback(() => setRefusals((count) => count + 1), []);
  const saver = useSaveProduct({ product, form, sendable, onStored, onInvalid });
  const save = () => void saver.save();
  useSaveShortcut(() => {
    if (form.dirty || !product) save();
  });

  const copier = useDuplicateProduct(
    product?.id ?? null,
    useCallback((copy: Product) => leaveTo(catalogUrls.product(copy.id), { notice: `This is a copy of “${product?.name}”, saved as a draft with its own SKU and slug.` }), [leaveTo, product?.name]),
  );
  const deletion = useDeleteProduct(
    product?.id ?? null,
    useCallback((report) => leaveTo(catalogUrls.products(), { notice: `“${product?.name}” was deleted. ${describeDependents(report, true)}` }), [leaveTo, product?.name]),
  );

  const categoryName = useCallback(
    (id: string) => {
      const category = categories.find((candidate) => candidate.id === id);
      return category ? [...category.path.map((entry) => entry.name), category.name].join(' › ') : id;
    },
    [categories],
  );
  const conflictDifferences = useMemo(
    () => (saver.conflict?.stored && product ? differences(product, saver.conflict.stored, form.form, categoryName) : null),
    [saver.conflict, product, form.form, categoryName],
  );

  const values = form.form;
  const seller: SellerChoice = isAdmin
    ? { kind: 'choose', ...staff }
    : { kind: 'self', name: values.seller?.name ?? self?.name ?? '' };

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()} aria-labelledby="product-editor-title">
      <Stack spacing={3}>
        <EditorHeader
          product={product}
          dirty={form.dirty}
          busy={saver.saving || copier.pending}
          onDuplicate={copier.duplicate}
          onArchive={() => void saver.save({ ...values, status: 'archived' })}
          onDelete={deletion.open}
        />
        {notice && (
          <Alert severity="success" onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        )}
        {problems.length > 0 && <ErrorSummary ref={summaryRef} problems={problems} />}
        {saver.error && (
          <Alert severity="error" role="alert" onClose={saver.clearError}>
            Could not save: {saver.error}
          </Alert>
        )}
        {copier.error && (
          <Alert severity="error" role="alert" onClose={copier.dismiss}>
            Could not duplicate: {copier.error}
          </Alert>
        )}
        <Grid container spacing={3}>
          <Grid size={{ xs: 12, md: 8 }}>
            <Stack spacing={3}>
              <GeneralSection form={values} onChange={form.change} feedback={feedback} />
              <PricingSection price={values.price} onChange={(price) => form.change((current) => ({ ...current, price }))} feedback={feedback} />
              <InventorySection
                inventory={values.inventory}
                onChange={(inventory) => form.change((current) => ({ ...current, inventory }))}
                feedback={feedback}
                stockStatus={resultingStockStatus(values)}
              />
              <ImagesSection images={values.images} onChange={(images) => form.change((current) => ({ ...current, images }))} feedback={feedback} />
              <VariantsSection
                rows={values.variants}
                currency={values.price.currency}
                onChange={(variants) => form.change((current) => ({ ...current, variants }))}
                feedback={feedback}
              />
              <SpecificationsSection
                rows={values.specifications}
                onChange={(specifications) => form.change((current) => ({ ...current, specifications }))}
                feedback={feedback}
              />
              <SeoSection seo={values.seo} onChange={(seo) => form.change((current) => ({ ...current, seo }))} feedback={feedback} />
            </Stack>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Stack spacing={3}>
              <StatusSection status={values.status} featured={values.featured} onChange={(change) => form.change((current) => ({ ...current, ...change }))} />
              <OrganisationSection
                form={values}
                onChange={form.change}
                feedback={feedback}
                categories={categories}
                categoriesError={categoriesError}
                seller={seller}
              />
              <RelatedProductsSection
                picked={values.relatedProducts}
                selfId={product?.id ?? null}
                onChange={(relatedProducts) => form.change((current) => ({ ...current, relatedProducts }))}
                feedback={feedback}
              />
              <ShippingSection shipping={values.shipping} onChange={(shipping) => form.change((current) => ({ ...current, shipping }))} feedback={feedback} />
              <DimensionsSection
                dimensions={values.dimensions}
                onChange={(dimensions) => form.change((current) => ({ ...current, dimensions }))}
                feedback={feedback}
              />
            </Stack>
          </Grid>
        </Grid>
        {(form.dirty || saver.saving) && (
          <UnsavedChangesBar isNew={!product} saving={saver.saving} problems={problems.length} onSave={save} onDiscard={() => form.reset(form.baseline)} />
        )}
      </Stack>

      <LeaveGuard when={form.dirty} bypassRef={leavingRef} />
      {saver.conflict && (
        <ConflictDialog
          open
          message={saver.conflict.message}
          differences={conflictDifferences}
          loadError={saver.conflict.loadError}
          onReload={saver.reloadTheirs}
          onOverwrite={saver.overwrite}
          onCancel={saver.keepEditing}
        />
      )}
      {product && <DeleteProductDialog name={product.name} state={deletion.state} onConfirm={deletion.confirm} onClose={deletion.close} />}
      <Snackbar open={toast !== null} autoHideDuration={4000} onClose={() => setToast(null)} message={toast} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }} />
    </form>
  );
}
