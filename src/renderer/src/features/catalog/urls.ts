/** The catalog's addresses, relative to the app root (HashRouter). */
export const catalogUrls = {
  products: () => '/catalog',
  newProduct: () => '/catalog/products/new',
  product: (id: string) => `/catalog/products/${id}`,
  categories: () => '/catalog/categories',
};
