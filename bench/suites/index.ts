import type { BenchSuite } from '../suite';
import { insertRateSuite } from './insert-rate';
import { seedMemorySuite } from './seed-memory';

/** Every suite, run in this order. Add new ones (list and search timings) here. */
export const SUITES: readonly BenchSuite[] = [insertRateSuite, seedMemorySuite];
