/** What can be done to one category, from its row's menu, the details panel or the keyboard. */
export type CategoryAction = 'edit' | 'add-child' | 'move' | 'up' | 'down' | 'toggle-active' | 'delete';

/** Which actions are possible right now for a category. */
export interface ActionAvailability {
  first: boolean;
  last: boolean;
  isActive: boolean;
}

export function actionLabel(action: CategoryAction, isActive: boolean): string {
  switch (action) {
    case 'edit':
      return 'Edit details';
    case 'add-child':
      return 'New subcategory';
    case 'move':
      return 'Move to…';
    case 'up':
      return 'Move up';
    case 'down':
      return 'Move down';
    case 'toggle-active':
      return isActive ? 'Deactivate' : 'Activate';
    case 'delete':
      return 'Delete';
  }
}

export function actionDisabled(action: CategoryAction, availability: ActionAvailability): boolean {
  return (action === 'up' && availability.first) || (action === 'down' && availability.last);
}

export const CATEGORY_ACTIONS: readonly CategoryAction[] = ['edit', 'add-child', 'move', 'up', 'down', 'toggle-active', 'delete'];
