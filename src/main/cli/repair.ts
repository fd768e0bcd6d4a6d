import { parseArgs } from 'node:util';
import { createConsoleLogger } from '../logger';
import { registerModels } from '../models';
import { repairAll, type RepairReport } from '../services/maintenance/repair';
import { runTool } from './run-tool';
import { openToolDatabase } from './tool-database';

const USAGE = `Usage: npm run repair [-- --dry-run]
  Recomputes every denormalised field from its sources and reports what it fixed.
  --dry-run   count what would be fixed, change nothing
`;

function printReport(report: RepairReport, dryRun: boolean): void {
  const verb = dryRun ? 'would fix' : 'fixed';
  const rows = Object.entries({ ...report.catalog, ...report.commerce }).map(([what, count]) => `  ${what.padEnd(24)} ${String(count).padStart(8)}`);
  process.stdout.write(`Repair ${dryRun ? '(dry run) ' : ''}${verb} ${report.total} documents:\n${rows.join('\n')}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const database = await openToolDatabase({ logger: createConsoleLogger('repair') });
  try {
    const dryRun = values['dry-run'];
    printReport(await repairAll(registerModels(database.connection), { dryRun }), dryRun);
    return 0;
  } finally {
    await database.close();
  }
}

runTool(main);
