import type { ReactElement } from 'react';
import DashboardIcon from '@mui/icons-material/SpaceDashboardOutlined';
import CatalogIcon from '@mui/icons-material/CategoryOutlined';
import InventoryIcon from '@mui/icons-material/Inventory2Outlined';
import OrdersIcon from '@mui/icons-material/ReceiptLongOutlined';
import ReviewsIcon from '@mui/icons-material/RateReviewOutlined';
import CustomersIcon from '@mui/icons-material/PeopleAltOutlined';
import SettingsIcon from '@mui/icons-material/SettingsOutlined';
import StaffIcon from '@mui/icons-material/BadgeOutlined';
import AuditIcon from '@mui/icons-material/HistoryOutlined';
import { roleHasPermission, type RolePermission, type StaffRole } from '@shared/permissions';
import { AuditView } from '../features/audit/views/AuditView';
import { CatalogView } from '../features/catalog/views/CatalogView';
import { StaffView } from '../features/staff/views/StaffView';
import { DashboardView } from '../features/dashboard/views/DashboardView';
import { SettingsView } from '../features/settings/views/SettingsView';
import { PlaceholderView } from '../features/placeholder/views/PlaceholderView';

export interface Section {
  path: string;
  label: string;
  icon: ReactElement;
  element: ReactElement;
  /** The navigation hides a section the signed-in role may not use (the main process still decides). */
  permission?: RolePermission;
}

/** The navigation, in order; each section owns one top-level route. */
export const sections: Section[] = [
  { path: '/', label: 'Dashboard', icon: <DashboardIcon />, element: <DashboardView /> },
  {
    path: '/catalog',
    label: 'Catalog',
    icon: <CatalogIcon />,
    element: <CatalogView />,
  },
  {
    path: '/inventory',
    label: 'Inventory',
    icon: <InventoryIcon />,
    element: <PlaceholderView title="Inventory" plan="Stock counts, adjustments and low-stock alerts." />,
  },
  {
    path: '/orders',
    label: 'Orders',
    icon: <OrdersIcon />,
    element: <PlaceholderView title="Orders" plan="Order fulfilment from confirmation to delivery, with refunds." />,
  },
  {
    path: '/reviews',
    label: 'Reviews',
    icon: <ReviewsIcon />,
    element: <PlaceholderView title="Reviews" plan="Moderation queue: approve, reject and reply to customer reviews." />,
  },
  {
    path: '/customers',
    label: 'Customers',
    icon: <CustomersIcon />,
    permission: 'customers.read',
    element: <PlaceholderView title="Customers" plan="Customer accounts, their addresses, orders and wishlists." />,
  },
  { path: '/staff', label: 'Staff', icon: <StaffIcon />, element: <StaffView />, permission: 'staff.manage' },
  { path: '/audit', label: 'Audit log', icon: <AuditIcon />, element: <AuditView />, permission: 'audit.read' },
  { path: '/settings', label: 'Settings', icon: <SettingsIcon />, element: <SettingsView /> },
];

/** Whether a role may open a section; the navigation shows only these. */
export function sectionAllowed(section: Section, role: StaffRole): boolean {
  return !section.permission || roleHasPermission(role, section.permission);
}
