import { CSV_COLUMNS, CSV_REQUIRED_COLUMNS, type CsvColumnName, type CsvMapping } from '@shared/contract';
import { AppError } from '../../../errors';

/** Other names a column goes by in files from other shops and spreadsheets. */
const ALIASES: Partial<Record<CsvColumnName, string[]>> = {
  sku: ['product sku', 'article number', 'item number', 'item code'],
  name: ['product name', 'title', 'product title'],
  slug: ['handle', 'url key'],
  description: ['long description', 'body', 'product description'],
  short_description: ['short desc', 'summary'],
  category: ['categories', 'category path'],
  brand: ['manufacturer', 'vendor'],
  price: ['regular price', 'price regular', 'list price'],
  sale_price: ['sale', 'special price', 'discount price'],
  quantity: ['qty', 'stock', 'inventory', 'stock quantity', 'inventory quantity', 'quantity in stock'],
  low_stock_threshold: ['low stock', 'low stock amount', 'reorder level'],
  allow_backorder: ['backorder', 'backorders', 'allow backorders'],
  featured: ['is featured'],
  active: ['is active', 'enabled'],
  tags: ['tag'],
  image_urls: ['images', 'image', 'image url', 'image src'],
  shipping_days: ['estimated days', 'delivery days'],
  seo_title: ['meta title'],
  seo_description: ['meta description'],
  seo_keywords: ['meta keywords'],
};

/** `Sale Price`, `sale_price` and `sale-price` are the same name. */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_NAME = new Map<string, CsvColumnName>();
for (const column of CSV_COLUMNS) {
  for (const name of [column.header, ...(ALIASES[column.header] ?? [])]) BY_NAME.set(normaliseHeader(name), column.header);
}

/** The layout column each header most likely means; null where none fits or an earlier header took it. */
export function suggestMapping(headers: readonly string[]): CsvMapping {
  const taken = new Set<CsvColumnName>();
  const mapping: CsvMapping = {};
  for (const header of headers) {
    if (header.trim() === '') continue;
    const column = BY_NAME.get(normaliseHeader(header)) ?? null;
    mapping[header] = column && !taken.has(column) ? column : null;
    if (column) taken.add(column);
  }
  return mapping;
}

/** A header of the file and the layout column its cells fill. */
export interface ColumnSlot {
  /** The cell's position in each row. */
  index: number;
  header: string;
  column: CsvColumnName;
}

export interface ResolvedColumns {
  /** Every non-empty header, mapped to a column or null. */
  mapping: CsvMapping;
  slots: ColumnSlot[];
  warnings: string[];
}

function invalid(message: string, field = 'mapping'): AppError {
  return new AppError('VALIDATION', message, { [field]: message });
}

function quoteList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/**
 * Which cells fill which columns: the mapping given, or one suggested from the
 * header names. Refuses a header row it cannot use, naming what is wrong.
 */
export function resolveColumns(headers: readonly string[], given: CsvMapping | undefined): ResolvedColumns {
  const seen = new Map<string, number>();
  headers.forEach((header, index) => {
    const name = header.trim();
    if (name === '') return;
    const first = seen.get(name);
    if (first !== undefined) throw invalid(`The header names the column "${name}" twice (columns ${first + 1} and ${index + 1}); rename one`, 'file');
    seen.set(name, index);
  });

  const mapping: CsvMapping = {};
  if (given) {
    for (const header of Object.keys(given)) {
      if (!seen.has(header.trim())) throw invalid(`The file has no column "${header}"`);
    }
    for (const header of seen.keys()) mapping[header] = given[header] ?? null;
  } else {
    Object.assign(mapping, suggestMapping([...seen.keys()]));
    if (Object.values(mapping).every((column) => column === null)) {
      throw invalid(
        `The first line should name the columns (${CSV_REQUIRED_COLUMNS.join(', ')}, …), but none of its cells is a column this import knows. Add a header row, or start from the template`,
        'file',
      );
    }
  }

  const byColumn = new Map<CsvColumnName, string>();
  for (const [header, column] of Object.entries(mapping)) {
    if (!column) continue;
    const other = byColumn.get(column);
    if (other !== undefined) throw invalid(`"${other}" and "${header}" are both mapped to ${column}; map only one`);
    byColumn.set(column, header);
  }
  const missing = CSV_REQUIRED_COLUMNS.filter((column) => !byColumn.has(column));
  if (missing.length > 0) {
    throw invalid(`The file has no column for ${missing.join(', ')}; ${missing.length === 1 ? 'it is' : 'they are'} required. Add ${missing.length === 1 ? 'it' : 'them'}, or map ${missing.length === 1 ? 'a column' : 'columns'} to ${missing.length === 1 ? 'it' : 'them'}`, 'file');
  }

  const slots = [...seen].flatMap(([header, index]) => {
    const column = mapping[header];
    return column ? [{ index, header, column }] : [];
  });
  const warnings: string[] = [];
  const ignored = Object.entries(mapping).filter(([, column]) => column === null).map(([header]) => header);
  if (ignored.length > 0) warnings.push(`Not imported: ${quoteList(ignored)}`);
  if (headers.some((header) => header.trim() === '')) warnings.push('Columns without a name in the header row are not imported');
  return { mapping, slots, warnings };
}
