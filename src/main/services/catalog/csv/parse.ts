import { AppError } from '../../../errors';
import { readUtf8 } from './encoding';

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** One row of a CSV file. */
export interface CsvRecord {
  /** The line the row starts on (1-based); a quoted cell may span lines. */
  line: number;
  cells: string[];
}

type State = 'cellStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

/**
 * An RFC 4180 reader fed the text piece by piece. Hand-written rather than
 * csv-parse: the dry run's worth is in exact line numbers, and csv-parse
 * counts a CRLF inside a quoted cell as two lines.
 *
 * Lenient where spreadsheets are sloppy: LF, CRLF and CR all end a row (a line
 * break inside a quoted cell is kept as LF); a quote inside an unquoted cell
 * (`12" screen`) is kept as text; blank lines are skipped. Strict where the
 * structure is lost: a quoted cell never closed, or text after a closing quote.
 */
export class CsvParser {
  private state: State = 'cellStart';
  private cells: string[] = [];
  private cell = '';
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  /** The previous character was a CR: an LF right after it is the same line break. */
  private afterCR = false;
  private records: CsvRecord[] = [];

  constructor(private readonly delimiter: Delimiter = ',') {}

  /** The rows completed by this piece of text. */
  push(text: string): CsvRecord[] {
    const delimiter = this.delimiter;
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index] as string;
      if (this.afterCR) {
        this.afterCR = false;
        if (char === '\n') continue;
      }
      switch (this.state) {
        case 'quoted': {
          // Copy up to the next quote or line break in one go.
          let end = index;
          while (end < text.length && text[end] !== '"' && text[end] !== '\n' && text[end] !== '\r') end += 1;
          if (end > index) {
            this.cell += text.slice(index, end);
            index = end - 1;
          } else if (char === '"') {
            this.state = 'quoteInQuoted';
          } else {
            this.cell += '\n';
            this.newLine(char);
          }
          break;
        }
        case 'quoteInQuoted':
          if (char === '"') {
            this.cell += '"';
            this.state = 'quoted';
          } else if (char === delimiter) {
            this.endCell();
          } else if (char === '\n' || char === '\r') {
            this.endRecord();
            this.newLine(char);
            this.recordLine = this.line;
          } else if (char !== ' ') {
            // Spaces after a closing quote are tolerated; anything else means the quoting is broken.
            throw new AppError(
              'VALIDATION',
              `Line ${this.line}: text follows the closing quote of a cell. A quote inside a quoted cell is written twice ("")`,
            );
          }
          break;
        case 'cellStart':
          if (char === '"') {
            this.state = 'quoted';
            this.quoteLine = this.line;
          } else {
            index = this.unquoted(text, index);
          }
          break;
        case 'unquoted':
          index = this.unquoted(text, index);
          break;
      }
    }
    return this.take();
  }

  /** The last row, once the text has ended. */
  end(): CsvRecord[] {
    if (this.state === 'quoted') {
      throw new AppError(
        'VALIDATION',
        `Line ${this.quoteLine}: a cell opens a quote that is never closed. A cell starting with " must end with ", and a quote inside it is written twice ("")`,
      );
    }
    this.endRecord();
    return this.take();
  }

  /** Reads unquoted text from `index`; returns the index of the last character it took. */
  private unquoted(text: string, index: number): number {
    const char = text[index];
    if (char === this.delimiter) {
      this.endCell();
    } else if (char === '\n' || char === '\r') {
      this.endRecord();
      this.newLine(char);
      this.recordLine = this.line;
    } else {
      let end = index;
      while (end < text.length && text[end] !== this.delimiter && text[end] !== '\n' && text[end] !== '\r') end += 1;
      this.cell += text.slice(index, end);
      this.state = 'unquoted';
      return end - 1;
    }
    return index;
  }

  private newLine(char: string): void {
    this.line += 1;
    if (char === '\r') this.afterCR = true;
  }

  private endCell(): void {
    this.cells.push(this.cell);
    this.cell = '';
    this.state = 'cellStart';
  }

  private endRecord(): void {
    // A line with nothing on it is not a row (a line of only separators is, with empty cells).
    const blank = this.cells.length === 0 && this.cell === '' && this.state === 'cellStart';
    if (!blank) {
      this.cells.push(this.cell);
      this.records.push({ line: this.recordLine, cells: this.cells });
    }
    this.cells = [];
    this.cell = '';
    this.state = 'cellStart';
  }

  private take(): CsvRecord[] {
    const records = this.records;
    this.records = [];
    return records;
  }
}

/** Whether every cell is empty: spreadsheets leave such rows at the end of a sheet. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * The separator a file uses, from its first line: spreadsheets in many
 * locales save "CSV" with semicolons, and some tools save tabs.
 */
export function detectDelimiter(firstLine: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as Delimiter)) counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/** The separator of a file on disk, from its first line. */
export async function detectFileDelimiter(path: string): Promise<Delimiter> {
  let start = '';
  for await (const text of readUtf8(path)) {
    start += text;
    if (/[\r\n]/.test(start.trimStart()) || start.length > 64 * 1024) break;
  }
  return detectDelimiter(start.trimStart().split(/\r\n|\n|\r/, 1)[0] ?? '');
}

/** Every row of a CSV file on disk, checked to be UTF-8 text and well quoted. */
export async function* readCsvFile(path: string, delimiter: Delimiter): AsyncGenerator<CsvRecord, void, undefined> {
  const parser = new CsvParser(delimiter);
  for await (const text of readUtf8(path)) yield* parser.push(text);
  yield* parser.end();
}
