import { PlaceholderView } from '../../placeholder/views/PlaceholderView';

export function ProductListView() {
  return <PlaceholderView title="Catalog" plan="Products: search, filter, sort and bulk changes." />;
}
