import { formatDuration } from './pipeline/progress';
import type { SeedReport } from './pipeline/run-seed';

const number = new Intl.NumberFormat('en-US');

/** The final report: documents, time and documents per second for each collection, then the total. */
export function formatSeedReport(report: SeedReport): string {
  const rows = Object.entries(report.collections)
    .filter(([, figures]) => figures.documents > 0)
    .sort(([, a], [, b]) => b.documents - a.documents)
    .map(([name, figures]) => `  ${name.padEnd(12)} ${number.format(figures.documents).padStart(11)}  ${figures.seconds.toFixed(1).padStart(7)} s  ${number.format(Math.round(figures.docsPerSecond)).padStart(8)} docs/s`);
  return [
    `Seeded scale "${report.scale}" (seed ${report.seed}, anchor ${report.anchor}) in ${formatDuration(report.totalSeconds)}:`,
    `  ${'collection'.padEnd(12)} ${'documents'.padStart(11)}  ${'time'.padStart(9)}  ${'rate'.padStart(15)}`,
    ...rows,
    `  ${'total'.padEnd(12)} ${number.format(report.totalDocuments).padStart(11)}  ${report.totalSeconds.toFixed(1).padStart(7)} s  ${number.format(Math.round(report.docsPerSecond)).padStart(8)} docs/s`,
    '  (a collection written alongside others — payments and reviews with orders — shares its phase\'s time)',
  ].join('\n');
}
