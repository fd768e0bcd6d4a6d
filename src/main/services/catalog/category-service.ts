import { trusted, Types } from 'mongoose';
import type { Category, CategoryInput } from '@shared/contract';
import type { AuditRecorder } from '../../audit/audit-recorder';
import { AppError } from '../../errors';
import type { Models } from '../../models';
import { createCategory, deleteCategory, moveCategory, updateCategory } from './category-tree';

interface StoredCategory {
  _id: Types.ObjectId;
  name: string;
  slug: string;
  description?: string | null;
  parent?: Types.ObjectId | null;
  level?: number | null;
  path?: Array<{ _id: Types.ObjectId; name: string; slug: string }> | null;
  image?: string | null;
  icon?: string | null;
  order?: number | null;
  isActive?: boolean | null;
  metadata?: { seoTitle?: string | null; seoDescription?: string | null; keywords?: string[] | null } | null;
  productCount?: number | null;
}

function toCategory(category: StoredCategory): Category {
  return {
    id: category._id.toHexString(),
    name: category.name,
    slug: category.slug,
    description: category.description ?? null,
    parent: category.parent ? category.parent.toHexString() : null,
    level: category.level ?? 0,
    path: (category.path ?? []).map((entry) => ({ id: entry._id.toHexString(), name: entry.name, slug: entry.slug })),
    image: category.image ?? null,
    icon: category.icon ?? null,
    order: category.order ?? 0,
    isActive: category.isActive !== false,
    metadata: {
      seoTitle: category.metadata?.seoTitle ?? null,
      seoDescription: category.metadata?.seoDescription ?? null,
      keywords: category.metadata?.keywords ?? [],
    },
    productCount: category.productCount ?? 0,
  };
}

/**
 * Empty strings from a form mean "none": the key stays with undefined, which
 * clears the stored value on update (and is simply absent on create).
 */
function cleaned(input: Partial<CategoryInput>): Partial<CategoryInput> {
  const clear = (value: unknown): unknown => (value === '' ? undefined : value);
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => [
      key,
      key === 'metadata' && value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([inner, text]) => [inner, clear(text)])) : clear(value),
    ]),
  ) as Partial<CategoryInput>;
}

/** The category tree as the contract shows it; the rules live in category-tree.ts. */
export function createCategoryService(deps: { models: () => Models }) {
  async function load(id: string): Promise<StoredCategory> {
    const category = await deps.models().Category.findById(new Types.ObjectId(id)).lean<StoredCategory>();
    if (!category) throw new AppError('NOT_FOUND', `No category with id "${id}"`, { id: 'No category with this id' });
    return category;
  }

  return {
    /** The whole tree: categories are few (hundreds), unlike products. */
    async list(): Promise<{ categories: Category[] }> {
      const rows = await deps.models().Category.find({}).sort({ level: 1, order: 1, name: 1 }).lean<StoredCategory[]>();
      return { categories: rows.map(toCategory) };
    },

    async create(parent: string | null, input: CategoryInput, audit: AuditRecorder): Promise<{ category: Category }> {
      const created = await createCategory(deps.models(), { ...(cleaned(input) as CategoryInput), parent });
      const stored = await load(created.id);
      audit.record({ collection: 'categories', targetId: created.id, before: null, after: toCategory(stored) });
      return { category: toCategory(stored) };
    },

    async update(id: string, input: Partial<CategoryInput>, audit: AuditRecorder): Promise<{ category: Category }> {
      const before = toCategory(await load(id));
      await updateCategory(deps.models(), id, cleaned(input));
      const after = toCategory(await load(id));
      audit.record({ collection: 'categories', targetId: id, before, after });
      return { category: after };
    },

    async move(id: string, parent: string | null, order: number | undefined, audit: AuditRecorder): Promise<{ category: Category }> {
      const before = toCategory(await load(id));
      if (before.parent !== parent) await moveCategory(deps.models(), id, parent);
      if (order !== undefined) await updateCategory(deps.models(), id, { order });
      const after = toCategory(await load(id));
      audit.record({ collection: 'categories', targetId: id, before, after });
      return { category: after };
    },

    /** Sets the order of all of a parent's children at once; the list must name each exactly once. */
    async reorder(parent: string | null, ids: string[], audit: AuditRecorder): Promise<{ categories: Category[] }> {
      const { Category: Categories } = deps.models();
      const parentId = parent ? new Types.ObjectId(parent) : null;
      const siblings = await Categories.find({ parent: parentId }).lean<StoredCategory[]>();
      const known = new Set(siblings.map((category) => category._id.toHexString()));
      if (ids.length !== known.size || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id))) {
        throw new AppError('CONFLICT', 'The subcategories changed since they were shown; reload and reorder again', { ids: 'Must list every subcategory exactly once' });
      }
      const before = new Map(siblings.map((category) => [category._id.toHexString(), category.order ?? 0]));
      await Categories.bulkWrite(ids.map((id, order) => ({ updateOne: { filter: { _id: new Types.ObjectId(id), parent: parentId }, update: { $set: { order } } } })));
      ids.forEach((id, order) => {
        if (before.get(id) !== order) audit.record({ collection: 'categories', targetId: id, before: { order: before.get(id) }, after: { order } });
      });
      const after = await Categories.find({ _id: trusted({ $in: ids.map((id) => new Types.ObjectId(id)) }) }).sort({ order: 1 }).lean<StoredCategory[]>();
      return { categories: after.map(toCategory) };
    },

    async remove(id: string, moveProductsTo: string | undefined, audit: AuditRecorder) {
      const before = toCategory(await load(id));
      const report = await deleteCategory(deps.models(), id, moveProductsTo ? { moveProductsTo } : {});
      audit.record({ collection: 'categories', targetId: id, before, after: null });
      return report;
    },
  };
}

export type CategoryService = ReturnType<typeof createCategoryService>;
