import { PlaceholderView } from '../../placeholder/views/PlaceholderView';

export function ProductEditorView() {
  return <PlaceholderView title="Product" plan="Edit every field of a product." />;
}
