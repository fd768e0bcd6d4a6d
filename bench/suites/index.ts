import type { BenchSuite } from '../suite';
import { catalogReadsSuite } from './catalog-reads';
import { csvExportSuite } from './csv-export';
import { insertRateSuite } from './insert-rate';
import { seedMemorySuite } from './seed-memory';

/** Every suite, run in this order. Add new ones (list and search timings) here. */
export const SUITES: readonly BenchSuite[] = [insertRateSuite, seedMemorySuite, catalogReadsSuite, csvExportSuite];
