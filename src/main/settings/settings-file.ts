import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/**
 * Choices that are not secret, kept in `<dataDir>/settings.json`. The custom
 * database URI is a secret and lives in the OS keychain, never here.
 */
const settingsSchema = z.object({
  database: z.object({ mode: z.enum(['embedded', 'custom']) }).default({ mode: 'embedded' }),
  idleTimeoutMinutes: z.number().int().min(1).max(480).default(15),
});
export type AppSettings = z.infer<typeof settingsSchema>;

export class SettingsFile {
  private cached: AppSettings | undefined;
  private readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'settings.json');
  }

  /** The settings, read once; a missing or damaged file gives the defaults. */
  async read(): Promise<AppSettings> {
    if (this.cached) return this.cached;
    const text = await readFile(this.path, 'utf8').catch(() => '{}');
    let parsed: unknown = {};
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = {};
    }
    const result = settingsSchema.safeParse(parsed);
    this.cached = result.success ? result.data : settingsSchema.parse({});
    return this.cached;
  }

  /** The last read value without touching the disk (defaults before the first read). */
  current(): AppSettings {
    return this.cached ?? settingsSchema.parse({});
  }

  /** Writes atomically (temp file, then rename) so a crash never leaves half a file. */
  async update(change: (settings: AppSettings) => AppSettings): Promise<AppSettings> {
    const next = settingsSchema.parse(change(await this.read()));
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
    await rename(temporary, this.path);
    this.cached = next;
    return next;
  }
}
