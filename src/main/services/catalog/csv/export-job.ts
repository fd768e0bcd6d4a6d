import { open } from 'node:fs/promises';
import { CSV_COLUMNS } from '@shared/contract';
import type { JobControl } from '../../../jobs/job-runner';
import type { Models } from '../../../models';
import type { StoredProduct } from '../product-dto';
import { EXPORT_PROJECTION, productCells } from './columns';
import { BOM, csvRow } from './format';

/**
 * The job counts progress in blocks of this many rows, with one result per
 * block: JobControl counts a row per recorded result, and 100,000 results
 * would be held in memory for nothing.
 */
export const EXPORT_BLOCK_ROWS = 1000;
/** Rows are gathered into writes of about this many characters. */
const WRITE_CHARS = 64 * 1024;

function blockResult(first: number, last: number) {
  return { key: `rows-${first}`, label: `Rows ${first.toLocaleString('en')}–${last.toLocaleString('en')}`, ok: true, message: null };
}

/**
 * Streams the products matching `query` (about `total` of them) into a CSV file at `path`, in `_id`
 * order with a cursor, so memory stays flat however many there are. Stops
 * between rows when the job is cancelled. Returns the rows written.
 */
export async function writeProductsCsv(models: Models, query: Record<string, unknown>, total: number, path: string, control: JobControl): Promise<number> {
  control.setTotal(Math.ceil(total / EXPORT_BLOCK_ROWS));
  const file = await open(path, 'w');
  const cursor = models.Product.find(query, EXPORT_PROJECTION).sort({ _id: 1 }).lean<StoredProduct[]>().cursor({ batchSize: EXPORT_BLOCK_ROWS });
  let pending = BOM + csvRow(CSV_COLUMNS.map((column) => column.header));
  let rows = 0;
  let blockStart = 1;
  try {
    for await (const product of cursor) {
      if (control.cancelled) break;
      pending += csvRow(productCells(product));
      rows += 1;
      if (pending.length >= WRITE_CHARS) {
        await file.write(pending);
        pending = '';
      }
      if (rows % EXPORT_BLOCK_ROWS === 0) {
        control.record(blockResult(blockStart, rows));
        blockStart = rows + 1;
      }
    }
    await file.write(pending);
    if (rows >= blockStart && !control.cancelled) control.record(blockResult(blockStart, rows));
  } finally {
    await cursor.close();
    await file.close();
  }
  return rows;
}
