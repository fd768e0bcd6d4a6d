import { describe, expect, it } from 'vitest';
import { productInputSchema, type ProductInput } from '../../../../src/shared/contract';
import {
  differences,
  emptyForm,
  errorWithin,
  formToInput,
  issuesToFieldErrors,
  newImageRow,
  problemsOf,
  productToForm,
  resultingStockStatus,
  sameForm,
  serverFieldErrors,
  validateForm,
  withName,
  withSlug,
  type EditorForm,
} from '../../../../src/renderer/src/features/catalog/editor-form';
import { storedProduct } from './fixtures';

/** A new product's form with everything the schema requires, valid. */
function validNewForm(): EditorForm {
  const form = withName(emptyForm(), 'Trail Running Shoe');
  return { ...form, sku: 'SHOE-1', description: 'Light.', price: { regular: '100', sale: '', currency: 'USD' } };
}

describe('form ↔ ProductInput ↔ Product', () => {
  it('turns a stored product into the input that saves it unchanged', () => {
    const input = formToInput(productToForm(storedProduct));
    const expected: ProductInput = {
      name: 'Trail Running Shoe',
      slug: 'trail-running-shoe',
      description: 'Grippy and light.',
      shortDescription: 'For muddy trails',
      sku: 'SHOE-TR-1',
      category: '65f000000000000000000201',
      subcategory: 'Trail',
      brand: 'Peak',
      price: { regular: 120, sale: 99.5, currency: 'EUR' },
      inventory: { quantity: 7, lowStockThreshold: 10, allowBackorder: false },
      images: [
        { url: 'https://img.example.com/a.jpg', alt: 'Side view', isPrimary: false },
        { url: 'https://img.example.com/b.jpg', alt: undefined, isPrimary: true },
      ],
      specifications: [{ key: 'Material', value: 'Mesh' }],
      dimensions: { weight: 0.35, length: 30, width: null, height: 12 },
      shipping: { freeShipping: true, shippingClass: 'express', estimatedDays: 3 },
      seo: { title: 'Trail shoe', description: undefined, keywords: ['trail', 'running'] },
      seller: '65f000000000000000000001',
      status: 'published',
      featured: true,
      tags: ['outdoor', 'shoes'],
      variants: [
        { name: 'Size', values: ['42', '43'], priceModifier: 0 },
        { name: 'Colour', values: ['Red'], priceModifier: 5.5 },
      ],
      relatedProducts: ['65f000000000000000000102'],
      isActive: true,
    };
    expect(input).toEqual(expected);
    expect(productInputSchema.safeParse(input).success).toBe(true);
  });

  it('keeps numbers as the typed text, and blanks as null where the contract allows', () => {
    const form = productToForm({ ...storedProduct, price: { ...storedProduct.price, sale: null } });
    expect(form.price).toEqual({ regular: '120', sale: '', currency: 'EUR' });
    expect(form.dimensions.width).toBe('');
    expect(formToInput(form).price.sale).toBeNull();
    expect(formToInput(form).dimensions?.width).toBeNull();
    expect(formToInput({ ...form, shipping: { ...form.shipping, shippingClass: '' } }).shipping?.shippingClass).toBeNull();
  });

  it('sees two forms of the same product as the same, whatever their row ids', () => {
    const a = productToForm(storedProduct);
    const b = productToForm(storedProduct);
    expect(a.images[0]!.rowId).not.toBe(b.images[0]!.rowId);
    expect(sameForm(a, b)).toBe(true);
    expect(sameForm(a, { ...b, price: { ...b.price, regular: '121' } })).toBe(false);
  });

  it('gives a seller their own products and starts a new one as a draft in stock nowhere', () => {
    const form = emptyForm({ id: '65f000000000000000000009', name: 'Sam Seller' });
    expect(formToInput(form).seller).toBe('65f000000000000000000009');
    expect(form.status).toBe('draft');
    expect(resultingStockStatus(form)).toBe('out_of_stock');
    expect(resultingStockStatus({ ...form, inventory: { ...form.inventory, quantity: '5' } })).toBe('low_stock');
    expect(resultingStockStatus({ ...form, inventory: { ...form.inventory, quantity: '50' } })).toBe('in_stock');
    expect(resultingStockStatus({ ...form, inventory: { ...form.inventory, quantity: 'lots' } })).toBeNull();
  });
});

describe('slug', () => {
  it('follows the name while the user has not edited it', () => {
    let form = withName(emptyForm(), 'Café Crème');
    expect(form.slug).toBe('cafe-creme');
    form = withName(form, 'Café Crème & Co');
    expect(form.slug).toBe('cafe-creme-and-co');
    expect(form.slugEdited).toBe(false);
  });

  it('stops following once edited, and follows again when emptied', () => {
    let form = withSlug(withName(emptyForm(), 'Blue Mug'), 'mug-blue');
    form = withName(form, 'Big Blue Mug');
    expect(form.slug).toBe('mug-blue');
    form = withSlug(form, '');
    expect(form.slugEdited).toBe(false);
    form = withName(form, 'Bigger Blue Mug');
    expect(form.slug).toBe('bigger-blue-mug');
  });

  it("keeps a stored product's slug when it is renamed", () => {
    expect(withName(productToForm(storedProduct), 'Trail Shoe 2').slug).toBe('trail-running-shoe');
  });
});

describe('issues to fields', () => {
  it('finds nothing wrong with a complete form', () => {
    expect(validateForm(validNewForm())).toEqual({});
  });

  it("puts the schema's messages under the fields, in plain words", () => {
    const form = validNewForm();
    const errors = validateForm({
      ...form,
      name: 'ab',
      description: '',
      price: { regular: '', sale: 'abc', currency: 'USD' },
      inventory: { quantity: '1.5', lowStockThreshold: '-1', allowBackorder: false },
      images: [{ ...newImageRow(true), url: 'not a link' }],
    });
    expect(errors).toMatchObject({
      name: 'At least 3 characters',
      description: 'Required',
      'price.regular': 'Required',
      'price.sale': 'Enter a number',
      'inventory.quantity': 'A whole number',
      'inventory.lowStockThreshold': 'Must be at least 0',
      'images.0.url': 'Must be a full URL (https://…)',
    });
  });

  it('says a sale price must be below the regular one as soon as it is, even while other fields are incomplete', () => {
    const form = { ...emptyForm(), price: { regular: '100', sale: '100', currency: 'USD' } };
    expect(validateForm(form)['price.sale']).toBe('Must be below the regular price');
    expect(validateForm({ ...validNewForm(), price: { regular: '100', sale: '120', currency: 'USD' } })).toEqual({ 'price.sale': 'Must be below the regular price' });
  });

  it('flags a specification key used twice, on the second row', () => {
    const rows = [
      { rowId: 'a', key: 'Colour', value: 'Red' },
      { rowId: 'b', key: 'colour', value: 'Blue' },
      { rowId: 'c', key: '', value: 'x' },
    ];
    const errors = validateForm({ ...emptyForm(), specifications: rows });
    expect(errors['specifications.1.key']).toBe('This key is used twice');
    expect(errors['specifications.2.key']).toBe('Required');
    expect(errors['specifications.0.key']).toBeUndefined();
  });

  it('asks for exactly one primary image, and negative stock only with backorders', () => {
    const images = [newImageRow(false), newImageRow(false)].map((row, index) => ({ ...row, url: `https://img.example.com/${index}.jpg` }));
    const errors = validateForm({ ...emptyForm(), images, inventory: { quantity: '-2', lowStockThreshold: '10', allowBackorder: false } });
    expect(errors.images).toBe('Mark exactly one image as primary');
    expect(errors['inventory.quantity']).toBe('Cannot be negative unless backorders are allowed');
  });

  it('keys zod issues by dotted path, the first message winning', () => {
    expect(
      issuesToFieldErrors([
        { code: 'custom', path: ['variants', 1, 'name'], message: 'First', input: '' },
        { code: 'custom', path: ['variants', 1, 'name'], message: 'Second', input: '' },
        { code: 'custom', path: [], message: 'Whole input', input: '' },
      ]),
    ).toEqual({ 'variants.1.name': 'First', input: 'Whole input' });
  });

  it("takes the main process's fields off the `product.` prefix", () => {
    expect(serverFieldErrors({ 'product.sku': 'Used by "Road Shoe"', 'product.price.sale': 'Must be below the regular price', slug: 'Enter a slug' })).toEqual({
      sku: 'Used by "Road Shoe"',
      'price.sale': 'Must be below the regular price',
      slug: 'Enter a slug',
    });
  });

  it('names each problem as a person would, in the order the fields appear', () => {
    expect(
      problemsOf({
        'seo.title': 'At most 70 characters',
        'images.1.url': 'Must be a full URL (https://…)',
        'variants.10.values': 'At least one value',
        'variants.2.name': 'Required',
        'tags.3': 'Required',
        sku: 'Used by "Road Shoe"',
      }).map(({ label, message }) => `${label}: ${message}`),
    ).toEqual([
      'SKU: Used by "Road Shoe"',
      'Image 2 URL: Must be a full URL (https://…)',
      'Variant 3 name: Required',
      'Variant 11 values: At least one value',
      'SEO title: At most 70 characters',
      'Tags: Required',
    ]);
  });

  it('finds a message on any item of a list', () => {
    expect(errorWithin({ 'tags.2': 'Required' }, 'tags')).toBe('Required');
    expect(errorWithin({ tags: 'At most 50' }, 'tags')).toBe('At most 50');
    expect(errorWithin({ tagsExtra: 'x' }, 'tags')).toBeUndefined();
  });
});

describe('conflicts', () => {
  it('lists the fields the other person changed, with what each side holds', () => {
    const stored = { ...storedProduct, name: 'Trail Shoe Pro', price: { ...storedProduct.price, regular: 130 }, tags: ['outdoor'], updatedAt: '2025-03-03T10:00:00.000Z' };
    const mine = { ...productToForm(storedProduct), price: { ...productToForm(storedProduct).price, regular: '110' } };
    const changed = differences(storedProduct, stored, mine, () => 'Shoes');
    expect(changed).toEqual([
      { path: 'name', label: 'Name', opened: 'Trail Running Shoe', theirs: 'Trail Shoe Pro', mine: 'Trail Running Shoe' },
      { path: 'price.regular', label: 'Regular price', opened: '120', theirs: '130', mine: '110' },
      { path: 'tags', label: 'Tags', opened: 'outdoor, shoes', theirs: 'outdoor', mine: 'outdoor, shoes' },
    ]);
  });
});
