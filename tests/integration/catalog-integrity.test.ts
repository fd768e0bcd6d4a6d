import { Types } from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/main/errors';
import { registerModels, type Models } from '../../src/main/models';
import {
  categoryPathFor,
  createCategory,
  deleteCategory,
  getCategory,
  moveCategory,
  updateCategory,
  type CategoryDTO,
} from '../../src/main/services/catalog/category-tree';
import {
  assertCategoryExists,
  countProductDependents,
  deleteProductCascade,
  onProductCategoryChanged,
  prepareProductCategory,
} from '../../src/main/services/catalog/product-integrity';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

async function expectAppError(promise: Promise<unknown>, code: AppError['code'], field?: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe(code);
  if (field) expect(Object.keys(appError.fields ?? {})).toContain(field);
  return appError;
}

describe('catalog integrity on a real server', () => {
  let db: TestDatabase;
  let models: Models;
  let sequence = 0;

  beforeAll(async () => {
    db = await openTestDatabase('catalog_integrity');
    models = registerModels(db.connection);
    await models.Category.createIndexes();
  });
  afterAll(() => db?.dispose());
  beforeEach(async () => {
    await Promise.all(Object.values(models).map((model) => model.collection.deleteMany({})));
  });

  /** A product placed the way the product service places one: prepare, insert, count. */
  async function addProduct(categoryId: string | null, overrides: Record<string, unknown> = {}): Promise<string> {
    sequence += 1;
    const placement = await prepareProductCategory(models, categoryId);
    const product = await models.Product.create({
      name: `Product ${sequence}`,
      slug: `product-${sequence}`,
      description: 'A product',
      sku: `SKU-${sequence}`,
      price: { regular: 10 },
      inventory: { quantity: 5 },
      ...placement,
      ...overrides,
    });
    await onProductCategoryChanged(models, null, placement.category);
    return product._id.toHexString();
  }

  async function storedProduct(id: string) {
    const product = await models.Product.findById(id).lean();
    if (!product) throw new Error(`product ${id} is gone`);
    return product;
  }

  const pathNames = (path: Array<{ name: string }> | undefined | null) => (path ?? []).map((entry) => entry.name);
  const count = async (id: string) => (await getCategory(models, id)).productCount;

  /** Electronics > Computers > Laptops, plus a second root, Home. */
  async function tree(): Promise<Record<'electronics' | 'computers' | 'laptops' | 'home', CategoryDTO>> {
    const electronics = await createCategory(models, { name: 'Electronics' });
    const computers = await createCategory(models, { name: 'Computers', parent: electronics.id });
    const laptops = await createCategory(models, { name: 'Gaming Laptops', parent: computers.id });
    const home = await createCategory(models, { name: 'Home' });
    return { electronics, computers, laptops, home };
  }

  describe('createCategory', () => {
    it('sets level and path three deep and derives the slug from the name', async () => {
      const { electronics, computers, laptops } = await tree();
      expect(electronics).toMatchObject({ level: 0, path: [], parent: null, slug: 'electronics', productCount: 0 });
      expect(computers).toMatchObject({ level: 1, parent: electronics.id });
      expect(computers.path).toEqual([{ _id: electronics.id, name: 'Electronics', slug: 'electronics' }]);
      expect(laptops).toMatchObject({ level: 2, slug: 'gaming-laptops', parent: computers.id });
      expect(laptops.path).toEqual([
        { _id: electronics.id, name: 'Electronics', slug: 'electronics' },
        { _id: computers.id, name: 'Computers', slug: 'computers' },
      ]);
      const stored = await models.Category.findById(laptops.id).lean();
      expect(stored?.level).toBe(2);
      expect(pathNames(stored?.path)).toEqual(['Electronics', 'Computers']);
    });

    it('refuses a parent that does not exist, naming parent', async () => {
      await expectAppError(createCategory(models, { name: 'Orphan', parent: new Types.ObjectId().toHexString() }), 'VALIDATION', 'parent');
      await expectAppError(createCategory(models, { name: 'Orphan', parent: 'not-an-id' }), 'VALIDATION', 'parent');
      expect(await models.Category.countDocuments()).toBe(0);
    });

    it('refuses a name already used by a sibling (any case), but not by a cousin', async () => {
      const { electronics, home } = await tree();
      const error = await expectAppError(createCategory(models, { name: 'computers', slug: 'computers-2', parent: electronics.id }), 'CONFLICT', 'name');
      expect(error.message).toContain('computers');
      const cousin = await createCategory(models, { name: 'Computers', slug: 'home-computers', parent: home.id });
      expect(cousin.level).toBe(1);
      await expectAppError(createCategory(models, { name: 'Home' }), 'CONFLICT', 'name');
    });

    it('refuses a slug another category has, naming slug', async () => {
      const { home } = await tree();
      await expectAppError(createCategory(models, { name: 'Electronics', parent: home.id }), 'CONFLICT', 'slug');
      await expectAppError(createCategory(models, { name: '!!!' }), 'VALIDATION', 'slug');
    });
  });

  describe("a product's category", () => {
    it('must exist: VALIDATION naming category', async () => {
      const missing = new Types.ObjectId().toHexString();
      await expectAppError(prepareProductCategory(models, missing), 'VALIDATION', 'category');
      await expectAppError(assertCategoryExists(models, 'nope'), 'VALIDATION', 'category');
      await expectAppError(categoryPathFor(models, missing), 'NOT_FOUND');
    });

    it('gives the path from the root to the category itself', async () => {
      const { electronics, computers, laptops } = await tree();
      const placement = await prepareProductCategory(models, laptops.id);
      expect(placement.category).toBe(laptops.id);
      expect(placement.categoryPath.map((entry) => entry._id)).toEqual([electronics.id, computers.id, laptops.id]);
      expect(await categoryPathFor(models, laptops.id)).toEqual(placement.categoryPath);
      expect(await prepareProductCategory(models, null)).toEqual({ category: null, categoryPath: [] });
      const id = await addProduct(laptops.id);
      expect(pathNames((await storedProduct(id)).categoryPath)).toEqual(['Electronics', 'Computers', 'Gaming Laptops']);
    });
  });

  describe('updateCategory', () => {
    it("renames into every descendant's path and every product's categoryPath", async () => {
      const { electronics, computers, laptops, home } = await tree();
      const inLaptops = await addProduct(laptops.id);
      const inComputers = await addProduct(computers.id);
      const inHome = await addProduct(home.id);

      const renamed = await updateCategory(models, computers.id, { name: 'PCs & Laptops' });
      expect(renamed).toMatchObject({ name: 'PCs & Laptops', slug: 'computers', level: 1 });

      const laptopsNow = await getCategory(models, laptops.id);
      expect(laptopsNow.path).toEqual([
        { _id: electronics.id, name: 'Electronics', slug: 'electronics' },
        { _id: computers.id, name: 'PCs & Laptops', slug: 'computers' },
      ]);
      expect(pathNames((await storedProduct(inLaptops)).categoryPath)).toEqual(['Electronics', 'PCs & Laptops', 'Gaming Laptops']);
      expect(pathNames((await storedProduct(inComputers)).categoryPath)).toEqual(['Electronics', 'PCs & Laptops']);
      expect(pathNames((await storedProduct(inHome)).categoryPath)).toEqual(['Home']);

      await updateCategory(models, computers.id, { slug: 'pcs' });
      expect((await storedProduct(inLaptops)).categoryPath[1]?.slug).toBe('pcs');
      expect((await getCategory(models, laptops.id)).path[1]?.slug).toBe('pcs');
    });

    it('refuses a sibling name and a missing category', async () => {
      const { computers, electronics } = await tree();
      await createCategory(models, { name: 'Phones', parent: electronics.id });
      await expectAppError(updateCategory(models, computers.id, { name: 'Phones' }), 'CONFLICT', 'name');
      await expectAppError(updateCategory(models, new Types.ObjectId().toHexString(), { name: 'X' }), 'NOT_FOUND');
      expect((await getCategory(models, computers.id)).name).toBe('Computers');
    });
  });

  describe('moveCategory', () => {
    it("recomputes the subtree's levels and paths and its products' paths", async () => {
      const { electronics, computers, laptops, home } = await tree();
      const office = await createCategory(models, { name: 'Office', parent: home.id });
      const inLaptops = await addProduct(laptops.id);
      const inComputers = await addProduct(computers.id);

      const moved = await moveCategory(models, computers.id, office.id);
      expect(moved).toMatchObject({ parent: office.id, level: 2 });
      expect(pathNames(moved.path)).toEqual(['Home', 'Office']);
      const laptopsNow = await getCategory(models, laptops.id);
      expect(laptopsNow.level).toBe(3);
      expect(pathNames(laptopsNow.path)).toEqual(['Home', 'Office', 'Computers']);
      expect(pathNames((await storedProduct(inLaptops)).categoryPath)).toEqual(['Home', 'Office', 'Computers', 'Gaming Laptops']);
      expect(pathNames((await storedProduct(inComputers)).categoryPath)).toEqual(['Home', 'Office', 'Computers']);

      const root = await moveCategory(models, computers.id, null);
      expect(root).toMatchObject({ parent: null, level: 0, path: [] });
      expect((await getCategory(models, laptops.id)).level).toBe(1);
      expect(pathNames((await storedProduct(inLaptops)).categoryPath)).toEqual(['Computers', 'Gaming Laptops']);
      expect((await getCategory(models, electronics.id)).level).toBe(0);
    });

    it('refuses making a category its own parent or ancestor, and changes nothing', async () => {
      const { electronics, computers, laptops } = await tree();
      const self = await expectAppError(moveCategory(models, electronics.id, electronics.id), 'VALIDATION', 'parent');
      expect(self.message).toContain('own parent');
      const child = await expectAppError(moveCategory(models, electronics.id, computers.id), 'VALIDATION', 'parent');
      expect(child.message).toContain('inside it');
      await expectAppError(moveCategory(models, electronics.id, laptops.id), 'VALIDATION', 'parent');
      await expectAppError(moveCategory(models, computers.id, laptops.id), 'VALIDATION', 'parent');
      expect(await getCategory(models, electronics.id)).toMatchObject({ parent: null, level: 0 });
      expect(await getCategory(models, computers.id)).toMatchObject({ parent: electronics.id, level: 1 });
      expect(await getCategory(models, laptops.id)).toMatchObject({ parent: computers.id, level: 2 });
    });

    it('refuses a parent that does not exist and a name taken at the destination', async () => {
      const { computers, home } = await tree();
      await expectAppError(moveCategory(models, computers.id, new Types.ObjectId().toHexString()), 'VALIDATION', 'parent');
      await createCategory(models, { name: 'Computers', slug: 'home-computers', parent: home.id });
      await expectAppError(moveCategory(models, computers.id, home.id), 'CONFLICT', 'name');
    });
  });

  describe('productCount (direct products only)', () => {
    it('follows products being created, moved and deleted, and ignores subtree moves', async () => {
      const { electronics, computers, laptops, home } = await tree();
      const first = await addProduct(laptops.id);
      await addProduct(laptops.id);
      await addProduct(computers.id);
      expect(await count(laptops.id)).toBe(2);
      expect(await count(computers.id)).toBe(1);
      expect(await count(electronics.id)).toBe(0);

      // The product service moving a product: prepare, write, then the counts.
      const placement = await prepareProductCategory(models, home.id);
      await models.Product.updateOne({ _id: first }, { $set: placement });
      await onProductCategoryChanged(models, laptops.id, home.id);
      expect(await count(laptops.id)).toBe(1);
      expect(await count(home.id)).toBe(1);

      await moveCategory(models, computers.id, home.id);
      expect(await count(computers.id)).toBe(1);
      expect(await count(laptops.id)).toBe(1);

      await deleteProductCascade(models, first);
      expect(await count(home.id)).toBe(0);
      await onProductCategoryChanged(models, home.id, null);
      expect(await count(home.id)).toBe(0);
    });
  });

  describe('deleteCategory', () => {
    it('refuses a category with subcategories', async () => {
      const { computers } = await tree();
      await expectAppError(deleteCategory(models, computers.id), 'CONFLICT');
      expect(await models.Category.exists({ _id: computers.id })).toBeTruthy();
    });

    it('requires a destination for its products, then moves them and fixes the counts', async () => {
      const { laptops, home } = await tree();
      const products = [await addProduct(laptops.id), await addProduct(laptops.id)];
      const onlyLaptops = await models.Coupon.create({ code: 'LAPTOPS', type: 'fixed', value: 5, applicableCategories: [laptops.id] });
      const laptopsAndHome = await models.Coupon.create({ code: 'MIXED', type: 'fixed', value: 5, applicableCategories: [laptops.id, home.id] });

      await expectAppError(deleteCategory(models, laptops.id), 'CONFLICT', 'moveProductsTo');
      await expectAppError(deleteCategory(models, laptops.id, { moveProductsTo: laptops.id }), 'VALIDATION', 'moveProductsTo');
      await expectAppError(deleteCategory(models, laptops.id, { moveProductsTo: new Types.ObjectId().toHexString() }), 'VALIDATION', 'moveProductsTo');
      expect(await count(laptops.id)).toBe(2);

      const report = await deleteCategory(models, laptops.id, { moveProductsTo: home.id });
      expect(report).toEqual({ productsMoved: 2, coupons: 2, couponsDeactivated: 1 });
      expect(await models.Category.exists({ _id: laptops.id })).toBeNull();
      expect(await count(home.id)).toBe(2);
      for (const id of products) {
        const product = await storedProduct(id);
        expect(product.category?.toHexString()).toBe(home.id);
        expect(pathNames(product.categoryPath)).toEqual(['Home']);
      }
      const [only, mixed] = await Promise.all([models.Coupon.findById(onlyLaptops._id).lean(), models.Coupon.findById(laptopsAndHome._id).lean()]);
      expect(only).toMatchObject({ isActive: false, applicableCategories: [] });
      expect(mixed?.isActive).toBe(true);
      expect(mixed?.applicableCategories.map(String)).toEqual([home.id]);
    });

    it('deletes an empty leaf without a destination; NOT_FOUND for a missing one', async () => {
      const { home } = await tree();
      expect(await deleteCategory(models, home.id)).toEqual({ productsMoved: 0, coupons: 0, couponsDeactivated: 0 });
      await expectAppError(deleteCategory(models, home.id), 'NOT_FOUND');
    });
  });

  describe('deleteProductCascade', () => {
    it('removes reviews, cart lines (totals recomputed), wishlist items, related links and coupon links, and counts them', async () => {
      const { laptops, home } = await tree();
      const doomed = await addProduct(laptops.id);
      const kept = await addProduct(home.id, { relatedProducts: [doomed] });
      const alsoRelated = await addProduct(home.id, { relatedProducts: [doomed, kept] });
      const user = () => new Types.ObjectId();

      await models.Review.create([1, 2, 3].map((rating) => ({ product: doomed, user: user(), rating })));
      await models.Review.create({ product: kept, user: user(), rating: 5 });
      const mixedCart = await models.Cart.create({
        user: user(),
        items: [
          { product: doomed, quantity: 2, price: 10 },
          { product: kept, quantity: 1, price: 4.5 },
        ],
        totals: { subtotal: 24.5, tax: 2, shipping: 5, total: 31.5 },
        discount: 1,
      });
      const onlyDoomed = await models.Cart.create({ sessionId: 'guest-1', items: [{ product: doomed, quantity: 1, price: 10 }], totals: { subtotal: 10, tax: 0, shipping: 0, total: 10 } });
      const untouchedCart = await models.Cart.create({ sessionId: 'guest-2', items: [{ product: kept, quantity: 1, price: 4.5 }], totals: { subtotal: 4.5, tax: 0, shipping: 0, total: 4.5 } });
      const wishlist = await models.Wishlist.create({ user: user(), name: 'Birthday', items: [{ product: doomed }, { product: kept }] });
      const onlyDoomedCoupon = await models.Coupon.create({ code: 'DOOMED', type: 'percentage', value: 10, applicableProducts: [doomed] });
      const mixedCoupon = await models.Coupon.create({ code: 'BOTH', type: 'percentage', value: 10, applicableProducts: [doomed, kept] });
      // Still restricted by its category once the product goes: stays on.
      const categoryCoupon = await models.Coupon.create({ code: 'CAT', type: 'percentage', value: 10, applicableProducts: [doomed], applicableCategories: [home.id] });

      const expected = { reviews: 3, carts: 2, wishlists: 1, relatedProducts: 2, coupons: 3 };
      expect(await countProductDependents(models, doomed)).toEqual(expected);
      expect(await count(laptops.id)).toBe(1);

      const report = await deleteProductCascade(models, doomed);
      expect(report).toEqual({ ...expected, couponsDeactivated: 1 });

      expect(await models.Product.exists({ _id: doomed })).toBeNull();
      expect(await count(laptops.id)).toBe(0);
      expect(await count(home.id)).toBe(2);
      expect(await models.Review.countDocuments({ product: doomed })).toBe(0);
      expect(await models.Review.countDocuments({ product: kept })).toBe(1);

      const mixed = await models.Cart.findById(mixedCart._id).lean();
      expect(mixed?.items.map((line) => String(line.product))).toEqual([kept]);
      // 4.50 of goods + 2 tax + 5 shipping - 1 discount.
      expect(mixed?.totals).toMatchObject({ subtotal: 4.5, tax: 2, shipping: 5, total: 10.5 });
      const emptied = await models.Cart.findById(onlyDoomed._id).lean();
      expect(emptied?.items).toEqual([]);
      expect(emptied?.totals).toMatchObject({ subtotal: 0, total: 0 });
      expect((await models.Cart.findById(untouchedCart._id).lean())?.totals?.total).toBe(4.5);

      expect((await models.Wishlist.findById(wishlist._id).lean())?.items.map((item) => String(item.product))).toEqual([kept]);
      expect((await storedProduct(kept)).relatedProducts).toEqual([]);
      expect((await storedProduct(alsoRelated)).relatedProducts.map(String)).toEqual([kept]);
      expect(await models.Coupon.findById(onlyDoomedCoupon._id).lean()).toMatchObject({ isActive: false, applicableProducts: [] });
      const stillBoth = await models.Coupon.findById(mixedCoupon._id).lean();
      expect(stillBoth?.isActive).toBe(true);
      expect(stillBoth?.applicableProducts.map(String)).toEqual([kept]);
      expect(await models.Coupon.findById(categoryCoupon._id).lean()).toMatchObject({ isActive: true, applicableProducts: [] });
    });

    it('NOT_FOUND for a product that does not exist', async () => {
      await expectAppError(deleteProductCascade(models, new Types.ObjectId().toHexString()), 'NOT_FOUND');
      await expectAppError(countProductDependents(models, new Types.ObjectId().toHexString()), 'NOT_FOUND');
    });
  });
});
