import { createProgressReporter } from '../../src/main/seed/pipeline/progress';
import { seedDatabase } from '../../src/main/seed/pipeline/run-seed';
import { proportionalScale } from '../../src/main/seed/scale';
import { createSeedIndexes, dropSeededCollections } from '../../src/main/seed/setup';
import { silentLogger } from '../../src/main/logger';
import { startMemorySampler } from '../memory-sampler';
import { formatCount, formatMiB, type BenchSuite, type SuiteResult } from '../suite';

/**
 * A whole seed (all ten collections, in the large scale's proportions) through
 * the real pipeline, sampling memory every 250 ms: it should stay flat, since
 * only the current batches and per-product counters are ever held.
 */
export const seedMemorySuite: BenchSuite = {
  name: 'seed-memory',
  description: 'a full streamed seed: documents per second per collection, and memory (rss, heapUsed) start / peak / end',
  async run(context): Promise<SuiteResult> {
    const { options } = context;
    const scale = proportionalScale('bench', options.products, options.orders);
    await dropSeededCollections(context.db, context.models);
    await createSeedIndexes(context.models, silentLogger);
    const sampler = startMemorySampler(250);
    const report = await seedDatabase({
      connection: context.connection,
      plan: { scale, seed: options.seed, anchor: context.anchor },
      fieldKey: context.fieldKey,
      // Any bcrypt-shaped hash: the bench measures writing, and never signs in.
      passwordHash: `$2b$12$${'x'.repeat(53)}`,
      batchSize: options.batchSize,
      progress: createProgressReporter(process.stderr),
    });
    const memory = sampler.stop();
    await dropSeededCollections(context.db, context.models);

    const table: string[][] = [['collection', 'documents', 'seconds', 'docs/s']];
    for (const [name, figures] of Object.entries(report.collections).sort(([, a], [, b]) => b.documents - a.documents)) {
      table.push([name, formatCount(figures.documents), figures.seconds.toFixed(1), formatCount(figures.docsPerSecond)]);
    }
    table.push(['total', formatCount(report.totalDocuments), report.totalSeconds.toFixed(1), formatCount(report.docsPerSecond)]);
    table.push(['memory', 'start', 'peak', 'end']);
    table.push(['  rss', formatMiB(memory.start.rss), formatMiB(memory.peakRss), formatMiB(memory.end.rss)]);
    table.push(['  heapUsed', formatMiB(memory.start.heapUsed), formatMiB(memory.peakHeapUsed), formatMiB(memory.end.heapUsed)]);
    table.push(['  heapUsed 1st half: floor / peak', formatMiB(memory.floorHeapUsedFirstHalf), formatMiB(memory.peakHeapUsedFirstHalf), '']);
    table.push(['  heapUsed 2nd half: floor / peak', formatMiB(memory.floorHeapUsedSecondHalf), formatMiB(memory.peakHeapUsedSecondHalf), '']);
    return { figures: { scale, seed: report, memory }, table };
  },
};
