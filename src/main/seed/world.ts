import { type Types } from 'mongoose';
import { SeedClock } from './clock';
import { planCategoryTree, type CategoryNode } from './generators/categories';
import { planCoupons, type CouponPlan } from './generators/coupons';
import { planStaff, type StaffMember } from './generators/staff';
import { seededObjectId, type IdKind } from './ids';
import { hashString, mix32, Random } from './prng';
import type { SeedScale } from './scale';

export interface SeedPlan {
  scale: SeedScale;
  /** The PRNG seed: the same seed (and anchor) gives the same data. */
  seed: number;
  /** "Now" for the data: every date lies before it. */
  anchor: Date;
}

/**
 * Everything generators share: the plan, deterministic ids and time, and the
 * small fixed parts of the store (category tree, staff, coupons) held in memory.
 * Large collections are never held here: a product or customer is recomputed
 * from its index whenever another document needs it (see generators/products.ts
 * and generators/customers.ts).
 */
export interface SeedWorld {
  plan: SeedPlan;
  scale: SeedScale;
  seed: number;
  /** 24 bits of the seed carried in every ObjectId. */
  seedTag: number;
  clock: SeedClock;
  categories: readonly CategoryNode[];
  leaves: readonly CategoryNode[];
  /** Product i lives on leaf `leafSlots[i % leafSlots.length]` (an index into `leaves`). */
  leafSlots: readonly number[];
  /** For each leaf, the slots that belong to it (used to find products on the same shelf). */
  slotsByLeaf: readonly (readonly number[])[];
  admin: StaffMember;
  sellers: readonly StaffMember[];
  coupons: readonly CouponPlan[];
  /** Multiplier that scatters popularity ranks over product indexes (coprime with the product count). */
  productScatter: number;
  /** A deterministic stream for one entity. */
  rng(label: string, index?: number): Random;
  id(kind: IdKind, index: number, createdAt: number): Types.ObjectId;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** A large odd multiplier coprime with n, derived from the seed. */
function coprimeMultiplier(n: number, seed: number): number {
  if (n <= 2) return 1;
  let candidate = (mix32(seed ^ 0x5bd1e995) % n) | 1;
  while (gcd(candidate, n) !== 1) candidate = (candidate + 2) % n || 1;
  return candidate;
}

function planLeafSlots(leafCount: number, seed: number): { leafSlots: number[]; slotsByLeaf: number[][] } {
  const rng = Random.stream(seed, 'leaf-weights');
  const leafSlots: number[] = [];
  for (let leaf = 0; leaf < leafCount; leaf += 1) {
    // Some shelves are busier than others: one to four slots each.
    const weight = rng.weighted([[1, 3], [2, 4], [3, 2], [4, 1]] as const);
    for (let k = 0; k < weight; k += 1) leafSlots.push(leaf);
  }
  const shuffled = rng.sample(leafSlots, leafSlots.length);
  // Every shelf gets one of the first slots, so small scales still cover every leaf.
  const firsts = Array.from({ length: leafCount }, (_, leaf) => leaf);
  const rest = shuffled.slice();
  for (const leaf of firsts) rest.splice(rest.indexOf(leaf), 1);
  const ordered = [...rng.sample(firsts, leafCount), ...rest];
  const slotsByLeaf: number[][] = Array.from({ length: leafCount }, () => []);
  ordered.forEach((leaf, slot) => slotsByLeaf[leaf]!.push(slot));
  return { leafSlots: ordered, slotsByLeaf };
}

export function createSeedWorld(plan: SeedPlan): SeedWorld {
  if (!Number.isSafeInteger(plan.seed)) throw new RangeError(`seed must be an integer (got ${plan.seed})`);
  if (Number.isNaN(plan.anchor.getTime())) throw new RangeError('anchor must be a valid date');
  const seed = plan.seed;
  const seedTag = mix32(hashString(String(seed))) & 0xffffff;
  const clock = new SeedClock(plan.anchor.getTime());
  const id = (kind: IdKind, index: number, createdAt: number) => seededObjectId(kind, index, createdAt, seedTag);
  const rng = (label: string, index = 0) => Random.stream(seed, label, index);

  const categories = planCategoryTree({ clock, id, rng });
  const leaves = categories.filter((node) => node.profile !== undefined);
  const { leafSlots, slotsByLeaf } = planLeafSlots(leaves.length, seed);
  const { admin, sellers } = planStaff({ clock, id, rng }, plan.scale.sellers);
  const coupons = planCoupons({ clock, id, rng, categories, scale: plan.scale });

  return {
    plan,
    scale: plan.scale,
    seed,
    seedTag,
    clock,
    categories,
    leaves,
    leafSlots,
    slotsByLeaf,
    admin,
    sellers,
    coupons,
    productScatter: coprimeMultiplier(plan.scale.products, seed),
    rng,
    id,
  };
}

/** What the planners of the fixed parts need (they run before the world exists). */
export interface PlannerTools {
  clock: SeedClock;
  id: SeedWorld['id'];
  rng: SeedWorld['rng'];
}
