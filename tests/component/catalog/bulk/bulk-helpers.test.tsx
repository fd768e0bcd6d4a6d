import { describe, expect, it } from 'vitest';
import type { Job, PricePreviewRow } from '../../../../src/shared/contract';
import { bulkAction, EMPTY_BULK_FORM, parseAmount, parseTags, toBulkSelection, type BulkForm } from '../../../../src/renderer/src/features/catalog/hooks/bulk/bulk-actions';
import { formatAmount, pricePreviewLines, pricePreviewSummary } from '../../../../src/renderer/src/features/catalog/hooks/bulk/price-preview';
import { isSelected, NO_SELECTION, pageSelectionState, selectedCount, selectMatching, setRows, toggleRow } from '../../../../src/renderer/src/features/catalog/hooks/list/row-selection';
import { jobPercent, jobStatusText, laterJob } from '../../../../src/renderer/src/features/jobs/job-state';
import { job } from './fixtures';

const form = (patch: Partial<BulkForm>): BulkForm => ({ ...EMPTY_BULK_FORM, ...patch });

describe('selection → bulk selection', () => {
  it('sends picked rows as ids and "all matching" as the filters', () => {
    const picked = toggleRow(toggleRow(NO_SELECTION, 'a'), 'b');
    expect(toBulkSelection(picked)).toEqual({ kind: 'ids', ids: ['a', 'b'] });
    expect(toBulkSelection(selectMatching({ brand: 'Acme', status: 'draft' }, 42))).toEqual({ kind: 'filter', filters: { brand: 'Acme', status: 'draft' } });
  });

  it('counts "all matching" as its total, and keeps it whole until cleared', () => {
    const all = selectMatching({ featured: true }, 1234);
    expect(selectedCount(all)).toBe(1234);
    expect(isSelected(all, 'anything')).toBe(true);
    expect(pageSelectionState(all, ['x', 'y'])).toBe('all');
    expect(toggleRow(all, 'x')).toBe(all);
    expect(setRows(all, ['x'], false)).toBe(all);
  });
});

describe('bulk actions from the dialog’s fields', () => {
  it('maps the simple kinds to the contract’s actions', () => {
    expect(bulkAction('publish', EMPTY_BULK_FORM)).toEqual({ action: { type: 'publish' } });
    expect(bulkAction('unfeature', EMPTY_BULK_FORM)).toEqual({ action: { type: 'setFeatured', featured: false } });
    expect(bulkAction('move', form({ category: null }))).toEqual({ action: { type: 'moveToCategory', category: null } });
  });

  it('reads tags typed with commas, without repeats', () => {
    expect(parseTags(' summer, sale,,summer , ')).toEqual(['summer', 'sale']);
    expect(bulkAction('addTags', form({ tags: 'summer, sale' }))).toEqual({ action: { type: 'addTags', tags: ['summer', 'sale'] } });
    expect(bulkAction('removeTags', form({ tags: ' , ' }))).toEqual({ problem: { field: 'tags', message: 'Type at least one tag' } });
  });

  it('reads price amounts as people type them', () => {
    expect(parseAmount('-10')).toBe(-10);
    expect(parseAmount('+2.5')).toBe(2.5);
    expect(parseAmount('-1,5')).toBe(-1.5);
    expect(parseAmount('ten')).toBeNull();
    expect(parseAmount('1e3')).toBeNull();
    expect(bulkAction('changePrice', form({ priceAmount: '-10', priceTarget: 'regular' }))).toEqual({
      action: { type: 'changePrice', mode: 'percent', amount: -10, target: 'regular' },
    });
  });

  it('says what is wrong with a price change before asking', () => {
    const problem = (patch: Partial<BulkForm>) => {
      const built = bulkAction('changePrice', form(patch));
      return 'problem' in built ? built.problem.message : null;
    };
    expect(problem({ priceAmount: '' })).toBe('Type how much, e.g. -10');
    expect(problem({ priceAmount: '0' })).toBe('Must not be zero');
    expect(problem({ priceAmount: '-100' })).toBe('Lowering by 100 % or more leaves no price');
    expect(problem({ priceMode: 'fixed', priceAmount: '0.295' })).toBe('At most two decimals');
    expect(problem({ priceMode: 'fixed', priceAmount: '-0.29' })).toBeNull();
  });
});

describe('price preview', () => {
  const rows: PricePreviewRow[] = [
    { id: '1', name: 'Fir Stool', sku: 'F-1', before: { regular: 40, sale: null }, after: { regular: 36, sale: null }, problem: null },
    { id: '2', name: 'Pine Bed', sku: 'P-1', before: { regular: 100, sale: 95 }, after: { regular: 90, sale: 95 }, problem: 'The sale price (95.00) would not be below the regular price (90.00)' },
  ];

  it('shows old → new where a price changes, and a dash for no sale price', () => {
    const [stool, bed] = pricePreviewLines(rows);
    expect(stool!.regular).toEqual({ before: formatAmount(40), after: formatAmount(36), changed: true });
    expect(stool!.sale).toEqual({ before: '—', after: '—', changed: false });
    expect(bed!.sale.changed).toBe(false);
    expect(bed!.problem).toContain('would not be below');
    expect(formatAmount(1234.5)).toBe((1234.5).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  });

  it('says how much of the selection the sample is and how many rows would be refused', () => {
    expect(pricePreviewSummary(2, rows)).toBe('All 2 products, by name; 1 shown would be refused and left as it is.');
    expect(pricePreviewSummary(120, rows.slice(0, 1))).toBe('The first 1 of 120 products, by name.');
  });
});

describe('job progress', () => {
  it('keeps the later sighting of a job, whatever order they arrive in', () => {
    const early = job({ processed: 10, total: 100 });
    const later = job({ processed: 40, total: 100 });
    const finished = job({ processed: 40, total: 100, state: 'cancelled' });
    expect(laterJob(later, early)).toBe(later);
    expect(laterJob(early, later)).toBe(later);
    expect(laterJob(finished, job({ processed: 50, total: 100 }))).toBe(finished);
    expect(laterJob(null, early)).toBe(early);
  });

  it('measures progress and says where the job is', () => {
    const running: Job = job({ processed: 25, total: 200 });
    expect(jobPercent(running)).toBe(13);
    expect(jobPercent(job({ total: 0 }))).toBeNull();
    expect(jobStatusText(job({ total: 0 }))).toBe('Starting…');
    expect(jobStatusText(running)).toBe('Working… 25 of 200');
    expect(jobStatusText(job({ state: 'done', processed: 4, total: 4, succeeded: 3, failed: 1 }))).toBe('Finished: 3 done, 1 failed');
    expect(jobStatusText(job({ state: 'failed', error: 'The database went away' }))).toBe('Stopped: The database went away');
    expect(jobStatusText(job({ state: 'running', processed: 1, total: 4 }), 'percent')).toBe('Working… 25 %');
  });
});
