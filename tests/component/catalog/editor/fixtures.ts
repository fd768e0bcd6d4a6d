import type { Product } from '../../../../src/shared/contract';

/** A stored product with every field filled, as `catalog.products.get` returns it. */
export const storedProduct: Product = {
  id: '65f000000000000000000101',
  name: 'Trail Running Shoe',
  slug: 'trail-running-shoe',
  description: 'Grippy and light.',
  shortDescription: 'For muddy trails',
  sku: 'SHOE-TR-1',
  category: '65f000000000000000000201',
  categoryPath: [{ id: '65f000000000000000000201', name: 'Shoes', slug: 'shoes' }],
  subcategory: 'Trail',
  brand: 'Peak',
  price: { regular: 120, sale: 99.5, currency: 'EUR' },
  inventory: { quantity: 7, lowStockThreshold: 10, status: 'low_stock', allowBackorder: false },
  images: [
    { id: 'i1', url: 'https://img.example.com/a.jpg', alt: 'Side view', isPrimary: false },
    { id: 'i2', url: 'https://img.example.com/b.jpg', alt: null, isPrimary: true },
  ],
  specifications: [{ key: 'Material', value: 'Mesh' }],
  dimensions: { weight: 0.35, length: 30, width: null, height: 12 },
  shipping: { freeShipping: true, shippingClass: 'express', estimatedDays: 3 },
  seo: { title: 'Trail shoe', description: null, keywords: ['trail', 'running'] },
  ratings: { average: 4.5, count: 2 },
  seller: { id: '65f000000000000000000001', name: 'Ada Okafor' },
  status: 'published',
  featured: true,
  tags: ['outdoor', 'shoes'],
  variants: [
    { id: 'v1', name: 'Size', values: ['42', '43'], priceModifier: 0 },
    { id: 'v2', name: 'Colour', values: ['Red'], priceModifier: 5.5 },
  ],
  relatedProducts: [{ id: '65f000000000000000000102', name: 'Road Shoe', sku: 'SHOE-RD-1' }],
  totalSold: 3,
  isActive: true,
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-02T10:00:00.000Z',
};
