import { z } from 'zod';
import { ORDER_STATUSES, PRODUCT_STATUSES, STOCK_STATUSES } from '../enums';
import { defineChannel } from './channel';

const countsBy = <T extends readonly [string, ...string[]]>(values: T) => z.record(z.enum(values), z.number().int());

/** What the Dashboard shows at a glance; seller-scoped where the role is seller. */
export const dashboardSummarySchema = z.object({
  products: z.object({ total: z.number().int(), byStatus: countsBy(PRODUCT_STATUSES), byStock: countsBy(STOCK_STATUSES) }),
  /** Null for sellers: orders and reviews span many sellers' products. */
  orders: z.object({ total: z.number().int(), byStatus: countsBy(ORDER_STATUSES) }).nullable(),
  reviewsAwaitingModeration: z.number().int().nullable(),
  customers: z.number().int().nullable(),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;

export const dashboardChannels = {
  'dashboard.summary': defineChannel({
    input: z.strictObject({}),
    output: dashboardSummarySchema,
    permission: 'signedIn',
    mutates: false,
  }),
};
