import type { Types } from 'mongoose';
import { slugify } from '../../../shared/slug';
import { CURRENT_SCHEMA_VERSION } from '../../models/schema-version';
import { DAY_MS, HOUR_MS } from '../clock';
import { TAXONOMY, type LeafProfile } from '../data/taxonomy';
import type { PlannerTools, SeedWorld } from '../world';

/** One entry of a denormalised category path. */
export interface CategoryPathEntry {
  _id: Types.ObjectId;
  name: string;
  slug: string;
}

/** A category of the fixed tree, with what products on it look like when it is a leaf. */
export interface CategoryNode {
  index: number;
  id: Types.ObjectId;
  name: string;
  slug: string;
  description: string;
  icon: string;
  parent: CategoryNode | null;
  level: number;
  /** Position among its siblings. */
  order: number;
  /** Ancestors, root first (what `categories.path` stores). */
  ancestors: CategoryPathEntry[];
  /** Root to this category, itself included (what `products.categoryPath` stores). */
  pathIncludingSelf: CategoryPathEntry[];
  createdAt: number;
  profile?: LeafProfile;
}

export interface CategoryDoc {
  _id: Types.ObjectId;
  name: string;
  slug: string;
  description: string;
  parent: Types.ObjectId | null;
  image: string;
  icon: string;
  level: number;
  path: CategoryPathEntry[];
  order: number;
  isActive: boolean;
  metadata: { seoTitle: string; seoDescription: string; keywords: string[] };
  productCount: number;
  schemaVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

interface Branch {
  name: string;
  description: string;
  icon: string;
  children?: readonly Branch[];
  profile?: LeafProfile;
}

function branchesOf(): Branch[] {
  return TAXONOMY.map((department) => ({
    ...department,
    children: department.children.map((aisle) => ({
      ...aisle,
      children: aisle.children.map((leaf) => ({ name: leaf.name, description: `${leaf.nouns.slice(0, 3).join(', ')} and more.`, icon: 'label', profile: leaf })),
    })),
  }));
}

/** The tree in depth-first order, parents before children. The store opened its categories about three years before the anchor. */
export function planCategoryTree(tools: PlannerTools): CategoryNode[] {
  const nodes: CategoryNode[] = [];
  const slugs = new Set<string>();
  const opened = tools.clock.daysAgo(1_100);

  const visit = (branch: Branch, parent: CategoryNode | null, order: number): void => {
    const index = nodes.length;
    const slug = slugify(branch.name);
    if (slugs.has(slug)) throw new Error(`taxonomy: two categories share the slug "${slug}"`);
    slugs.add(slug);
    const createdAt = opened + index * HOUR_MS;
    const id = tools.id('category', index, createdAt);
    const ancestors = parent ? parent.pathIncludingSelf : [];
    const node: CategoryNode = {
      index,
      id,
      name: branch.name,
      slug,
      description: branch.description,
      icon: branch.icon,
      parent,
      level: parent ? parent.level + 1 : 0,
      order,
      ancestors,
      pathIncludingSelf: [...ancestors, { _id: id, name: branch.name, slug }],
      createdAt,
      ...(branch.profile ? { profile: branch.profile } : {}),
    };
    nodes.push(node);
    branch.children?.forEach((child, position) => visit(child, node, position));
  };
  branchesOf().forEach((department, position) => visit(department, null, position));
  return nodes;
}

/** The categories collection, with `productCount` the number of products filed directly under each. */
export function categoryDoc(world: SeedWorld, node: CategoryNode, productCount: number): CategoryDoc {
  const updatedAt = Math.min(node.createdAt + 30 * DAY_MS, world.clock.anchor);
  return {
    _id: node.id,
    name: node.name,
    slug: node.slug,
    description: node.description,
    parent: node.parent?.id ?? null,
    image: `https://cdn.example.com/backroom/categories/${node.slug}.jpg`,
    icon: node.icon,
    level: node.level,
    path: node.ancestors,
    order: node.order,
    isActive: true,
    metadata: {
      seoTitle: `${node.name} | Backroom Store`,
      seoDescription: `Shop ${node.name.toLowerCase()}: ${node.description}`,
      keywords: [node.name.toLowerCase(), ...node.ancestors.map((entry) => entry.name.toLowerCase())],
    },
    productCount,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: new Date(node.createdAt),
    updatedAt: new Date(updatedAt),
  };
}
