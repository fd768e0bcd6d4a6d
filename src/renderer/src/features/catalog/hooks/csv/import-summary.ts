import type { CsvAnalysis } from '@shared/contract';

export interface DryRunFigure {
  label: string;
  value: number;
  tone?: 'error';
}

export function dryRunFigures(analysis: CsvAnalysis): DryRunFigure[] {
  return [
    { label: 'Rows', value: analysis.rows },
    { label: 'To create', value: analysis.toCreate },
    { label: 'To update', value: analysis.toUpdate },
    { label: 'Unchanged', value: analysis.unchanged },
    { label: 'Rejected', value: analysis.rejected, tone: 'error' },
  ];
}

/** Rows an apply would write or leave as they are: all but the rejected ones. */
export function validRows(analysis: CsvAnalysis): number {
  return analysis.rows - analysis.rejected;
}

/** Said when the dry run listed only the first problems. */
export function errorsShownNote(analysis: CsvAnalysis): string | null {
  if (analysis.errorCount <= analysis.errors.length) return null;
  return `Showing the first ${analysis.errors.length.toLocaleString()} of ${analysis.errorCount.toLocaleString()} problems; the report after the import lists every rejected row.`;
}

/** "Import 3 valid rows". */
export function importButtonLabel(analysis: CsvAnalysis): string {
  const count = validRows(analysis);
  return `Import ${count.toLocaleString()} valid row${count === 1 ? '' : 's'}`;
}

/** "Problems (2): 1 row would be skipped". */
export function problemsHeading(analysis: CsvAnalysis): string {
  const rows = `${analysis.rejected.toLocaleString()} row${analysis.rejected === 1 ? '' : 's'}`;
  return `Problems (${analysis.errorCount.toLocaleString()}): ${rows} would be skipped`;
}
