import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CsvAnalysis, CsvMapping } from '../../../../src/shared/contract';
import { CsvImportDialog } from '../../../../src/renderer/src/features/catalog/components/csv/CsvImportDialog';
import { fail, fakeMain, ok, WithClient } from '../../auth/fake-main';
import { job, JOB_ID } from '../bulk/fixtures';

const UPLOAD_ID = '65f0000000000000000000bb';
const HEADERS = ['sku', 'Product name', 'description', 'price', 'sale_price', 'quantity', 'Supplier'];
const SUGGESTED: CsvMapping = { sku: 'sku', 'Product name': 'name', description: 'description', price: 'price', sale_price: 'sale_price', quantity: 'quantity', Supplier: null };

function analysis(mapping: CsvMapping): CsvAnalysis {
  return {
    headers: HEADERS,
    mapping,
    delimiter: ',',
    rows: 4,
    toCreate: 3,
    toUpdate: 0,
    unchanged: 0,
    rejected: 1,
    errors: [{ line: 4, column: 'sale_price', message: 'Must be below the regular price' }],
    errorCount: 1,
    warnings: mapping.Supplier ? [] : ['Not imported: "Supplier"'],
  };
}

const downloads: string[] = [];

// jsdom's Blob has no text(); browsers and Electron do. Read it as they would (UTF-8, bad bytes replaced).
if (typeof Blob.prototype.text !== 'function') {
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this);
    });
  };
}

beforeEach(() => {
  downloads.length = 0;
  URL.createObjectURL = vi.fn(() => 'blob:report');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});

afterEach(() => vi.restoreAllMocks());

function chooseFile(file: File) {
  fireEvent.change(screen.getByLabelText('CSV file to import'), { target: { files: [file] } });
}

describe('CSV import dialog', () => {
  it('uploads in slices, maps, dry-runs, imports and downloads the report of rejected rows', async () => {
    const main = fakeMain({
      'catalog.csv.upload': (input) => ok({ uploadId: UPLOAD_ID, bytes: (input as { chunk: string }).chunk.length }),
      'catalog.csv.analyze': (input) => ok(analysis((input as { mapping?: CsvMapping }).mapping ?? SUGGESTED)),
      'catalog.csv.apply': ok({ job: job({ title: 'Import 4 rows from CSV', kind: 'catalog.csv.apply' }) }),
      'jobs.get': ok({
        job: job({ title: 'Import 4 rows from CSV', state: 'done', processed: 4, total: 4, succeeded: 3, failed: 1 }),
        results: [
          { key: '2', label: 'Line 2: A-1', ok: true, message: 'created' },
          { key: '4', label: 'Line 4: C-3', ok: false, message: 'sale_price: Must be below the regular price' },
        ],
        nextOffset: null,
      }),
      'catalog.csv.report': ok({ csv: 'sku,error\nC-3,bad\n', rows: 1 }),
    });
    const onClose = vi.fn();
    render(
      <WithClient client={main.client}>
        <CsvImportDialog onClose={onClose} />
      </WithClient>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Import products from CSV' });
    // Long enough for two slices.
    const text = `${HEADERS.join(',')}\nA-1,Lamp,"${'x'.repeat(140 * 1024)}",10,,1,Lumen\n`;
    chooseFile(new File([text], 'products.csv', { type: 'text/csv' }));

    await within(dialog).findByRole('heading', { name: /Map columns/ });
    const uploads = main.callsTo('catalog.csv.upload').map((call) => call.input as { uploadId?: string; chunk: string; last: boolean });
    expect(uploads.map((upload) => [upload.uploadId, upload.last])).toEqual([
      [undefined, false],
      [UPLOAD_ID, true],
    ]);
    expect(uploads.map((upload) => upload.chunk).join('')).toBe(text);
    expect(main.callsTo('catalog.csv.analyze')[0]!.input).toEqual({ uploadId: UPLOAD_ID });

    const supplier = within(dialog).getByRole('combobox', { name: 'Import “Supplier” as' });
    expect(supplier).toHaveTextContent('Not imported');
    expect(within(dialog).getByRole('combobox', { name: 'Import “Product name” as' })).toHaveTextContent('name (required)');
    fireEvent.mouseDown(supplier);
    fireEvent.click(within(await screen.findByRole('listbox')).getByRole('option', { name: 'brand' }));
    await waitFor(() => expect(main.callsTo('catalog.csv.analyze')).toHaveLength(2));
    expect(main.callsTo('catalog.csv.analyze')[1]!.input).toEqual({ uploadId: UPLOAD_ID, mapping: { ...SUGGESTED, Supplier: 'brand' } });

    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Next: dry run' })).toBeEnabled());
    fireEvent.click(within(dialog).getByRole('button', { name: 'Next: dry run' }));
    expect(within(dialog).getByText('This is a dry run: nothing has been written yet.')).toBeInTheDocument();
    const problems = within(dialog).getByRole('table', { name: 'Row problems' });
    expect(within(problems).getAllByRole('row')[1]).toHaveTextContent('4sale_priceMust be below the regular price');
    expect(main.callsTo('catalog.csv.apply')).toHaveLength(0);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 3 valid rows' }));
    expect(await within(dialog).findByText('3 rows imported, 1 row rejected.')).toBeInTheDocument();
    expect(main.callsTo('catalog.csv.apply')[0]!.input).toEqual({ uploadId: UPLOAD_ID, mapping: { ...SUGGESTED, Supplier: 'brand' } });
    expect(await within(dialog).findByText('sale_price: Must be below the regular price')).toBeInTheDocument();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Download report of rejected rows' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toMatch(/^backroom-import-rejected-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(main.callsTo('catalog.csv.report')[0]!.input).toEqual({ jobId: JOB_ID });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledWith(true);
  });

  it('says clearly why a file was refused, and stays usable', async () => {
    const main = fakeMain({
      'catalog.csv.upload': fail({ code: 'VALIDATION', message: 'This file is not UTF-8 text; save it as CSV UTF-8' }),
      'catalog.csv.template': ok({ csv: 'sku,name\n' }),
    });
    const onClose = vi.fn();
    render(
      <WithClient client={main.client}>
        <CsvImportDialog onClose={onClose} />
      </WithClient>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Import products from CSV' });
    chooseFile(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff])], 'photo.png', { type: 'image/png' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('photo.png cannot be imported');
    expect(alert).toHaveTextContent('This file is not UTF-8 text; save it as CSV UTF-8');
    expect(within(alert).queryByRole('button', { name: 'Map columns by hand' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Choose another file…' })).toBeEnabled();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Download template' }));
    await waitFor(() => expect(downloads).toEqual(['backroom-products-template.csv']));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Download template' })).toBeEnabled());

    // Too large: refused before anything is read or sent.
    const huge = new File(['x'], 'huge.csv');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    chooseFile(huge);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The file is larger than 20 MB');
    expect(main.callsTo('catalog.csv.upload')).toHaveLength(1);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledWith(false);
  });

  it('offers mapping by hand when the header row names no known column', async () => {
    const refusal = { code: 'VALIDATION' as const, message: 'The first line should name the columns (sku, name, …)', fields: { file: 'No header' } };
    const main = fakeMain({
      'catalog.csv.upload': ok({ uploadId: UPLOAD_ID, bytes: 10 }),
      'catalog.csv.analyze': [fail(refusal), ok(analysis(SUGGESTED))],
    });
    render(
      <WithClient client={main.client}>
        <CsvImportDialog onClose={() => undefined} />
      </WithClient>,
    );
    chooseFile(new File(['Artikel;Name;Preis\nA-1;Lamp;10\n'], 'shop.csv'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The first line should name the columns');
    fireEvent.click(within(alert).getByRole('button', { name: 'Map columns by hand' }));
    await screen.findByRole('heading', { name: /Map columns/ });
    expect(main.callsTo('catalog.csv.analyze')[1]!.input).toEqual({ uploadId: UPLOAD_ID, mapping: { Artikel: null, Name: 'name', Preis: null } });
    expect(screen.getByRole('combobox', { name: 'Import “Artikel” as' })).toHaveTextContent('Not imported');
  });
});
