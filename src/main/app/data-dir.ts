import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron calls `userData` for an app named Backroom, computed
 * without Electron so web mode uses the same embedded database files.
 * BACKROOM_DATA_DIR overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.BACKROOM_DATA_DIR) return env.BACKROOM_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Backroom');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Backroom');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Backroom');
}
