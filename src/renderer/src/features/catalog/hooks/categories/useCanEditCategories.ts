import { roleHasPermission } from '@shared/permissions';
import { useAuthStore } from '../../../auth/store';

/** Whether the signed-in member may change the tree (admins); the main process checks again on every call. */
export function useCanEditCategories(): boolean {
  const role = useAuthStore((state) => state.user?.role);
  return role !== undefined && roleHasPermission(role, 'categories.write');
}
