import { Types } from 'mongoose';
import type { DashboardSummary } from '@shared/contract';
import { ORDER_STATUSES, PRODUCT_STATUSES, STOCK_STATUSES } from '@shared/enums';
import type { Session } from '../../auth/session-manager';
import type { Models } from '../../models';

/** One count per value, each an equality count on an indexed field. */
async function countEach<T extends string>(values: readonly T[], count: (value: T) => Promise<number>): Promise<Record<T, number>> {
  const counts = await Promise.all(values.map(count));
  return Object.fromEntries(values.map((value, index) => [value, counts[index] ?? 0])) as Record<T, number>;
}

/** The Dashboard's numbers. Sellers see their own products only, and no store-wide figures. */
export function createDashboardService(deps: { models: () => Models }) {
  return {
    async summary(session: Session): Promise<DashboardSummary> {
      const { Product, Order, Review, User } = deps.models();
      const scope = session.role === 'seller' ? { seller: new Types.ObjectId(session.userId) } : {};
      const [productTotal, byStatus, byStock] = await Promise.all([
        session.role === 'seller' ? Product.countDocuments(scope) : Product.estimatedDocumentCount(),
        countEach(PRODUCT_STATUSES, (status) => Product.countDocuments({ ...scope, status })),
        countEach(STOCK_STATUSES, (status) => Product.countDocuments({ ...scope, 'inventory.status': status })),
      ]);
      const products = { total: productTotal, byStatus, byStock };
      if (session.role === 'seller') return { products, orders: null, reviewsAwaitingModeration: null, customers: null };

      const [orderTotal, ordersByStatus, reviewsAwaitingModeration, customers] = await Promise.all([
        Order.estimatedDocumentCount(),
        countEach(ORDER_STATUSES, (status) => Order.countDocuments({ status })),
        Review.countDocuments({ status: 'pending' }),
        User.countDocuments({ role: 'customer' }),
      ]);
      return { products, orders: { total: orderTotal, byStatus: ordersByStatus }, reviewsAwaitingModeration, customers };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
