import { trusted, Types } from 'mongoose';
import type { ProductFilters, ProductRow, ProductSort } from '@shared/contract';
import { AppError } from '../../errors';
import type { Models } from '../../models';
import { ROW_PROJECTION, toProductRow, type StoredProduct } from './product-dto';
import { afterPosition, decodeSortCursor, encodeSortCursor, type SortValue } from './sort-cursor';

export interface ProductListInput extends ProductFilters {
  sort: ProductSort;
  direction: 'asc' | 'desc';
  cursor?: string;
  limit: number;
}

export interface ProductPage {
  items: ProductRow[];
  nextCursor: string | null;
  total: number;
  searchMode: 'none' | 'exact' | 'text' | 'prefix';
}

/** Each sort's field; every one has a (field, _id) index (product.model.ts). */
const SORT_FIELDS: Record<ProductSort, string> = {
  updatedAt: 'updatedAt',
  name: 'name',
  price: 'price.regular',
  createdAt: 'createdAt',
  rating: 'ratings.average',
};

/** Full-text results are ranked, not keyset-paged: at most this many are paged through. */
export const TEXT_SEARCH_CAP = 500;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function readPath(document: unknown, path: string): SortValue {
  const value = path.split('.').reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined), document);
  return value instanceof Date || typeof value === 'string' || typeof value === 'number' ? value : null;
}

/** A category and every category below it (categories are few; products many). */
async function categorySubtree(models: Models, categoryId: string): Promise<Types.ObjectId[]> {
  const root = new Types.ObjectId(categoryId);
  const below = await models.Category.find({ 'path._id': root }, { _id: 1 }).lean();
  return [root, ...below.map((category) => category._id)];
}

/** The filters as a query; values the user typed are plain values, operators are ours. */
async function filterQuery(models: Models, filters: ProductFilters, scope: Record<string, unknown>): Promise<Record<string, unknown>> {
  const query: Record<string, unknown> = { ...scope };
  if (filters.status) query.status = filters.status;
  if (filters.featured !== undefined) query.featured = filters.featured;
  if (filters.stock) query['inventory.status'] = filters.stock;
  if (filters.brand) query.brand = filters.brand;
  if (filters.category) query.category = trusted({ $in: await categorySubtree(models, filters.category) });
  if (filters.priceMin !== undefined || filters.priceMax !== undefined) {
    query['price.regular'] = trusted({
      ...(filters.priceMin !== undefined ? { $gte: filters.priceMin } : {}),
      ...(filters.priceMax !== undefined ? { $lte: filters.priceMax } : {}),
    });
  }
  return query;
}

function decodeOffset(cursor: string): number {
  const offset = Number(/^o(\d+)$/.exec(cursor)?.[1]);
  if (!Number.isInteger(offset) || offset < 0 || offset >= TEXT_SEARCH_CAP) {
    throw new AppError('VALIDATION', 'cursor: Not a cursor this list gave out', { cursor: 'Not a cursor this list gave out' });
  }
  return offset;
}

export interface MatchingQuery {
  query: Record<string, unknown>;
  mode: ProductPage['searchMode'];
}

/**
 * The products a list (or "all matching" bulk change) means. A search finds an
 * exact SKU or slug first; else full text over name, description and tags
 * where the server has text search; else names starting with the words typed.
 */
export async function matchingQuery(
  models: Models,
  filters: ProductFilters,
  scope: Record<string, unknown>,
  capabilities: { textSearch: boolean },
): Promise<MatchingQuery> {
  const query = await filterQuery(models, filters, scope);
  const search = filters.search?.trim();
  if (!search) return { query, mode: 'none' };
  const exact = await models.Product.findOne({ ...query, $or: [{ sku: search }, { slug: search.toLowerCase() }] }, { _id: 1 }).lean();
  if (exact) return { query: { ...query, _id: exact._id }, mode: 'exact' };
  if (capabilities.textSearch) return { query: { ...query, $text: trusted({ $search: search }) }, mode: 'text' };
  return { query: { ...query, name: new RegExp(`^${escapeRegex(search)}`, 'i') }, mode: 'prefix' };
}

/**
 * One page of the catalog. Text-search results are ranked by relevance and
 * paged by position (capped); every other list pages on a (sort key, _id)
 * keyset, so page 500 costs what page 1 does.
 */
export async function listProducts(
  models: Models,
  input: ProductListInput,
  scope: Record<string, unknown>,
  capabilities: { textSearch: boolean },
): Promise<ProductPage> {
  const { Product } = models;
  const { query, mode } = await matchingQuery(models, input, scope, capabilities);

  if (mode === 'text') {
    const offset = input.cursor ? decodeOffset(input.cursor) : 0;
    const [rows, matches] = await Promise.all([
      Product.find(query, { ...ROW_PROJECTION, score: { $meta: 'textScore' } })
        .sort({ score: { $meta: 'textScore' }, _id: 1 })
        .skip(offset)
        .limit(input.limit + 1)
        .lean<StoredProduct[]>(),
      Product.countDocuments(query),
    ]);
    const next = offset + input.limit;
    return {
      items: rows.slice(0, input.limit).map(toProductRow),
      nextCursor: rows.length > input.limit && next < TEXT_SEARCH_CAP ? `o${next}` : null,
      total: Math.min(matches, TEXT_SEARCH_CAP),
      searchMode: mode,
    };
  }

  const field = SORT_FIELDS[input.sort];
  const direction = input.direction === 'asc' ? 1 : -1;
  const page = input.cursor ? { ...query, ...afterPositionOf(input.cursor, field, direction) } : query;
  const filtered = Object.keys(query).length > 0;
  const [rows, total] = await Promise.all([
    Product.find(page, ROW_PROJECTION)
      .sort({ [field]: direction, _id: direction })
      .limit(input.limit + 1)
      .lean<StoredProduct[]>(),
    filtered ? Product.countDocuments(query) : Product.estimatedDocumentCount(),
  ]);
  const last = rows.length > input.limit ? rows[input.limit - 1] : undefined;
  return {
    items: rows.slice(0, input.limit).map(toProductRow),
    nextCursor: last ? encodeSortCursor(readPath(last, field), last._id) : null,
    total,
    searchMode: mode,
  };
}

function afterPositionOf(cursor: string, field: string, direction: 1 | -1): Record<string, unknown> {
  const position = decodeSortCursor(cursor);
  return { $and: [afterPosition(field, direction, position.value, position.id)] };
}
