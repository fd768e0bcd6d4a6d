import { CSV_COLUMN_NAMES, CSV_UPLOAD_CHUNK_CHARS, type CsvColumnName, type CsvMapping } from '@shared/contract';

/**
 * The text in slices of at most `size` characters, for `catalog.csv.upload`
 * (one request body each). A slice may end inside an emoji's surrogate pair:
 * the main process holds the half back until the next slice. Empty text is
 * one empty slice, so the upload still completes.
 */
export function chunkText(text: string, size = CSV_UPLOAD_CHUNK_CHARS): string[] {
  if (size < 1) throw new RangeError('size must be at least 1');
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += size) chunks.push(text.slice(start, start + size));
  return chunks.length > 0 ? chunks : [''];
}

export interface FileSlice {
  text: string;
  nextOffset: number | null;
}

/**
 * A file read from its start by `files.read`, slice after slice, following
 * `nextOffset` until it is null. Returns the slices in order (joining them is
 * the caller's choice); `onSlice` hears each one as it arrives.
 */
export async function readSlices(read: (offset: number) => Promise<FileSlice>, onSlice?: (slice: string, slices: number) => void): Promise<string[]> {
  const slices: string[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const slice: FileSlice = await read(offset);
    if (slice.nextOffset !== null && slice.nextOffset <= offset) throw new Error('The file did not move on; stopped reading it');
    slices.push(slice.text);
    onSlice?.(slice.text, slices.length);
    offset = slice.nextOffset;
  }
  return slices;
}

/** How many line breaks `text` holds: about the rows read, for a download's progress. */
export function countLines(text: string): number {
  let lines = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines += 1;
  return lines;
}

/** `backroom-products-2025-03-09.csv`, dated in local time. */
export const TEMPLATE_FILE_NAME = 'backroom-products-template.csv';

/** 1536 → "1.5 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The cells of a file's first row, read here only to offer mapping by hand when
 * the main process could not use the header row (it parses the file itself).
 * Quotes as in RFC 4180; the separator is the first row's most frequent of
 * `,`, `;` and tab, as the import guesses it.
 */
export function readHeaderRow(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '');
  let end = 0;
  let quoted = false;
  while (end < body.length) {
    const char = body[end];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    end += 1;
  }
  const line = body.slice(0, end);
  const unquoted = line.replace(/"[^"]*"/g, '');
  const delimiter = ([',', ';', '\t'] as const).reduce((best, candidate) => (unquoted.split(candidate).length > unquoted.split(best).length ? candidate : best), ',' as string);
  const cells: string[] = [];
  let cell = '';
  quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]!;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells.length === 1 && cells[0] === '' ? [] : cells;
}

/** Headers named exactly as a layout column map to it; the rest are left out until chosen. */
export function exactMapping(headers: readonly string[]): CsvMapping {
  const taken = new Set<CsvColumnName>();
  const mapping: CsvMapping = {};
  for (const header of headers) {
    if (header === '') continue;
    const column = CSV_COLUMN_NAMES.find((name) => name === header.toLowerCase().replace(/[^a-z0-9]+/g, '_')) ?? null;
    mapping[header] = column && !taken.has(column) ? column : null;
    if (column) taken.add(column);
  }
  return mapping;
}

/** Headers mapped to a column another header already has: "Also chosen for “Name”". */
export function mappingClashes(mapping: CsvMapping): Record<string, string> {
  const first = new Map<CsvColumnName, string>();
  const clashes: Record<string, string> = {};
  for (const [header, column] of Object.entries(mapping)) {
    if (!column) continue;
    const other = first.get(column);
    if (other === undefined) first.set(column, header);
    else clashes[header] = `Also chosen for “${other}”`;
  }
  return clashes;
}

/** Required columns no header is mapped to. */
export function missingColumns(mapping: CsvMapping, required: readonly string[]): string[] {
  const chosen = new Set(Object.values(mapping));
  return required.filter((column) => !chosen.has(column as CsvColumnName));
}
