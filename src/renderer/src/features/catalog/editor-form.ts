/**
 * The product editor's form state and its mapping to and from the contract:
 * a stored Product becomes an EditorForm, the form becomes the ProductInput a
 * save sends, and the schema's issues (or the main process's `fields`) become
 * messages keyed by the same dotted paths. Pure: no React, no calls.
 */
import type { z } from 'zod';
import { productInputSchema, type Product, type ProductInput } from '@shared/contract';
import type { ProductStatus, ShippingClass, StockStatus } from '@shared/enums';
// The same rules the main process applies; both are pure (see the report: they belong in src/shared).
import { slugify } from '@shared/slug';
import { deriveStockStatus } from '@shared/stock-status';

/** Messages keyed by the input's dotted path (`price.sale`, `images.1.url`). */
export type FieldErrors = Record<string, string>;

export interface Picked {
  id: string;
  name: string;
}
export interface RelatedPick extends Picked {
  sku: string;
}

/** Rows carry a `rowId` so React keeps each row's inputs (and focus) through reorders. */
export interface ImageRow {
  rowId: string;
  url: string;
  alt: string;
  isPrimary: boolean;
}
export interface SpecRow {
  rowId: string;
  key: string;
  value: string;
}
export interface VariantRow {
  rowId: string;
  name: string;
  values: string[];
  priceModifier: string;
}

/**
 * What the inputs hold. Numbers stay as the typed text so "12." or "abc" is never
 * rewritten under the user's fingers; the schema judges them after conversion.
 * Paths match ProductInput's, so an issue's path names the form field too.
 */
export interface EditorForm {
  name: string;
  slug: string;
  /** False while the slug follows the name. */
  slugEdited: boolean;
  shortDescription: string;
  description: string;
  sku: string;
  category: string | null;
  subcategory: string;
  brand: string;
  tags: string[];
  seller: Picked | null;
  price: { regular: string; sale: string; currency: string };
  inventory: { quantity: string; lowStockThreshold: string; allowBackorder: boolean };
  images: ImageRow[];
  specifications: SpecRow[];
  dimensions: { weight: string; length: string; width: string; height: string };
  shipping: { freeShipping: boolean; shippingClass: ShippingClass | ''; estimatedDays: string };
  seo: { title: string; description: string; keywords: string[] };
  variants: VariantRow[];
  relatedProducts: RelatedPick[];
  status: ProductStatus;
  featured: boolean;
  isActive: boolean;
}

let rowCounter = 0;
export function newRowId(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export const newImageRow = (isPrimary: boolean): ImageRow => ({ rowId: newRowId(), url: '', alt: '', isPrimary });
export const newSpecRow = (): SpecRow => ({ rowId: newRowId(), key: '', value: '' });
export const newVariantRow = (): VariantRow => ({ rowId: newRowId(), name: '', values: [], priceModifier: '0' });

/** A new product's form; a seller's products are always their own. */
export function emptyForm(seller: Picked | null = null): EditorForm {
  return {
    name: '',
    slug: '',
    slugEdited: false,
    shortDescription: '',
    description: '',
    sku: '',
    category: null,
    subcategory: '',
    brand: '',
    tags: [],
    seller,
    price: { regular: '', sale: '', currency: 'USD' },
    inventory: { quantity: '0', lowStockThreshold: '10', allowBackorder: false },
    images: [],
    specifications: [],
    dimensions: { weight: '', length: '', width: '', height: '' },
    shipping: { freeShipping: false, shippingClass: '', estimatedDays: '' },
    seo: { title: '', description: '', keywords: [] },
    variants: [],
    relatedProducts: [],
    status: 'draft',
    featured: false,
    isActive: true,
  };
}

const text = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** The form for a stored product; its slug is kept as it is when the name changes. */
export function productToForm(product: Product): EditorForm {
  return {
    name: product.name,
    slug: product.slug,
    slugEdited: true,
    shortDescription: product.shortDescription ?? '',
    description: product.description,
    sku: product.sku,
    category: product.category,
    subcategory: product.subcategory ?? '',
    brand: product.brand ?? '',
    tags: [...product.tags],
    seller: product.seller ? { id: product.seller.id, name: product.seller.name } : null,
    price: { regular: text(product.price.regular), sale: text(product.price.sale), currency: product.price.currency },
    inventory: {
      quantity: text(product.inventory.quantity),
      lowStockThreshold: text(product.inventory.lowStockThreshold),
      allowBackorder: product.inventory.allowBackorder,
    },
    images: product.images.map((image) => ({ rowId: newRowId(), url: image.url, alt: image.alt ?? '', isPrimary: image.isPrimary })),
    specifications: product.specifications.map((row) => ({ rowId: newRowId(), key: row.key, value: row.value })),
    dimensions: {
      weight: text(product.dimensions.weight),
      length: text(product.dimensions.length),
      width: text(product.dimensions.width),
      height: text(product.dimensions.height),
    },
    shipping: {
      freeShipping: product.shipping.freeShipping,
      shippingClass: product.shipping.shippingClass ?? '',
      estimatedDays: text(product.shipping.estimatedDays),
    },
    seo: { title: product.seo.title ?? '', description: product.seo.description ?? '', keywords: [...product.seo.keywords] },
    variants: product.variants.map((variant) => ({ rowId: newRowId(), name: variant.name, values: [...variant.values], priceModifier: text(variant.priceModifier) })),
    relatedProducts: product.relatedProducts.map((related) => ({ id: related.id, name: related.name, sku: related.sku })),
    status: product.status,
    featured: product.featured,
    isActive: product.isActive,
  };
}

/** Typed text as a number; NaN for blank or unreadable text, which the schema refuses. */
function toNumber(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value.trim());
}
const toNumberOrNull = (value: string): number | null => (value.trim() === '' ? null : Number(value.trim()));
const toOptionalText = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

/** What a save sends (before the schema's trimming and defaults). */
export function formToInput(form: EditorForm): ProductInput {
  return {
    name: form.name,
    slug: form.slug,
    description: form.description,
    shortDescription: toOptionalText(form.shortDescription),
    sku: form.sku,
    category: form.category,
    subcategory: toOptionalText(form.subcategory),
    brand: toOptionalText(form.brand),
    price: { regular: toNumber(form.price.regular), sale: toNumberOrNull(form.price.sale), currency: form.price.currency },
    inventory: {
      quantity: toNumber(form.inventory.quantity),
      lowStockThreshold: toNumber(form.inventory.lowStockThreshold),
      allowBackorder: form.inventory.allowBackorder,
    },
    images: form.images.map((image) => ({ url: image.url, alt: toOptionalText(image.alt), isPrimary: image.isPrimary })),
    specifications: form.specifications.map((row) => ({ key: row.key, value: row.value })),
    dimensions: {
      weight: toNumberOrNull(form.dimensions.weight),
      length: toNumberOrNull(form.dimensions.length),
      width: toNumberOrNull(form.dimensions.width),
      height: toNumberOrNull(form.dimensions.height),
    },
    shipping: {
      freeShipping: form.shipping.freeShipping,
      shippingClass: form.shipping.shippingClass === '' ? null : form.shipping.shippingClass,
      estimatedDays: toNumberOrNull(form.shipping.estimatedDays),
    },
    seo: { title: toOptionalText(form.seo.title), description: toOptionalText(form.seo.description), keywords: form.seo.keywords },
    seller: form.seller?.id ?? null,
    status: form.status,
    featured: form.featured,
    tags: form.tags,
    variants: form.variants.map((variant) => ({ name: variant.name, values: variant.values, priceModifier: toNumber(variant.priceModifier) })),
    relatedProducts: form.relatedProducts.map((related) => related.id),
    isActive: form.isActive,
  };
}

// ---- slug ------------------------------------------------------------------------------

/** A new name; the slug follows it until the user edits the slug. */
export function withName(form: EditorForm, name: string): EditorForm {
  return { ...form, name, slug: form.slugEdited ? form.slug : slugify(name) };
}

/** A typed slug; emptying it hands the slug back to the name (the server also makes one from the name when it is empty). */
export function withSlug(form: EditorForm, slug: string): EditorForm {
  return { ...form, slug, slugEdited: slug.trim() !== '' };
}

// ---- changes -----------------------------------------------------------------------------

/** The form without what only the screen needs (row ids, whether the slug follows the name). */
function comparable(form: EditorForm): string {
  const { slugEdited: _slugEdited, ...rest } = form;
  return JSON.stringify(rest, (key, value: unknown) => (key === 'rowId' ? undefined : value));
}

export function sameForm(a: EditorForm, b: EditorForm): boolean {
  return comparable(a) === comparable(b);
}

/** The top-level fields whose value changed (by reference, as the form's updates replace what they change). */
export function changedKeys(before: EditorForm, after: EditorForm): Array<keyof EditorForm> {
  return (Object.keys(after) as Array<keyof EditorForm>).filter((key) => before[key] !== after[key]);
}

/** The stock status the saved numbers will give, or null while they are not whole numbers. */
export function resultingStockStatus(form: EditorForm): StockStatus | null {
  const quantity = toNumber(form.inventory.quantity);
  const threshold = toNumber(form.inventory.lowStockThreshold);
  if (!Number.isInteger(quantity) || !Number.isInteger(threshold)) return null;
  return deriveStockStatus(quantity, threshold, form.inventory.allowBackorder);
}

// ---- errors ------------------------------------------------------------------------------

type Issue = z.ZodError['issues'][number];

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/**
 * zod's own wording for the rules the contract gives no message ("Too small:
 * expected number to be >=0") reads badly under a field: say it plainly, using
 * what was typed (blank or not a number) where the form has it.
 */
function readableMessage(issue: Issue, form: EditorForm | undefined): string {
  const typed = form ? valueAt(form, issue.path) : undefined;
  if (typeof typed === 'string' && issue.code === 'invalid_type') {
    if (typed.trim() === '') return 'Required';
    if (Number.isNaN(Number(typed.trim()))) return 'Enter a number';
  }
  if (!/^(Too small|Too big|Invalid input|Invalid number)/.test(issue.message)) return issue.message;
  if (issue.code === 'too_small' && issue.origin === 'number') return `Must be at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `Must be at most ${String(issue.maximum)}`;
  if (issue.code === 'too_small' && issue.origin === 'string') return 'Required';
  if (issue.code === 'too_big' && issue.origin === 'string') return `At most ${String(issue.maximum)} characters`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `At most ${String(issue.maximum)}`;
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'A whole number';
  if (issue.code === 'not_multiple_of') return 'At most two decimals';
  return issue.message;
}

export const pathOf = (path: readonly PropertyKey[]): string => (path.length === 0 ? 'input' : path.map(String).join('.'));

/** The first message for each path. */
export function issuesToFieldErrors(issues: readonly Issue[], form?: EditorForm): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[pathOf(issue.path)] ??= readableMessage(issue, form);
  return errors;
}

const shape = productInputSchema.shape;
// Invisible, never typed, and not whitespace (the schema trims keys).
const PLACEHOLDER_KEY = '\u2063';

/**
 * zod runs an object's refinements (sale below regular, one primary image, spec
 * keys used once, backorders) only when every field passed, so a half-filled form
 * would hear of them only at the end. This parses a stand-in that keeps what those
 * rules read and replaces everything else with valid values, so the schema's own
 * rules and messages speak as the user types.
 */
function crossFieldIssues(input: ProductInput): Issue[] {
  const probe: ProductInput = {
    name: 'Probe',
    description: 'Probe',
    sku: 'probe',
    price: shape.price.safeParse(input.price).success ? input.price : { regular: 0, currency: 'USD' },
    inventory: shape.inventory.safeParse(input.inventory).success ? input.inventory : { quantity: 0, lowStockThreshold: 0, allowBackorder: true },
    images: (input.images ?? []).map((image) => ({ url: 'https://example.com/', isPrimary: image.isPrimary })),
    specifications: (input.specifications ?? []).map((row, index) => {
      const key = row.key.trim();
      return { key: key.length > 0 && key.length <= 100 ? key : `${PLACEHOLDER_KEY}${index}`, value: '' };
    }),
  };
  const result = productInputSchema.safeParse(probe);
  return result.success ? [] : result.error.issues.filter((issue) => issue.code === 'custom');
}

/** What the shared schema finds wrong with the form, keyed by field path. */
export function validateForm(form: EditorForm): FieldErrors {
  const input = formToInput(form);
  const result = productInputSchema.safeParse(input);
  if (result.success) return {};
  return issuesToFieldErrors([...result.error.issues, ...crossFieldIssues(input)], form);
}

/** "Used by …" under the SKU and slug another product already has (as the main process words it). */
export function uniquenessErrors(owners: { sku: Picked | null; slug: Picked | null }): FieldErrors {
  const errors: FieldErrors = {};
  if (owners.sku) errors.sku = `Used by "${owners.sku.name}"`;
  if (owners.slug) errors.slug = `Used by "${owners.slug.name}"`;
  return errors;
}

/** The main process names input paths (`product.price.sale`); the form's paths lack the `product.` prefix. */
export function serverFieldErrors(fields: Record<string, string>): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([path, message]) => [path.startsWith('product.') ? path.slice('product.'.length) : path, message]));
}

/** Whether a path names something the form shows (else its message needs a place of its own). */
export function isFormPath(path: string): boolean {
  return Object.prototype.hasOwnProperty.call(emptyForm(), path.split('.')[0] ?? '');
}

/** The message at `path` or, for a list (chips, rows), at any of its items. */
export function errorWithin(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const nested = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return nested ? errors[nested] : undefined;
}

// ---- conflicts ---------------------------------------------------------------------------

export interface Difference {
  path: string;
  label: string;
  /** When this editor opened the product. */
  opened: string;
  /** What is stored now (the other person's save). */
  theirs: string;
  /** What this editor would save. */
  mine: string;
}

/** The fields the conflict dialog compares and the error summary names, in the editor's reading order. */
export const FIELD_LABELS: ReadonlyArray<readonly [path: string, label: string]> = [
  ['name', 'Name'],
  ['slug', 'Slug'],
  ['sku', 'SKU'],
  ['shortDescription', 'Short description'],
  ['description', 'Description'],
  ['price.regular', 'Regular price'],
  ['price.sale', 'Sale price'],
  ['price.currency', 'Currency'],
  ['inventory.quantity', 'Quantity'],
  ['inventory.lowStockThreshold', 'Low-stock threshold'],
  ['inventory.allowBackorder', 'Allow backorders'],
  ['images', 'Images'],
  ['variants', 'Variants'],
  ['specifications', 'Specifications'],
  ['seo.title', 'SEO title'],
  ['seo.description', 'SEO description'],
  ['seo.keywords', 'SEO keywords'],
  ['status', 'Status'],
  ['featured', 'Featured'],
  ['category', 'Category'],
  ['subcategory', 'Subcategory'],
  ['brand', 'Brand'],
  ['tags', 'Tags'],
  ['seller', 'Seller'],
  ['relatedProducts', 'Related products'],
  ['shipping.freeShipping', 'Free shipping'],
  ['shipping.shippingClass', 'Shipping class'],
  ['shipping.estimatedDays', 'Estimated delivery (days)'],
  ['dimensions.weight', 'Weight (kg)'],
  ['dimensions.length', 'Length (cm)'],
  ['dimensions.width', 'Width (cm)'],
  ['dimensions.height', 'Height (cm)'],
  ['isActive', 'Active'],
];

const ROW_LABEL: Record<string, string> = { images: 'Image', specifications: 'Specification', variants: 'Variant' };
const ROW_FIELD_LABEL: Record<string, string> = {
  url: 'URL',
  alt: 'alt text',
  key: 'name',
  value: 'value',
  name: 'name',
  values: 'values',
  priceModifier: 'price change',
};

/** What a person calls the field at `path`: "Sale price", "Image 2 URL", "Tags". */
export function labelOf(path: string): string {
  const exact = FIELD_LABELS.find(([known]) => known === path);
  if (exact) return exact[1];
  const [list = '', index, field] = path.split('.');
  if (ROW_LABEL[list] && index !== undefined && /^\d+$/.test(index)) {
    return `${ROW_LABEL[list]} ${Number(index) + 1}${field ? ` ${ROW_FIELD_LABEL[field] ?? field}` : ''}`;
  }
  const parent = FIELD_LABELS.find(([known]) => path.startsWith(`${known}.`));
  return parent ? parent[1] : path;
}

function rank(path: string): number {
  const index = FIELD_LABELS.findIndex(([known]) => path === known || path.startsWith(`${known}.`));
  return index === -1 ? FIELD_LABELS.length : index;
}

/** Each message with its field's name, in the order the fields appear. */
export function problemsOf(errors: FieldErrors): Array<{ path: string; label: string; message: string }> {
  return Object.entries(errors)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, undefined, { numeric: true }))
    .map(([path, message]) => ({ path, label: labelOf(path), message }));
}

const LONGEST_SHOWN = 120;

/** One field of a form as a person reads it. */
export function describeField(form: EditorForm, path: string, categoryName: (id: string) => string = (id) => id): string {
  const value = valueAt(form, path.split('.'));
  let shown: string;
  switch (path) {
    case 'category':
      shown = form.category ? categoryName(form.category) : '';
      break;
    case 'seller':
      shown = form.seller?.name ?? '';
      break;
    case 'images':
      shown = form.images.map((image) => `${image.url}${image.isPrimary ? ' (primary)' : ''}`).join(', ');
      break;
    case 'specifications':
      shown = form.specifications.map((row) => `${row.key}: ${row.value}`).join('; ');
      break;
    case 'variants':
      shown = form.variants.map((variant) => `${variant.name}: ${variant.values.join(', ')} (${variant.priceModifier})`).join('; ');
      break;
    case 'relatedProducts':
      shown = form.relatedProducts.map((related) => related.name).join(', ');
      break;
    default:
      shown = Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value ?? '');
  }
  shown = shown.trim();
  if (shown === '') return '—';
  return shown.length > LONGEST_SHOWN ? `${shown.slice(0, LONGEST_SHOWN - 1)}…` : shown;
}

/** The fields someone else changed since `opened` was loaded, with what this editor holds for each. */
export function differences(opened: Product, stored: Product, mine: EditorForm, categoryName?: (id: string) => string): Difference[] {
  const openedForm = productToForm(opened);
  const storedForm = productToForm(stored);
  return FIELD_LABELS.flatMap(([path, label]) => {
    const before = describeField(openedForm, path, categoryName);
    const theirs = describeField(storedForm, path, categoryName);
    if (before === theirs) return [];
    return [{ path, label, opened: before, theirs, mine: describeField(mine, path, categoryName) }];
  });
}
