import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../src/main/logger';
import { openFieldKey } from '../../../src/main/secrets/field-key';
import { runSeedCommand } from '../../../src/main/seed/command';
import { silentProgress } from '../../../src/main/seed/pipeline/progress';
import { SEED_SCALES } from '../../../src/main/seed/scale';

describe('npm run seed', () => {
  it('fails with the field-key message, before touching the database, when there is no keychain and no BACKROOM_FIELD_KEY', async () => {
    const openDatabase = vi.fn();
    const noKeychain = () => Promise.reject(new Error('no Secret Service on this machine'));
    const run = runSeedCommand(
      { scale: SEED_SCALES.test, seed: 1, anchor: new Date('2026-01-01T00:00:00Z'), reset: true, batchSize: 100 },
      { openKey: () => openFieldKey({}, noKeychain), openDatabase, logger: silentLogger, progress: silentProgress, print: () => undefined },
    );
    await expect(run).rejects.toThrow(/BACKROOM_FIELD_KEY is not set/);
    expect(openDatabase).not.toHaveBeenCalled();
  });
});
