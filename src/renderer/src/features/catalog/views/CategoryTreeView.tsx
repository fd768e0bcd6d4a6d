import { PlaceholderView } from '../../placeholder/views/PlaceholderView';

export function CategoryTreeView() {
  return <PlaceholderView title="Categories" plan="The category tree: create, rename, move and reorder." />;
}
