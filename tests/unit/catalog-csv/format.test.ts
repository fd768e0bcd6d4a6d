import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, neutraliseFormula, restoreFormula } from '../../../src/main/services/catalog/csv/format';

describe('writing CSV', () => {
  it('quotes only the cells that need it', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvRow(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, and the import restores it', () => {
    for (const text of ['=HYPERLINK("http://x")', '+1', '-cmd', '@SUM(A1)']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
      expect(restoreFormula(neutraliseFormula(text))).toBe(text);
    }
    expect(neutraliseFormula('Hat')).toBe('Hat');
    expect(restoreFormula("'quoted")).toBe("'quoted");
  });
});
