import { Route, Routes } from 'react-router-dom';
import { CategoryTreeView } from './CategoryTreeView';
import { ProductEditorView } from './ProductEditorView';
import { ProductListView } from './ProductListView';

/** The catalog section: the product list, one product, and the category tree. */
export function CatalogView() {
  return (
    <Routes>
      <Route index element={<ProductListView />} />
      <Route path="products/new" element={<ProductEditorView />} />
      <Route path="products/:id" element={<ProductEditorView />} />
      <Route path="categories" element={<CategoryTreeView />} />
    </Routes>
  );
}
