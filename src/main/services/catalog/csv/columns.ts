import { CSV_COLUMNS, CSV_LIST_SEPARATOR, type CsvCellFormat, type CsvColumnName, type ProductInput } from '@shared/contract';
import { PRODUCT_STATUSES, SHIPPING_CLASSES, type ProductStatus, type ShippingClass } from '@shared/enums';
import type { StoredProduct } from '../product-dto';
import { joinCategoryPath, splitCategoryPath, type CategoryIndex } from './category-paths';
import { neutraliseFormula, restoreFormula } from './format';

/**
 * How each column of the layout (CSV_COLUMNS in the contract, where the layout
 * is documented) is read into a product and written from one.
 */

export interface CellContext {
  categories: CategoryIndex;
}

/** A cell read: a change to make to the product being built, or why the cell is refused. */
export type CellOutcome = { ok: true; apply?: (draft: ProductInput) => void } | { ok: false; message: string };

export interface ColumnCodec {
  read(cell: string, context: CellContext): CellOutcome;
  write(product: StoredProduct): string;
}

type Parsed<T> = { value: T } | { problem: string };

interface Codec<T> {
  /** The value of a cell that is not empty. */
  parse(text: string, context: CellContext): Parsed<T>;
  /** Puts the value on the product; null for an empty cell of a column that clears. */
  assign(draft: ProductInput, value: T | null): void;
  write(product: StoredProduct): string;
}

/** Formats whose cells are text a spreadsheet could take for a formula. */
const TEXT_FORMATS = new Set<CsvCellFormat>(['text', 'list', 'category', 'choice']);

// ---- reading cells --------------------------------------------------------------------

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export function parseDecimal(text: string): Parsed<number> {
  if (DECIMAL.test(text)) return { value: Number(text) };
  if (/^[+-]?[\d.,\s']+$/.test(text) && /\d/.test(text)) return { problem: `"${text}": use a dot for decimals and no thousands separators, like 1234.50` };
  return { problem: `"${text}" is not a number` };
}

function parseInteger(text: string): Parsed<number> {
  const parsed = parseDecimal(text);
  if ('value' in parsed && !Number.isInteger(parsed.value)) return { problem: `"${text}" is not a whole number` };
  return parsed;
}

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

export function parseBoolean(text: string): Parsed<boolean> {
  const lower = text.toLowerCase();
  if (TRUE.has(lower)) return { value: true };
  if (FALSE.has(lower)) return { value: false };
  return { problem: `"${text}": use true or false` };
}

function parseChoice<T extends string>(options: readonly T[]) {
  return (text: string): Parsed<T> => {
    const lower = text.toLowerCase();
    const found = options.find((option) => option === lower);
    return found ? { value: found } : { problem: `"${text}": use ${options.slice(0, -1).join(', ')} or ${options.at(-1)}` };
  };
}

export function splitList(text: string): string[] {
  return text
    .split(CSV_LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const asText = (text: string): Parsed<string> => ({ value: text });
const asList = (text: string): Parsed<string[]> => ({ value: splitList(text) });

function parseCategory(text: string, context: CellContext): Parsed<string> {
  const names = splitCategoryPath(text);
  if (!names) return { problem: `"${text}": write the category as its path of names, like "Sports > Running"` };
  const id = context.categories.find(names);
  return id ? { value: id } : { problem: `No category "${joinCategoryPath(names)}"; create it first (an import does not create categories)` };
}

// ---- writing cells --------------------------------------------------------------------

function money(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Two decimals (89.90) unless a stored price has more, which must survive a round trip.
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6 ? value.toFixed(2) : String(value);
}

function number(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function bool(value: boolean): string {
  return value ? 'true' : 'false';
}

function list(values: readonly string[] | null | undefined): string {
  return (values ?? []).join(CSV_LIST_SEPARATOR);
}

function imageUrls(product: StoredProduct): string {
  const images = product.images ?? [];
  const primary = images.find((image) => image.isPrimary);
  // The primary image first: the import takes the first URL as the primary one.
  return list((primary ? [primary, ...images.filter((image) => image !== primary)] : images).map((image) => image.url));
}

// ---- the columns ----------------------------------------------------------------------

const dimension = (name: 'weight' | 'length' | 'width' | 'height'): Codec<number> => ({
  parse: parseDecimal,
  assign: (draft, value) => void (draft.dimensions = { ...draft.dimensions, [name]: value }),
  write: (product) => number(product.dimensions?.[name]),
});

const CODECS: { [C in CsvColumnName]: Codec<never> } = {
  sku: codec<string>({ parse: asText, assign: (draft, value) => void (draft.sku = value ?? ''), write: (product) => product.sku }),
  name: codec<string>({ parse: asText, assign: (draft, value) => void (draft.name = value ?? ''), write: (product) => product.name }),
  slug: codec<string>({ parse: asText, assign: (draft, value) => void (draft.slug = value ?? ''), write: (product) => product.slug }),
  description: codec<string>({ parse: asText, assign: (draft, value) => void (draft.description = value ?? ''), write: (product) => product.description }),
  short_description: codec<string>({
    parse: asText,
    assign: (draft, value) => void (draft.shortDescription = value ?? undefined),
    write: (product) => product.shortDescription ?? '',
  }),
  category: codec<string>({
    parse: parseCategory,
    assign: (draft, value) => void (draft.category = value),
    write: (product) => (product.category ? joinCategoryPath((product.categoryPath ?? []).map((entry) => entry.name)) : ''),
  }),
  subcategory: codec<string>({ parse: asText, assign: (draft, value) => void (draft.subcategory = value ?? undefined), write: (product) => product.subcategory ?? '' }),
  brand: codec<string>({ parse: asText, assign: (draft, value) => void (draft.brand = value ?? undefined), write: (product) => product.brand ?? '' }),
  price: codec<number>({ parse: parseDecimal, assign: (draft, value) => void (draft.price.regular = value ?? 0), write: (product) => money(product.price.regular) }),
  sale_price: codec<number>({ parse: parseDecimal, assign: (draft, value) => void (draft.price.sale = value), write: (product) => money(product.price.sale) }),
  currency: codec<string>({ parse: asText, assign: (draft, value) => void (draft.price.currency = value ?? undefined), write: (product) => product.price.currency ?? 'USD' }),
  quantity: codec<number>({ parse: parseInteger, assign: (draft, value) => void (draft.inventory.quantity = value ?? 0), write: (product) => number(product.inventory.quantity) }),
  low_stock_threshold: codec<number>({
    parse: parseInteger,
    assign: (draft, value) => void (draft.inventory.lowStockThreshold = value ?? undefined),
    write: (product) => number(product.inventory.lowStockThreshold ?? 10),
  }),
  allow_backorder: codec<boolean>({
    parse: parseBoolean,
    assign: (draft, value) => void (draft.inventory.allowBackorder = value ?? undefined),
    write: (product) => bool(product.inventory.allowBackorder === true),
  }),
  status: codec<ProductStatus>({ parse: parseChoice(PRODUCT_STATUSES), assign: (draft, value) => void (draft.status = value ?? undefined), write: (product) => product.status }),
  featured: codec<boolean>({ parse: parseBoolean, assign: (draft, value) => void (draft.featured = value ?? undefined), write: (product) => bool(product.featured === true) }),
  active: codec<boolean>({ parse: parseBoolean, assign: (draft, value) => void (draft.isActive = value ?? undefined), write: (product) => bool(product.isActive !== false) }),
  tags: codec<string[]>({ parse: asList, assign: (draft, value) => void (draft.tags = value ?? []), write: (product) => list(product.tags) }),
  image_urls: codec<string[]>({
    parse: asList,
    assign: (draft, urls) => {
      // An image already on the product keeps its alt text, which the file does not carry.
      const alts = new Map((draft.images ?? []).map((image) => [image.url, image.alt]));
      draft.images = (urls ?? []).map((url, index) => ({ url, alt: alts.get(url), isPrimary: index === 0 }));
    },
    write: imageUrls,
  }),
  weight: codec(dimension('weight')),
  length: codec(dimension('length')),
  width: codec(dimension('width')),
  height: codec(dimension('height')),
  free_shipping: codec<boolean>({
    parse: parseBoolean,
    assign: (draft, value) => void (draft.shipping = { ...draft.shipping, freeShipping: value ?? undefined }),
    write: (product) => bool(product.shipping?.freeShipping === true),
  }),
  shipping_class: codec<ShippingClass>({
    parse: parseChoice(SHIPPING_CLASSES),
    assign: (draft, value) => void (draft.shipping = { ...draft.shipping, shippingClass: value }),
    write: (product) => product.shipping?.shippingClass ?? '',
  }),
  shipping_days: codec<number>({
    parse: parseInteger,
    assign: (draft, value) => void (draft.shipping = { ...draft.shipping, estimatedDays: value }),
    write: (product) => number(product.shipping?.estimatedDays),
  }),
  seo_title: codec<string>({
    parse: asText,
    assign: (draft, value) => void (draft.seo = { ...draft.seo, title: value ?? undefined }),
    write: (product) => product.seo?.title ?? '',
  }),
  seo_description: codec<string>({
    parse: asText,
    assign: (draft, value) => void (draft.seo = { ...draft.seo, description: value ?? undefined }),
    write: (product) => product.seo?.description ?? '',
  }),
  seo_keywords: codec<string[]>({
    parse: asList,
    assign: (draft, value) => void (draft.seo = { ...draft.seo, keywords: value ?? [] }),
    write: (product) => list(product.seo?.keywords),
  }),
};

/** Erases the value type so the table can hold every column's codec. */
function codec<T>(definition: Codec<T>): Codec<never> {
  return definition as unknown as Codec<never>;
}

const SPECS = new Map(CSV_COLUMNS.map((column) => [column.header as CsvColumnName, column]));

/** Reads one cell of `column`, following the layout's rule for empty cells. */
export function readCell(column: CsvColumnName, cell: string, context: CellContext): CellOutcome {
  const spec = SPECS.get(column);
  const codec = CODECS[column] as unknown as Codec<unknown>;
  if (!spec) return { ok: false, message: `Unknown column ${column}` };
  let text = cell.trim();
  if (TEXT_FORMATS.has(spec.format)) text = restoreFormula(text);
  if (text === '') {
    if (spec.empty === 'required') return { ok: false, message: 'Required' };
    if (spec.empty === 'keeps') return { ok: true };
    return { ok: true, apply: (draft) => codec.assign(draft, null) };
  }
  const parsed = codec.parse(text, context);
  if ('problem' in parsed) return { ok: false, message: parsed.problem };
  return { ok: true, apply: (draft) => codec.assign(draft, parsed.value) };
}

/** A product as a row of the layout, in CSV_COLUMNS order. */
export function productCells(product: StoredProduct): string[] {
  return CSV_COLUMNS.map((column) => {
    const text = CODECS[column.header].write(product);
    return TEXT_FORMATS.has(column.format) ? neutraliseFormula(text) : text;
  });
}

/** The fields `productCells` reads; exports project to these. */
export const EXPORT_PROJECTION = {
  sku: 1,
  name: 1,
  slug: 1,
  description: 1,
  shortDescription: 1,
  category: 1,
  categoryPath: 1,
  subcategory: 1,
  brand: 1,
  price: 1,
  inventory: 1,
  status: 1,
  featured: 1,
  isActive: 1,
  tags: 1,
  images: 1,
  dimensions: 1,
  shipping: 1,
  seo: 1,
} as const;

/**
 * Which column a product field belongs to: a validation issue at `price.sale`
 * is the `sale_price` cell's.
 */
export function columnOfField(path: readonly PropertyKey[]): CsvColumnName | null {
  const dotted = path.map(String).join('.');
  const match = CSV_COLUMNS.filter((column) => dotted === column.field || dotted.startsWith(`${column.field}.`)).sort((a, b) => b.field.length - a.field.length)[0];
  return match ? match.header : null;
}
