import { productInputSchema, type ProductInput } from '@shared/contract';
import type { z } from 'zod';
import { columnOfField, readCell, type CellContext } from './columns';
import type { ColumnSlot } from './mapping';

export type ParsedProduct = z.output<typeof productInputSchema>;

/** What is wrong with a row: at a cell (named by the file's header), or with the row as a whole. */
export interface RowProblem {
  column: string | null;
  message: string;
}

export type RowInput = { ok: true; input: ProductInput; parsed: ParsedProduct } | { ok: false; problems: RowProblem[] };

/** What a new product starts from; every required column overwrites its part. */
function blankProduct(): ProductInput {
  return { name: '', description: '', sku: '', price: { regular: 0 }, inventory: { quantity: 0 } };
}

/**
 * A row as the product a save would send: the existing product (`base`, on
 * update) or a new one, with the row's cells on top, checked by the same
 * schema the editor's saves go through.
 */
export function rowToProductInput(cells: readonly string[], slots: readonly ColumnSlot[], base: ProductInput | null, context: CellContext): RowInput {
  const draft = base ? structuredClone(base) : blankProduct();
  const problems: RowProblem[] = [];
  const refused = new Set<string>();
  for (const slot of slots) {
    const outcome = readCell(slot.column, cells[slot.index] ?? '', context);
    if (!outcome.ok) {
      problems.push({ column: slot.header, message: outcome.message });
      refused.add(slot.column);
    } else {
      outcome.apply?.(draft);
    }
  }

  const result = productInputSchema.safeParse(draft);
  if (result.success && problems.length === 0) return { ok: true, input: draft, parsed: result.data };
  if (!result.success) {
    const headerOf = new Map(slots.map((slot) => [slot.column as string, slot.header]));
    for (const issue of result.error.issues) {
      const column = columnOfField(issue.path);
      if (column && refused.has(column)) continue;
      // Cross-field rules (sale below price...) would judge a refused cell's stand-in value.
      if (issue.code === 'custom' && refused.size > 0) continue;
      const header = column ? headerOf.get(column) : undefined;
      const message = header !== undefined ? issue.message : `${column ?? issue.path.map(String).join('.')}: ${issue.message}`;
      if (!problems.some((problem) => problem.column === (header ?? null) && problem.message === message)) problems.push({ column: header ?? null, message });
    }
  }
  return { ok: false, problems };
}

/** Whether saving `input` over `base` would change nothing. */
export function sameProduct(base: ProductInput, parsed: ParsedProduct): boolean {
  const before = productInputSchema.safeParse(base);
  return before.success && JSON.stringify(before.data) === JSON.stringify(parsed);
}
