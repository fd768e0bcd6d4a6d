import { describe, expect, it } from 'vitest';
import { CSV_REQUIRED_COLUMNS, CSV_UPLOAD_CHUNK_CHARS, type CsvAnalysis } from '../../../../src/shared/contract';
import {
  chunkText,
  countLines,
  exactMapping,
  mappingClashes,
  missingColumns,
  readHeaderRow,
  readSlices,
} from '../../../../src/renderer/src/features/catalog/hooks/csv/csv-text';
import { errorsShownNote, importButtonLabel, problemsHeading, validRows } from '../../../../src/renderer/src/features/catalog/hooks/csv/import-summary';
import { datedFileName } from '../../../../src/renderer/src/lib/download';

describe('chunking an upload', () => {
  it('cuts text into slices of at most the chunk size, in order', () => {
    const text = 'a'.repeat(CSV_UPLOAD_CHUNK_CHARS * 2 + 5);
    const chunks = chunkText(text);
    expect(chunks.map((chunk) => chunk.length)).toEqual([CSV_UPLOAD_CHUNK_CHARS, CSV_UPLOAD_CHUNK_CHARS, 5]);
    expect(chunks.join('')).toBe(text);
    expect(CSV_UPLOAD_CHUNK_CHARS).toBe(128 * 1024);
  });

  it('sends one empty slice for an empty file, so the upload completes', () => {
    expect(chunkText('')).toEqual(['']);
  });

  it('counts characters as UTF-16 units, cutting an emoji pair that the main process rejoins', () => {
    const chunks = chunkText('ab😀cd', 3);
    expect(chunks).toEqual(['ab\uD83D', '\uDE00cd']);
    expect(chunks.join('')).toBe('ab😀cd');
  });
});

describe('assembling files.read slices', () => {
  it('follows nextOffset until it is null and keeps the slices in order', async () => {
    const file = { 0: { text: '\uFEFFsku,name\n', nextOffset: 12 }, 12: { text: 'A-1,Lamp\n', nextOffset: 21 }, 21: { text: 'B-2,Rug\n', nextOffset: null } } as const;
    const asked: number[] = [];
    const heard: number[] = [];
    const slices = await readSlices(
      async (offset) => {
        asked.push(offset);
        return file[offset as keyof typeof file];
      },
      (_slice, count) => heard.push(count),
    );
    expect(asked).toEqual([0, 12, 21]);
    expect(heard).toEqual([1, 2, 3]);
    expect(slices.join('')).toBe('\uFEFFsku,name\nA-1,Lamp\nB-2,Rug\n');
    expect(countLines(slices.join(''))).toBe(3);
  });

  it('stops on a reader that does not move on, and passes a refused read on', async () => {
    await expect(readSlices(async () => ({ text: 'x', nextOffset: 0 }))).rejects.toThrow('did not move on');
    await expect(
      readSlices(async () => {
        throw new Error('No such file');
      }),
    ).rejects.toThrow('No such file');
  });
});

describe('file names', () => {
  it('dates downloads in local time', () => {
    expect(datedFileName('backroom-products', new Date(2025, 2, 9, 23, 59))).toBe('backroom-products-2025-03-09.csv');
  });
});

describe('mapping by hand', () => {
  it('reads a header row with quotes and the separator the file uses', () => {
    expect(readHeaderRow('\uFEFFsku,"Name, full","say ""hi"""\r\nA,B,C')).toEqual(['sku', 'Name, full', 'say "hi"']);
    expect(readHeaderRow('Artikel;Preis;Menge\n1;2;3')).toEqual(['Artikel', 'Preis', 'Menge']);
    expect(readHeaderRow('a\tb\tc')).toEqual(['a', 'b', 'c']);
    expect(readHeaderRow('')).toEqual([]);
  });

  it('maps exact column names only, each column once', () => {
    expect(exactMapping(['SKU', 'Sale Price', 'Artikel', 'sku'])).toEqual({ SKU: 'sku', 'Sale Price': 'sale_price', Artikel: null, sku: null });
  });

  it('flags a column chosen twice and required columns nobody fills', () => {
    const mapping = { Code: 'sku', Title: 'name', Label: 'name', Cost: null } as const;
    expect(mappingClashes(mapping)).toEqual({ Label: 'Also chosen for “Title”' });
    expect(missingColumns(mapping, CSV_REQUIRED_COLUMNS)).toEqual(['description', 'price', 'quantity']);
  });
});

describe('dry run summary', () => {
  const analysis: CsvAnalysis = {
    headers: ['sku'],
    mapping: { sku: 'sku' },
    delimiter: ',',
    rows: 1200,
    toCreate: 400,
    toUpdate: 150,
    unchanged: 50,
    rejected: 600,
    errors: Array.from({ length: 500 }, (_, index) => ({ line: index + 2, column: 'price', message: 'Not a number' })),
    errorCount: 812,
    warnings: [],
  };

  it('counts the valid rows and names the import button after them', () => {
    expect(validRows(analysis)).toBe(600);
    expect(importButtonLabel(analysis)).toBe(`Import ${(600).toLocaleString()} valid rows`);
    expect(importButtonLabel({ ...analysis, rows: 2, rejected: 1 })).toBe('Import 1 valid row');
  });

  it('says when the listed problems are capped', () => {
    expect(errorsShownNote(analysis)).toBe(`Showing the first 500 of ${(812).toLocaleString()} problems; the report after the import lists every rejected row.`);
    expect(errorsShownNote({ ...analysis, errorCount: 500 })).toBeNull();
    expect(problemsHeading({ ...analysis, errorCount: 2, rejected: 1 })).toBe('Problems (2): 1 row would be skipped');
  });
});
