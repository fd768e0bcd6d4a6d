import type { Models } from '../../models';
import { repairCatalog, type RepairCatalogReport } from './repair-catalog';
import { repairCommerce, type RepairCommerceReport } from './repair-commerce';

export interface RepairReport {
  catalog: RepairCatalogReport;
  commerce: RepairCommerceReport;
  /** Documents fixed (or, in a dry run, that would be). */
  total: number;
}

/**
 * Rebuilds every denormalised field from its sources: category levels, paths
 * and product counts, product category paths and stock statuses, product
 * ratings, review author caches and cart totals. Order snapshots are history
 * and stay as they were.
 */
export async function repairAll(models: Models, options: { dryRun?: boolean } = {}): Promise<RepairReport> {
  // Catalog first: ratings and carts do not depend on it, but paths feed the product views.
  const catalog = await repairCatalog(models, options);
  const commerce = await repairCommerce(models, options);
  const total = Object.values({ ...catalog, ...commerce }).reduce((sum, fixed) => sum + fixed, 0);
  return { catalog, commerce, total };
}
