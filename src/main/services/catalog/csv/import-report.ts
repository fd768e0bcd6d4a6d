import { BOM, csvRow } from './format';
import type { ImportPlan } from './import-analysis';
import { readCsvFile } from './parse';

/**
 * The rows an import rejected, as they were in the file (its own columns, in
 * its own order) with the reason in a last `error` column: fix them there and
 * import the report again (the `error` column is not imported).
 */
export async function rejectedRowsCsv(source: Pick<ImportPlan, 'path' | 'delimiter' | 'headerLine'>, failures: ReadonlyMap<number, string>): Promise<{ csv: string; rows: number }> {
  const parts: string[] = [BOM];
  let rows = 0;
  for await (const record of readCsvFile(source.path, source.delimiter)) {
    if (record.line === source.headerLine) {
      const taken = new Set(record.cells.map((cell) => cell.trim().toLowerCase()));
      parts.push(csvRow([...record.cells, taken.has('error') ? 'import_error' : 'error']));
      continue;
    }
    const message = failures.get(record.line);
    if (message === undefined) continue;
    parts.push(csvRow([...record.cells, message]));
    rows += 1;
  }
  return { csv: parts.join(''), rows };
}
