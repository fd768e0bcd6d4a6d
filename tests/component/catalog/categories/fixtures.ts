import type { Category } from '@shared/contract';

/** A category as the list channel returns it; `path` follows from `parents` (root first). */
export function category(id: string, name: string, options: { parent?: Category | null; order?: number; productCount?: number; isActive?: boolean } = {}): Category {
  const parent = options.parent ?? null;
  return {
    id,
    name,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    description: null,
    parent: parent?.id ?? null,
    level: parent ? parent.level + 1 : 0,
    path: parent ? [...parent.path, { id: parent.id, name: parent.name, slug: parent.slug }] : [],
    image: null,
    icon: null,
    order: options.order ?? 0,
    isActive: options.isActive ?? true,
    metadata: { seoTitle: null, seoDescription: null, keywords: [] },
    productCount: options.productCount ?? 0,
  };
}
