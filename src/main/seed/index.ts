export { createSeedWorld, type SeedPlan, type SeedWorld } from './world';
export { SEED_SCALES, isSeedScaleName, proportionalScale, type SeedScale, type SeedScaleName } from './scale';
export { seedDatabase, DEFAULT_BATCH_SIZE, type SeedReport, type SeedRunOptions, type CollectionFigures } from './pipeline/run-seed';
export { createProgressReporter, silentProgress, type ProgressReporter } from './pipeline/progress';
export { BatchWriter, validateThroughModel, type WritePath } from './pipeline/batch-writer';
export { createSeedIndexes, dropSeededCollections, existingData } from './setup';
export { runSeedCommand, DEMO_PASSWORD } from './command';
export { formatSeedReport } from './report';
export { startOfUtcDay } from './clock';
