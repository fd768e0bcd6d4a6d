import type { UserRole } from './enums';

/** Roles that may sign in to Backroom; customers use the shop, not the back office. */
export const STAFF_ROLES = ['admin', 'seller'] as const satisfies readonly UserRole[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** What a staff member may do. Each channel of the contract requires exactly one. */
export const ROLE_PERMISSIONS = [
  'catalog.read',
  'catalog.write',
  'categories.write',
  'inventory.read',
  'inventory.write',
  'orders.read',
  'orders.write',
  'reviews.read',
  'reviews.moderate',
  'customers.read',
  'analytics.read',
  'staff.manage',
  'settings.manage',
  'audit.read',
] as const;
export type RolePermission = (typeof ROLE_PERMISSIONS)[number];

/**
 * Every permission a channel can require:
 * - `public`: answers before sign-in (status, the sign-in call itself);
 * - `setup`: open while the database has no admin yet (first run) or cannot be reached (so the
 *   app can be pointed at a working one), else needs `settings.manage`;
 * - `signedIn`: any signed-in staff member;
 * - a role permission, checked against the signed-in member's role.
 */
export type Permission = 'public' | 'setup' | 'signedIn' | RolePermission;

/**
 * The permission matrix. Sellers work on the catalog, stock, orders and reviews
 * of their own products only (the services filter by `seller`); admins do
 * everything, including the category tree (shared by all sellers), staff,
 * settings, customers, analytics and the audit log.
 */
export const PERMISSIONS_BY_ROLE: Record<StaffRole, readonly RolePermission[]> = {
  admin: ROLE_PERMISSIONS,
  seller: ['catalog.read', 'catalog.write', 'inventory.read', 'inventory.write', 'orders.read', 'orders.write', 'reviews.read', 'reviews.moderate'],
};

export function roleHasPermission(role: StaffRole, permission: RolePermission): boolean {
  return PERMISSIONS_BY_ROLE[role].includes(permission);
}

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}
