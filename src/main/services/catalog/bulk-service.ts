import { trusted, Types } from 'mongoose';
import type { BulkAction, BulkSelection, Job, PricePreviewRow } from '@shared/contract';
import type { AuditRecord } from '../../audit/audit-recorder';
import type { Session } from '../../auth/session-manager';
import { changePrices } from '../../domain/price-change';
import type { JobControl, JobRunner } from '../../jobs/job-runner';
import type { Models } from '../../models';
import { onProductCategoryChanged, prepareProductCategory } from './product-integrity';
import { matchingQuery } from './product-list';

export interface BulkServiceDeps {
  models: () => Models;
  capabilities: () => { textSearch: boolean };
  jobs: JobRunner;
  /** Writes audit entries for a batch of changed products, as the member who started the job. */
  audit: (actor: Session, records: AuditRecord[]) => Promise<void>;
}

interface BulkProduct {
  _id: Types.ObjectId;
  name: string;
  sku: string;
  status: string;
  featured?: boolean;
  tags?: string[];
  category?: Types.ObjectId | null;
  price: { regular: number; sale?: number | null };
}

const BATCH = 200;
const PREVIEW_ROWS = 20;
const FIELDS = { name: 1, sku: 1, status: 1, featured: 1, tags: 1, category: 1, price: 1 } as const;

function describe(action: BulkAction, count: number): string {
  const products = `${count.toLocaleString('en')} product${count === 1 ? '' : 's'}`;
  switch (action.type) {
    case 'publish':
      return `Publish ${products}`;
    case 'archive':
      return `Archive ${products}`;
    case 'setFeatured':
      return `${action.featured ? 'Feature' : 'Unfeature'} ${products}`;
    case 'moveToCategory':
      return `Move ${products} to another category`;
    case 'addTags':
      return `Tag ${products} with ${action.tags.join(', ')}`;
    case 'removeTags':
      return `Remove ${action.tags.join(', ')} from ${products}`;
    case 'changePrice':
      return `Change the ${action.target === 'both' ? 'prices' : `${action.target} price`} of ${products} by ${action.mode === 'percent' ? `${action.amount} %` : action.amount.toFixed(2)}`;
  }
}

/** Bulk changes to many products: previewed, then run as a cancellable job with a result per row. */
export function createBulkService(deps: BulkServiceDeps) {
  async function selectionQuery(selection: BulkSelection, session: Session): Promise<Record<string, unknown>> {
    const scope = session.role === 'seller' ? { seller: new Types.ObjectId(session.userId) } : {};
    if (selection.kind === 'ids') return { ...scope, _id: trusted({ $in: selection.ids.map((id) => new Types.ObjectId(id)) }) };
    return (await matchingQuery(deps.models(), selection.filters, scope, deps.capabilities())).query;
  }

  /** Applies the action to one product; returns what changed, or why it was refused. */
  async function applyOne(product: BulkProduct, action: BulkAction, target: Awaited<ReturnType<typeof prepareProductCategory>> | null): Promise<{ problem: string } | AuditRecord> {
    const { Product } = deps.models();
    const record = (before: Record<string, unknown>, after: Record<string, unknown>): AuditRecord => ({ collection: 'products', targetId: product._id.toHexString(), before, after });
    switch (action.type) {
      case 'publish':
      case 'archive': {
        const status = action.type === 'publish' ? 'published' : 'archived';
        await Product.updateOne({ _id: product._id }, { $set: { status } });
        return record({ status: product.status }, { status });
      }
      case 'setFeatured':
        await Product.updateOne({ _id: product._id }, { $set: { featured: action.featured } });
        return record({ featured: product.featured === true }, { featured: action.featured });
      case 'addTags':
      case 'removeTags': {
        const update = action.type === 'addTags' ? { $addToSet: { tags: { $each: action.tags } } } : { $pull: { tags: trusted({ $in: action.tags }) } };
        await Product.updateOne({ _id: product._id }, update);
        const after = await Product.findById(product._id, { tags: 1 }).lean();
        return record({ tags: product.tags ?? [] }, { tags: after?.tags ?? [] });
      }
      case 'moveToCategory': {
        const placement = target ?? { category: null, categoryPath: [] };
        await Product.updateOne(
          { _id: product._id },
          { $set: { category: placement.category ? new Types.ObjectId(placement.category) : null, categoryPath: placement.categoryPath.map((entry) => ({ _id: new Types.ObjectId(entry._id), name: entry.name, slug: entry.slug })) } },
        );
        await onProductCategoryChanged(deps.models(), product.category ?? null, placement.category);
        return record({ category: product.category?.toHexString() ?? null }, { category: placement.category });
      }
      case 'changePrice': {
        const before = { regular: product.price.regular, sale: product.price.sale ?? null };
        const { after, problem } = changePrices(before, action);
        if (problem) return { problem };
        // Guarded on the prices read, so a concurrent edit is not overwritten blindly.
        const result = await Product.updateOne(
          { _id: product._id, 'price.regular': before.regular, 'price.sale': before.sale ?? null },
          { $set: { 'price.regular': after.regular, ...(after.sale !== null ? { 'price.sale': after.sale } : {}) } },
        );
        if (result.matchedCount === 0) return { problem: 'Its price was changed by someone else meanwhile; try again' };
        return record({ price: before }, { price: after });
      }
    }
  }

  async function run(selectionFilter: Record<string, unknown>, action: BulkAction, session: Session, control: JobControl): Promise<void> {
    const { Product } = deps.models();
    control.setTotal(await Product.countDocuments(selectionFilter));
    const target = action.type === 'moveToCategory' ? await prepareProductCategory(deps.models(), action.category) : null;
    const cursor = Product.find(selectionFilter, FIELDS).sort({ _id: 1 }).lean<BulkProduct[]>().cursor({ batchSize: BATCH });
    let changed: AuditRecord[] = [];
    try {
      for await (const product of cursor) {
        if (control.cancelled) break;
        const label = `${product.name} (${product.sku})`;
        try {
          const outcome = await applyOne(product, action, target);
          if ('problem' in outcome) {
            control.record({ key: product._id.toHexString(), label, ok: false, message: outcome.problem });
          } else {
            changed.push(outcome);
            control.record({ key: product._id.toHexString(), label, ok: true, message: null });
          }
        } catch (error) {
          control.record({ key: product._id.toHexString(), label, ok: false, message: error instanceof Error ? error.message : String(error) });
        }
        if (changed.length >= BATCH) {
          await deps.audit(session, changed);
          changed = [];
        }
      }
    } finally {
      await cursor.close();
      if (changed.length > 0) await deps.audit(session, changed);
    }
  }

  return {
    /** How many products the change would touch, and for price changes the first rows' old and new prices. */
    async preview(selection: BulkSelection, action: BulkAction, session: Session): Promise<{ total: number; sample: PricePreviewRow[] }> {
      const { Product } = deps.models();
      const query = await selectionQuery(selection, session);
      const total = await Product.countDocuments(query);
      if (action.type !== 'changePrice') return { total, sample: [] };
      const rows = await Product.find(query, FIELDS).sort({ name: 1, _id: 1 }).limit(PREVIEW_ROWS).lean<BulkProduct[]>();
      const sample = rows.map((product) => {
        const before = { regular: product.price.regular, sale: product.price.sale ?? null };
        const { after, problem } = changePrices(before, action);
        return { id: product._id.toHexString(), name: product.name, sku: product.sku, before, after, problem };
      });
      return { total, sample };
    },

    async start(selection: BulkSelection, action: BulkAction, session: Session): Promise<{ job: Job }> {
      const query = await selectionQuery(selection, session);
      if (action.type === 'moveToCategory') await prepareProductCategory(deps.models(), action.category);
      const count = await deps.models().Product.countDocuments(query);
      const job = deps.jobs.start({ kind: `catalog.bulk.${action.type}`, title: describe(action, count), ownerId: session.userId }, (control) => run(query, action, session, control));
      return { job };
    },
  };
}

export type BulkService = ReturnType<typeof createBulkService>;
