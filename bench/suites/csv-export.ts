import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job } from '@shared/contract';
import { JobRunner } from '../../src/main/jobs/job-runner';
import { silentLogger } from '../../src/main/logger';
import { createCatalogCsvService } from '../../src/main/services/catalog/csv/csv-service';
import { createProductService } from '../../src/main/services/catalog/product-service';
import { startMemorySampler } from '../memory-sampler';
import { formatCount, formatMiB, type BenchSuite, type SuiteResult } from '../suite';
import { adminSession, catalogWorld, seedCatalog } from './catalog-reads';

/**
 * A CSV export of the whole catalog through the real path: the CSV service's
 * exportProducts (the admin, no filters) starts a job on a JobRunner, which
 * streams the products with a cursor into `<temp data dir>/exports/<job>.csv`.
 * Timed from the call until the job reports it finished; process memory is
 * sampled every 100 ms meanwhile. The catalog is the one catalog-reads seeds
 * (reused when that suite ran first in the same run).
 */

const SAMPLE_MS = 100;

async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    for (const byte of chunk as Buffer) if (byte === 0x0a) lines += 1;
  }
  return lines;
}

export const csvExportSuite: BenchSuite = {
  name: 'csv-export',
  description: 'the whole catalog exported to CSV through the export job: rows/s and memory (rss, heapUsed) start / peak / end, sampled every 100 ms',
  async run(context): Promise<SuiteResult> {
    const world = catalogWorld(context);
    context.log(`csv-export: seeding ${formatCount(world.scale.products)} products (or reusing catalog-reads' catalog)`);
    const seeded = await seedCatalog(context, world);
    const dataDir = await mkdtemp(join(tmpdir(), 'backroom-bench-csv-'));
    try {
      let finished: (job: Job) => void = () => undefined;
      const done = new Promise<Job>((resolve) => {
        finished = resolve;
      });
      let published = 0;
      const jobs = new JobRunner((job) => {
        published += 1;
        if (job.finishedAt) finished(job);
      }, silentLogger);
      const models = () => context.models;
      const capabilities = () => ({ textSearch: false });
      const csv = createCatalogCsvService({
        models,
        capabilities,
        jobs,
        products: createProductService({ models, capabilities, lastChangedBy: () => Promise.resolve(null) }),
        audit: () => Promise.resolve(),
        describeError: (error) => ({ code: 'INTERNAL', message: String(error) }),
        dataDir,
      });

      const sampler = startMemorySampler(SAMPLE_MS);
      const started = performance.now();
      const { job: startedJob } = await csv.exportProducts({}, adminSession(world));
      const job = await done;
      const seconds = (performance.now() - started) / 1000;
      const memory = sampler.stop();
      if (job.state !== 'done') throw new Error(`csv-export: the export job ended ${job.state}${job.error ? `: ${job.error}` : ''}`);

      const file = join(dataDir, 'exports', `${startedJob.id}.csv`);
      const bytes = (await stat(file)).size;
      const lines = await countLines(file);
      const rows = lines - 1;
      if (rows !== world.scale.products) throw new Error(`csv-export: the file has ${rows} data lines for ${world.scale.products} products`);

      const figures = {
        products: world.scale.products,
        seedSeconds: seeded.seconds,
        seedReused: seeded.reused,
        rows,
        seconds,
        rowsPerSecond: rows / seconds,
        bytes,
        mebibytesPerSecond: bytes / 1024 / 1024 / seconds,
        progressEvents: published,
        memory,
      };
      const table: string[][] = [
        ['export', 'rows', 'seconds', 'rows/s', 'file', 'MiB/s'],
        ['all products', formatCount(rows), seconds.toFixed(1), formatCount(rows / seconds), formatMiB(bytes), figures.mebibytesPerSecond.toFixed(1)],
        ['memory', 'start', 'peak', 'end', '', ''],
        ['  rss', formatMiB(memory.start.rss), formatMiB(memory.peakRss), formatMiB(memory.end.rss), '', ''],
        ['  heapUsed', formatMiB(memory.start.heapUsed), formatMiB(memory.peakHeapUsed), formatMiB(memory.end.heapUsed), '', ''],
        ['  heapUsed 1st half: floor / peak', formatMiB(memory.floorHeapUsedFirstHalf), formatMiB(memory.peakHeapUsedFirstHalf), '', '', ''],
        ['  heapUsed 2nd half: floor / peak', formatMiB(memory.floorHeapUsedSecondHalf), formatMiB(memory.peakHeapUsedSecondHalf), '', '', ''],
      ];
      return { figures, table };
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};
