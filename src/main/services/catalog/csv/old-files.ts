import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Exports and uploads are kept this long, then removed when a new one starts. */
export const KEEP_FILES_MS = 24 * 60 * 60_000;

/** Removes the files in `dir` older than a day; `forget` hears each name removed. */
export async function removeOldFiles(dir: string, forget: (name: string) => void, now = Date.now()): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (!info || !info.isFile() || now - info.mtimeMs < KEEP_FILES_MS) return;
      await rm(path, { force: true });
      forget(name);
    }),
  );
}
