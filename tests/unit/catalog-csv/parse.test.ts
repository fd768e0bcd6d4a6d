import { describe, expect, it } from 'vitest';
import { CsvParser, detectDelimiter, isBlankRow, type CsvRecord } from '../../../src/main/services/catalog/csv/parse';

/** Parses `text` fed in pieces of `size` characters, as a file read in chunks would be. */
function parse(text: string, size = text.length || 1, delimiter: ',' | ';' | '\t' = ','): CsvRecord[] {
  const parser = new CsvParser(delimiter);
  const records: CsvRecord[] = [];
  for (let start = 0; start < text.length; start += size) records.push(...parser.push(text.slice(start, start + size)));
  records.push(...parser.end());
  return records;
}

describe('CsvParser', () => {
  it('reads plain rows with the line each starts on', () => {
    expect(parse('sku,name\nA-1,Hat\nA-2,Cap\n')).toEqual([
      { line: 1, cells: ['sku', 'name'] },
      { line: 2, cells: ['A-1', 'Hat'] },
      { line: 3, cells: ['A-2', 'Cap'] },
    ]);
  });

  it('reads quoted cells with separators, doubled quotes and line breaks, counting CRLF as one line', () => {
    const text = 'sku,description\r\nA-1,"Warm, soft"\r\nA-2,"Says ""hi""\r\nsecond line"\r\nA-3,last';
    expect(parse(text)).toEqual([
      { line: 1, cells: ['sku', 'description'] },
      { line: 2, cells: ['A-1', 'Warm, soft'] },
      { line: 3, cells: ['A-2', 'Says "hi"\nsecond line'] },
      { line: 5, cells: ['A-3', 'last'] },
    ]);
  });

  it('gives the same rows whatever the chunk size', () => {
    const text = 'a,b\r\n"x\r\ny","q""q"\r\n\r\n1,2\r3,4\n"",\n';
    const whole = parse(text);
    for (const size of [1, 2, 3, 5, 7]) expect(parse(text, size)).toEqual(whole);
    expect(whole).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\ny', 'q"q'] },
      { line: 5, cells: ['1', '2'] },
      { line: 6, cells: ['3', '4'] },
      { line: 7, cells: ['', ''] },
    ]);
  });

  it('skips blank lines but keeps rows of empty cells (for the caller to judge)', () => {
    expect(parse('\n\na\n\n,\n')).toEqual([
      { line: 3, cells: ['a'] },
      { line: 5, cells: ['', ''] },
    ]);
    expect(isBlankRow(['', ' '])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });

  it('keeps a quote inside an unquoted cell as text', () => {
    expect(parse('name\n12" screen\n')).toEqual([
      { line: 1, cells: ['name'] },
      { line: 2, cells: ['12" screen'] },
    ]);
  });

  it('refuses a quote that is never closed, naming the line it opens on', () => {
    expect(() => parse('sku,name\nA-1,"Hat\nA-2,Cap\n')).toThrow(/^Line 2: a cell opens a quote that is never closed/);
  });

  it('refuses text after a closing quote, naming its line', () => {
    expect(() => parse('sku,name\nA-1,"Hat"s\n')).toThrow(/^Line 2: text follows the closing quote/);
    expect(parse('a\n"b"  \n')).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: ['b'] },
    ]);
  });

  it('reads other separators', () => {
    expect(parse('a;b\n"1;2";3\n', undefined, ';')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1;2', '3'] },
    ]);
  });
});

describe('detectDelimiter', () => {
  it('takes the separator the header row uses most, outside quotes', () => {
    expect(detectDelimiter('sku,name,price')).toBe(',');
    expect(detectDelimiter('sku;name;price')).toBe(';');
    expect(detectDelimiter('sku\tname\tprice')).toBe('\t');
    expect(detectDelimiter('"a;b;c",name')).toBe(',');
    expect(detectDelimiter('sku')).toBe(',');
  });
});
