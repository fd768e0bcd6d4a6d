import { isObjectIdOrHexString, trusted, Types } from 'mongoose';
import { deriveStockStatus, type StockStatus } from '../../../shared/stock-status';
import { AppError } from '../../errors';
import type { Models } from '../../models';

/**
 * Stock changes (ARCHITECTURE "Data rules"): quantities move with atomic `$inc`,
 * a decrement only where enough stock is there (`$gte` in the filter), so two
 * staff or an order and a count never take the same units twice.
 *
 * `inventory.status` is derived from quantity, threshold and backorder, and hooks
 * do not run on updates, so it is set right after each change by a second update
 * that applies only while the inventory is still what was just read (update
 * pipelines would do it in one write but the CI stand-in lacks them). If the
 * inventory moved meanwhile, the status is derived again from what is there
 * now; the last writer always leaves the status of the last quantity. A crash
 * between the two writes leaves a stale status, which the next stock change
 * or repairCatalog corrects.
 */

export interface StockLevel {
  productId: string;
  quantity: number;
  lowStockThreshold: number;
  allowBackorder: boolean;
  status: StockStatus;
}

export interface AdjustStockOptions {
  /**
   * Let a decrement take the quantity below zero when the product allows
   * backorder (an order for stock that is on its way). Off by default: a count
   * correction never goes negative; a product without backorder never does.
   */
  allowNegative?: boolean;
}

interface StoredInventory {
  quantity?: number | null;
  lowStockThreshold?: number | null;
  allowBackorder?: boolean | null;
  status?: string | null;
}

interface ProductInventory {
  _id: Types.ObjectId;
  inventory?: StoredInventory | null;
}

const DEFAULT_LOW_STOCK_THRESHOLD = 10;
const MAX_STATUS_ATTEMPTS = 5;

function productId(id: string): Types.ObjectId {
  if (!isObjectIdOrHexString(id)) throw new AppError('VALIDATION', `productId: "${id}" is not a valid id`, { productId: 'Not a valid id' });
  return new Types.ObjectId(id);
}

function productNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', `No product with id "${id}"`, { productId: 'No product with this id' });
}

function checkWholeNumber(value: unknown, field: string): asserts value is number {
  if (!Number.isSafeInteger(value)) throw new AppError('VALIDATION', `${field} must be a whole number`, { [field]: 'Must be a whole number' });
}

function toLevel(product: ProductInventory): StockLevel {
  const inventory = product.inventory ?? {};
  const quantity = inventory.quantity ?? 0;
  const lowStockThreshold = inventory.lowStockThreshold ?? DEFAULT_LOW_STOCK_THRESHOLD;
  const allowBackorder = inventory.allowBackorder ?? false;
  return { productId: product._id.toHexString(), quantity, lowStockThreshold, allowBackorder, status: deriveStockStatus(quantity, lowStockThreshold, allowBackorder) };
}

async function readInventory(models: Models, id: Types.ObjectId): Promise<ProductInventory | null> {
  return models.Product.findById(id, { inventory: 1 }).lean<ProductInventory>();
}

/**
 * Makes `inventory.status` match the numbers in `seen`, guarded on those numbers
 * still being there (null matches a field that is absent, as `seen` had it).
 * When they changed, reads again and retries; returns the level it settled on.
 */
async function settleStatus(models: Models, seen: ProductInventory): Promise<StockLevel> {
  let current = seen;
  for (let attempt = 0; attempt < MAX_STATUS_ATTEMPTS; attempt += 1) {
    const level = toLevel(current);
    if (current.inventory?.status === level.status) return level;
    const inventory = current.inventory ?? {};
    const result = await models.Product.updateOne(
      {
        _id: current._id,
        'inventory.quantity': inventory.quantity ?? null,
        'inventory.lowStockThreshold': inventory.lowStockThreshold ?? null,
        'inventory.allowBackorder': inventory.allowBackorder ?? null,
      },
      { $set: { 'inventory.status': level.status } },
    );
    if (result.matchedCount === 1) return level;
    const again = await readInventory(models, current._id);
    if (!again) return level;
    current = again;
  }
  // Still moving after several tries: another writer is changing it and settles it after its own change.
  return toLevel(current);
}

/**
 * Adds `delta` units (negative: takes them). A decrement applies only where at
 * least `-delta` are in stock, unless `allowNegative` and the product allows
 * backorder; otherwise CONFLICT "only N in stock" and nothing changes.
 */
export async function adjustStock(models: Models, productIdText: string, delta: number, options: AdjustStockOptions = {}): Promise<StockLevel> {
  const id = productId(productIdText);
  checkWholeNumber(delta, 'delta');
  if (delta === 0) {
    const product = await readInventory(models, id);
    if (!product) throw productNotFound(productIdText);
    return settleStatus(models, product);
  }

  const enough = { 'inventory.quantity': trusted({ $gte: -delta }) };
  const filter =
    delta > 0 ? { _id: id } : options.allowNegative ? { _id: id, $or: [enough, { 'inventory.allowBackorder': true }] } : { _id: id, ...enough };
  const after = await models.Product.findOneAndUpdate(filter, { $inc: { 'inventory.quantity': delta } }, { returnDocument: 'after', projection: { inventory: 1 } }).lean<ProductInventory>();
  if (after) return settleStatus(models, after);

  const product = await readInventory(models, id);
  if (!product) throw productNotFound(productIdText);
  const inStock = Math.max(0, product.inventory?.quantity ?? 0);
  throw new AppError('CONFLICT', `Cannot take ${-delta}: only ${inStock} in stock`, { delta: `Only ${inStock} in stock` });
}

/**
 * Sets the counted quantity (a stock take). One write sets quantity and status
 * together, guarded on the threshold and backorder flag it was derived from.
 */
export async function setStock(models: Models, productIdText: string, quantity: number): Promise<StockLevel> {
  const id = productId(productIdText);
  checkWholeNumber(quantity, 'quantity');
  if (quantity < 0) throw new AppError('VALIDATION', 'quantity cannot be negative', { quantity: 'Cannot be negative' });

  for (let attempt = 0; attempt < MAX_STATUS_ATTEMPTS; attempt += 1) {
    const product = await readInventory(models, id);
    if (!product) throw productNotFound(productIdText);
    const inventory = product.inventory ?? {};
    const level = toLevel({ _id: id, inventory: { ...inventory, quantity } });
    const result = await models.Product.updateOne(
      { _id: id, 'inventory.lowStockThreshold': inventory.lowStockThreshold ?? null, 'inventory.allowBackorder': inventory.allowBackorder ?? null },
      { $set: { 'inventory.quantity': quantity, 'inventory.status': level.status } },
    );
    if (result.matchedCount === 1) return level;
  }
  throw new AppError('CONFLICT', 'The product’s stock settings kept changing; try again');
}
