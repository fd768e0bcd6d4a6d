import { CSV_CATEGORY_SEPARATOR } from '@shared/contract';
import type { Models } from '../../../models';

/** A category as the index needs it: its id and the names from the top down to it. */
export interface NamedCategory {
  id: string;
  names: string[];
}

function key(names: readonly string[]): string {
  return names.map((name) => name.trim().toLowerCase()).join('\u0000');
}

/** Splits `Sports > Running > Trail` into its names; null when a name is empty. */
export function splitCategoryPath(text: string): string[] | null {
  const names = text.split('>').map((name) => name.trim());
  return names.some((name) => name === '') ? null : names;
}

export function joinCategoryPath(names: readonly string[]): string {
  return names.join(CSV_CATEGORY_SEPARATOR);
}

/**
 * Finds categories by their path of names, ignoring case. Sibling names are
 * unique (the categories service sees to it), so a path names one category.
 */
export class CategoryIndex {
  private readonly byPath = new Map<string, string>();

  constructor(categories: readonly NamedCategory[]) {
    for (const category of categories) this.byPath.set(key(category.names), category.id);
  }

  /** Every category of the tree; categories are few, products many. */
  static async load(models: Models): Promise<CategoryIndex> {
    const categories = await models.Category.find({}, { name: 1, path: 1 }).lean();
    return new CategoryIndex(categories.map((category) => ({ id: category._id.toHexString(), names: [...(category.path ?? []).map((entry) => entry.name), category.name] })));
  }

  find(names: readonly string[]): string | undefined {
    return this.byPath.get(key(names));
  }
}
