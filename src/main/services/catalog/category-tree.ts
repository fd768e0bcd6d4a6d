import { isObjectIdOrHexString, trusted, Types } from 'mongoose';
import { slugify } from '../../../shared/slug';
import { AppError } from '../../errors';
import type { Models } from '../../models';

/**
 * The category tree and the copies of it kept elsewhere (design document 5.2):
 * - `category.level` and `category.path` (ancestors, root first) follow the
 *   `parent` pointers, which are the source of truth;
 * - `product.categoryPath` is the product's category's path plus the category
 *   itself;
 * - `category.productCount` (kept by product-integrity.ts) counts the products
 *   directly in the category.
 *
 * No multi-document transactions: every change writes the category itself
 * first (one atomic write) and then brings the copies in line. A crash midway
 * leaves stale copies, never a wrong source; running the same call again
 * finishes it (each step is idempotent), and `repairCatalog` rebuilds them all.
 * Copies are written through the driver: they are not edits, so `updatedAt`
 * stays as it was.
 */

/** One category in a path, as stored in `categories.path` and `products.categoryPath`. */
export interface CategoryPathEntry {
  _id: string;
  name: string;
  slug: string;
}

export interface CategoryDTO {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  parent: string | null;
  level: number;
  /** Ancestors, root first; empty for a root. */
  path: CategoryPathEntry[];
  order: number;
  isActive: boolean;
  /** Products whose `category` is this one (not those of subcategories). */
  productCount: number;
}

export interface CategoryMetadata {
  seoTitle?: string;
  seoDescription?: string;
  keywords?: string[];
}

export interface CreateCategoryInput {
  name: string;
  /** Derived from the name when absent. */
  slug?: string;
  parent?: string | null;
  description?: string;
  image?: string;
  icon?: string;
  order?: number;
  isActive?: boolean;
  metadata?: CategoryMetadata;
}

/** What `updateCategory` may change; the parent changes only through `moveCategory`. */
export type UpdateCategoryInput = Partial<Omit<CreateCategoryInput, 'parent'>>;

export interface DeleteCategoryOptions {
  /** Where the category's products go; required when it has any. */
  moveProductsTo?: string;
}

export interface DeletedCategoryReport {
  productsMoved: number;
  /** Coupons the category was taken out of. */
  coupons: number;
  /** Of those, coupons switched off because they would otherwise apply to every product. */
  couponsDeactivated: number;
}

/** A path entry as the driver stores it. */
export interface StoredPathEntry {
  _id: Types.ObjectId;
  name: string;
  slug: string;
}

/** A category with the path it should have (from its parents), as the tree walk hands it on. */
export interface PlacedCategory {
  _id: Types.ObjectId;
  name: string;
  slug: string;
  path: StoredPathEntry[];
}

interface StoredCategory {
  _id: Types.ObjectId;
  name: string;
  slug: string;
  description?: string | null;
  parent?: Types.ObjectId | null;
  level?: number | null;
  path?: StoredPathEntry[] | null;
  order?: number | null;
  isActive?: boolean | null;
  productCount?: number | null;
}

/** Deeper than any real catalog; stops a walk through corrupted parent pointers. */
const MAX_DEPTH = 100;
/** Parents per `$in` query and writes per bulk write in the tree walk. */
const WALK_BATCH = 500;

// ---- ids, errors, conversion ------------------------------------------------------------

/** `id` as an ObjectId, or VALIDATION naming `field` when it is not one. */
export function parseId(id: unknown, field: string): Types.ObjectId {
  if (id instanceof Types.ObjectId) return id;
  if (typeof id !== 'string' || !isObjectIdOrHexString(id)) {
    throw new AppError('VALIDATION', `${field}: "${String(id)}" is not a valid id`, { [field]: 'Not a valid id' });
  }
  return new Types.ObjectId(id);
}

function categoryNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', `No category with id "${id}"`, { id: 'No category with this id' });
}

/** A category named by another input field (parent, moveProductsTo) that does not exist. */
function missingReference(field: string, id: string): AppError {
  return new AppError('VALIDATION', `${field}: no category with id "${id}"`, { [field]: 'No category with this id' });
}

function toEntry(entry: StoredPathEntry): CategoryPathEntry {
  return { _id: entry._id.toHexString(), name: entry.name, slug: entry.slug };
}

function toDTO(category: StoredCategory): CategoryDTO {
  return {
    id: category._id.toHexString(),
    name: category.name,
    slug: category.slug,
    description: category.description ?? null,
    parent: category.parent ? category.parent.toHexString() : null,
    level: category.level ?? 0,
    path: (category.path ?? []).map(toEntry),
    order: category.order ?? 0,
    isActive: category.isActive ?? true,
    productCount: category.productCount ?? 0,
  };
}

/** The entry that stands for `category` in its descendants' and products' paths. */
function entryOf(category: { _id: Types.ObjectId; name: string; slug: string }): StoredPathEntry {
  // Field order matters: stored paths are compared as whole documents.
  return { _id: category._id, name: category.name, slug: category.slug };
}

/** The path of a category's children and products: its own path plus itself. */
export function pathThrough(category: { _id: Types.ObjectId; name: string; slug: string; path?: StoredPathEntry[] | null }): StoredPathEntry[] {
  return [...(category.path ?? []).map(entryOf), entryOf(category)];
}

/** The same path with ids as strings, for callers that hand it on or return it. */
export function toPathEntries(path: StoredPathEntry[]): CategoryPathEntry[] {
  return path.map(toEntry);
}

export function samePath(stored: ReadonlyArray<StoredPathEntry> | null | undefined, expected: ReadonlyArray<StoredPathEntry>): boolean {
  if (!stored || stored.length !== expected.length) return false;
  return stored.every((entry, index) => {
    const want = expected[index];
    // String(): a hand-edited entry may hold its id as a string rather than an ObjectId.
    return want !== undefined && String(entry._id) === want._id.toHexString() && entry.name === want.name && entry.slug === want.slug;
  });
}

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

function slugTaken(slug: string): AppError {
  return new AppError('CONFLICT', `Another category already uses the slug "${slug}"; give this one a different slug`, { slug: 'Already in use' });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---- reads --------------------------------------------------------------------------------

async function loadCategory(models: Models, id: Types.ObjectId): Promise<StoredCategory | null> {
  return models.Category.findById(id).lean<StoredCategory>();
}

async function requireCategory(models: Models, idText: string): Promise<StoredCategory> {
  const id = parseId(idText, 'id');
  const category = await loadCategory(models, id);
  if (!category) throw categoryNotFound(idText);
  return category;
}

async function requireReference(models: Models, idText: string, field: string): Promise<StoredCategory> {
  const category = await loadCategory(models, parseId(idText, field));
  if (!category) throw missingReference(field, idText);
  return category;
}

/**
 * Root to the category itself: what a product in `categoryId` stores as its
 * `categoryPath`. NOT_FOUND when there is no such category.
 */
export async function categoryPathFor(models: Models, categoryId: string): Promise<CategoryPathEntry[]> {
  return toPathEntries(pathThrough(await requireCategory(models, categoryId)));
}

export async function getCategory(models: Models, id: string): Promise<CategoryDTO> {
  return toDTO(await requireCategory(models, id));
}

// ---- checks -------------------------------------------------------------------------------

function checkName(name: unknown): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (!trimmed) throw new AppError('VALIDATION', 'name is required', { name: 'Required' });
  return trimmed;
}

function checkSlug(slug: string | undefined, name: string): string {
  const value = slug === undefined ? slugify(name) : slugify(slug);
  if (!value) {
    throw new AppError('VALIDATION', 'slug: give a slug with letters or digits (none could be made from the name)', { slug: 'Needs letters or digits' });
  }
  return value;
}

/**
 * Names are unique among a parent's children, ignoring case ("Laptops" and
 * "laptops" would read as the same category). There is no index for this (the
 * design document lists none), so two concurrent creates can both pass.
 */
async function assertNameFree(models: Models, parent: Types.ObjectId | null, name: string, except?: Types.ObjectId): Promise<void> {
  const clash = await models.Category.findOne({ parent, name: new RegExp(`^${escapeRegExp(name)}$`, 'i') }, { _id: 1 }).lean<{ _id: Types.ObjectId }>();
  if (clash && !(except && clash._id.equals(except))) {
    const where = parent ? 'this parent' : 'the top level';
    throw new AppError('CONFLICT', `A category named "${name}" already exists under ${where}`, { name: 'Already used by a sibling category' });
  }
}

async function assertSlugFree(models: Models, slug: string, except?: Types.ObjectId): Promise<void> {
  const clash = await models.Category.findOne({ slug }, { _id: 1 }).lean<{ _id: Types.ObjectId }>();
  if (clash && !(except && clash._id.equals(except))) throw slugTaken(slug);
}

/**
 * Refuses a parent that is the category itself or one of its descendants. Walks
 * up the `parent` pointers (the source of truth) rather than trusting `path`.
 */
async function assertNotOwnAncestor(models: Models, category: StoredCategory, newParent: StoredCategory): Promise<void> {
  if (newParent._id.equals(category._id)) {
    throw new AppError('VALIDATION', `"${category.name}" cannot be its own parent`, { parent: 'A category cannot be its own parent' });
  }
  let current: Types.ObjectId | null | undefined = newParent.parent;
  for (let depth = 0; current; depth += 1) {
    if (current.equals(category._id) || depth > MAX_DEPTH) {
      throw new AppError('VALIDATION', `"${category.name}" cannot move under "${newParent.name}", which is inside it`, {
        parent: 'Cannot move a category under one of its own subcategories',
      });
    }
    const up: { parent?: Types.ObjectId | null } | null = await models.Category.findById(current, { parent: 1 }).lean<{ parent?: Types.ObjectId | null }>();
    current = up?.parent;
  }
}

// ---- copies of the tree -------------------------------------------------------------------

/**
 * Writes `expected` as `categoryPath` on the products of `categoryId` (null: of
 * no category) whose stored path differs; returns how many (in a dry run, how
 * many would change). One server-side update: no product is read.
 */
export async function syncProductPaths(models: Models, categoryId: Types.ObjectId | null, expected: StoredPathEntry[], dryRun = false): Promise<number> {
  const filter = { category: categoryId, categoryPath: { $ne: expected } };
  if (dryRun) return models.Product.collection.countDocuments(filter);
  const result = await models.Product.collection.updateMany(filter, { $set: { categoryPath: expected } });
  return result.modifiedCount;
}

export interface WalkOptions {
  dryRun?: boolean;
  /** Parents per query and writes per bulk write. */
  batchSize?: number;
  /** Called once per category reached, with the path it should have. */
  onPlaced?: (category: PlacedCategory) => Promise<void>;
}

type PathOf = (category: StoredCategory) => StoredPathEntry[] | undefined;

/**
 * Sets `level` and `path` on the categories `filter` finds, where they differ
 * from `pathOf` (level = path length); returns the categories as placed and how
 * many were fixed. Streams the matches and writes them a batch at a time.
 */
async function placeMatching(models: Models, filter: object, pathOf: PathOf, options: WalkOptions): Promise<{ placed: PlacedCategory[]; fixed: number }> {
  const batchSize = options.batchSize ?? WALK_BATCH;
  const placed: PlacedCategory[] = [];
  let fixed = 0;
  let writes: Array<{ updateOne: { filter: { _id: Types.ObjectId }; update: object } }> = [];
  const flush = async () => {
    if (writes.length > 0 && !options.dryRun) await models.Category.collection.bulkWrite(writes, { ordered: false });
    writes = [];
  };
  const cursor = models.Category.collection.find<StoredCategory>(filter, {
    projection: { name: 1, slug: 1, parent: 1, level: 1, path: 1 },
    batchSize,
  });
  for await (const category of cursor) {
    const path = pathOf(category);
    if (!path) continue;
    if (category.level !== path.length || !samePath(category.path, path)) {
      fixed += 1;
      writes.push({ updateOne: { filter: { _id: category._id }, update: { $set: { level: path.length, path } } } });
      if (writes.length >= batchSize) await flush();
    }
    const here: PlacedCategory = { _id: category._id, name: category.name, slug: category.slug, path };
    placed.push(here);
    await options.onPlaced?.(here);
  }
  await flush();
  return { placed, fixed };
}

/**
 * Walks down the tree from `start` (the roots, or one category whose own level
 * and path are already right), level by level through `parent` pointers, fixing
 * every descendant's `level` and `path`. Returns how many it fixed. Memory holds
 * one level of the tree at a time, never the whole collection. Categories not
 * reachable from `start` (an orphan whose parent is gone) are left alone.
 */
export async function placeSubtree(models: Models, start: 'roots' | PlacedCategory, options: WalkOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? WALK_BATCH;
  let fixed = 0;
  let frontier: PlacedCategory[];
  if (start === 'roots') {
    const roots = await placeMatching(models, { parent: null }, () => [], options);
    fixed += roots.fixed;
    frontier = roots.placed;
  } else {
    await options.onPlaced?.(start);
    frontier = [start];
  }
  for (let depth = 0; frontier.length > 0; depth += 1) {
    if (depth > MAX_DEPTH) throw new Error(`Category tree deeper than ${MAX_DEPTH} levels: the parent pointers form a cycle`);
    const next: PlacedCategory[] = [];
    for (let from = 0; from < frontier.length; from += batchSize) {
      const parents = new Map(frontier.slice(from, from + batchSize).map((parent) => [parent._id.toHexString(), parent]));
      const children = await placeMatching(
        models,
        { parent: { $in: [...parents.values()].map((parent) => parent._id) } },
        (child) => {
          const parent = child.parent ? parents.get(child.parent.toHexString()) : undefined;
          return parent ? pathThrough(parent) : undefined;
        },
        options,
      );
      fixed += children.fixed;
      next.push(...children.placed);
    }
    frontier = next;
  }
  return fixed;
}

/** Rewrites a renamed category's entry wherever it is copied: descendants' paths and products' paths. */
async function renameInPaths(models: Models, entry: StoredPathEntry): Promise<void> {
  const set = (field: string) => ({ $set: { [`${field}.$[entry].name`]: entry.name, [`${field}.$[entry].slug`]: entry.slug } });
  const arrayFilters = [{ 'entry._id': entry._id }];
  await models.Category.collection.updateMany({ 'path._id': entry._id }, set('path'), { arrayFilters });
  await models.Product.collection.updateMany({ 'categoryPath._id': entry._id }, set('categoryPath'), { arrayFilters });
}

// ---- commands -----------------------------------------------------------------------------

export async function createCategory(models: Models, input: CreateCategoryInput): Promise<CategoryDTO> {
  const name = checkName(input.name);
  const slug = checkSlug(input.slug, name);
  const parent = input.parent ? await requireReference(models, input.parent, 'parent') : null;
  const parentId = parent ? parent._id : null;
  await assertNameFree(models, parentId, name);
  await assertSlugFree(models, slug);
  const path = parent ? pathThrough(parent) : [];
  try {
    const created = await models.Category.create({
      name,
      slug,
      parent: parentId,
      level: path.length,
      path,
      description: input.description,
      image: input.image,
      icon: input.icon,
      order: input.order,
      isActive: input.isActive,
      metadata: input.metadata,
      productCount: 0,
    });
    return toDTO(created.toObject() as StoredCategory);
  } catch (error) {
    if (isDuplicateKey(error)) throw slugTaken(slug);
    throw error;
  }
}

/**
 * Changes a category's own fields. A new name or slug is then written into every
 * descendant's `path` and every product's `categoryPath` that holds it (a crash
 * before that leaves stale copies; calling again, or repairCatalog, fixes them).
 */
export async function updateCategory(models: Models, id: string, input: UpdateCategoryInput): Promise<CategoryDTO> {
  const category = await requireCategory(models, id);
  const name = input.name === undefined ? category.name : checkName(input.name);
  const slug = input.slug === undefined ? category.slug : checkSlug(input.slug, name);
  if (name !== category.name) await assertNameFree(models, category.parent ?? null, name, category._id);
  if (slug !== category.slug) await assertSlugFree(models, slug, category._id);

  const document = await models.Category.findById(category._id);
  if (!document) throw categoryNotFound(id);
  document.set({ ...input, name, slug });
  try {
    await document.save();
  } catch (error) {
    if (isDuplicateKey(error)) throw slugTaken(slug);
    throw error;
  }
  if (input.name !== undefined || input.slug !== undefined) await renameInPaths(models, entryOf({ _id: category._id, name, slug }));
  return toDTO(document.toObject() as StoredCategory);
}

/**
 * Puts a category (with its subtree) under `newParentId`, or at the top level
 * for null. The category is written first (parent, level, path in one update),
 * then its subtree and their products are walked and fixed; moving to the
 * parent it already has re-runs that walk, which is how an interrupted move is
 * finished. Product counts do not change: they count direct products only.
 */
export async function moveCategory(models: Models, id: string, newParentId: string | null): Promise<CategoryDTO> {
  const category = await requireCategory(models, id);
  const newParent = newParentId === null ? null : newParentId === id ? category : await requireReference(models, newParentId, 'parent');
  if (newParent) await assertNotOwnAncestor(models, category, newParent);
  const parentId = newParent ? newParent._id : null;
  await assertNameFree(models, parentId, category.name, category._id);

  const path = newParent ? pathThrough(newParent) : [];
  await models.Category.updateOne({ _id: category._id }, { $set: { parent: parentId, level: path.length, path } });
  const placed: PlacedCategory = { _id: category._id, name: category.name, slug: category.slug, path };
  await placeSubtree(models, placed, {
    onPlaced: async (each) => {
      await syncProductPaths(models, each._id, pathThrough(each));
    },
  });
  return getCategory(models, id);
}

/**
 * Takes a category out of coupons' `applicableCategories`. A coupon left with
 * neither products nor categories would apply to everything (empty means
 * "all"), so such a coupon is switched off instead of silently widened.
 */
async function detachFromCoupons(models: Models, categoryId: Types.ObjectId): Promise<{ coupons: number; couponsDeactivated: number }> {
  const onlyThis = await models.Coupon.updateMany(
    { applicableCategories: [categoryId], 'applicableProducts.0': trusted({ $exists: false }) },
    { $pull: { applicableCategories: categoryId }, $set: { isActive: false } },
  );
  const others = await models.Coupon.updateMany({ applicableCategories: categoryId }, { $pull: { applicableCategories: categoryId } });
  return { coupons: onlyThis.modifiedCount + others.modifiedCount, couponsDeactivated: onlyThis.modifiedCount };
}

/**
 * Deletes a category that has no subcategories. Its products must go somewhere
 * first (`moveProductsTo`). Steps: move the products (category, path), add them
 * to the destination's count, take the category out of coupons, delete it. A
 * crash midway leaves the category in place; calling again finishes (the
 * products are already gone, so no destination is needed), and a destination
 * count left short is fixed by repairCatalog.
 */
export async function deleteCategory(models: Models, id: string, options: DeleteCategoryOptions = {}): Promise<DeletedCategoryReport> {
  const category = await requireCategory(models, id);
  const children = await models.Category.countDocuments({ parent: category._id });
  if (children > 0) {
    throw new AppError('CONFLICT', `"${category.name}" has ${children} subcategor${children === 1 ? 'y' : 'ies'}; move or delete them first`, {
      id: 'Has subcategories',
    });
  }

  let productsMoved = 0;
  const products = await models.Product.countDocuments({ category: category._id });
  if (products > 0) {
    if (!options.moveProductsTo) {
      throw new AppError('CONFLICT', `"${category.name}" has ${products} product${products === 1 ? '' : 's'}; choose a category to move them to`, {
        moveProductsTo: 'Required: the category has products',
      });
    }
    if (options.moveProductsTo === id) {
      throw new AppError('VALIDATION', 'moveProductsTo: products cannot move to the category being deleted', { moveProductsTo: 'Choose another category' });
    }
    const destination = await requireReference(models, options.moveProductsTo, 'moveProductsTo');
    const moved = await models.Product.collection.updateMany(
      { category: category._id },
      { $set: { category: destination._id, categoryPath: pathThrough(destination), updatedAt: new Date() } },
    );
    productsMoved = moved.modifiedCount;
    await models.Category.collection.updateOne({ _id: destination._id }, { $inc: { productCount: productsMoved } });
  }

  const coupons = await detachFromCoupons(models, category._id);
  await models.Category.deleteOne({ _id: category._id });
  return { productsMoved, ...coupons };
}
