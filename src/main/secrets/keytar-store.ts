import { AppError } from '../errors';
import type { SecretStore } from './secret-store';

export const KEYCHAIN_SERVICE = 'Backroom';

/** The part of keytar we use. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export interface KeytarStoreOptions {
  /** Keychain service name; tests use their own so they never touch the app's entries. */
  service?: string;
  /** How keytar is loaded; replaceable so the failure paths can be exercised. */
  load?: () => Promise<KeytarApi>;
}

/** What to tell someone whose keychain does not answer, per platform. */
export function keychainHint(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'linux') {
    return 'On Linux it needs a Secret Service on the D-Bus session bus, such as gnome-keyring or KWallet, running and unlocked.';
  }
  if (platform === 'darwin') return 'On macOS it uses the login keychain, which must be unlocked.';
  if (platform === 'win32') return 'On Windows it uses the Credential Manager.';
  return 'This platform may have no supported keychain.';
}

async function importKeytar(): Promise<KeytarApi> {
  // A native module: imported on first use, so a missing build or a missing
  // libsecret becomes an error here instead of a crash when the app starts.
  const loaded = (await import('keytar')) as KeytarApi & { default?: KeytarApi };
  return loaded.default ?? loaded;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Secrets in the OS keychain (macOS Keychain, Windows Credential Manager, Secret Service). */
export class KeytarSecretStore implements SecretStore {
  readonly service: string;
  private readonly load: () => Promise<KeytarApi>;
  private keytar: Promise<KeytarApi> | undefined;

  constructor(options: KeytarStoreOptions = {}) {
    this.service = options.service ?? KEYCHAIN_SERVICE;
    this.load = options.load ?? importKeytar;
  }

  get(account: string): Promise<string | null> {
    return this.call('read', (keytar) => keytar.getPassword(this.service, account));
  }

  set(account: string, value: string): Promise<void> {
    return this.call('write', (keytar) => keytar.setPassword(this.service, account, value));
  }

  delete(account: string): Promise<boolean> {
    return this.call('delete', (keytar) => keytar.deletePassword(this.service, account));
  }

  private module(): Promise<KeytarApi> {
    this.keytar ??= this.load().catch((error: unknown) => {
      this.keytar = undefined;
      throw new AppError('UNAVAILABLE', `The OS keychain module (keytar) could not be loaded: ${reason(error)}. ${keychainHint()}`);
    });
    return this.keytar;
  }

  private async call<T>(action: string, run: (keytar: KeytarApi) => Promise<T>): Promise<T> {
    const keytar = await this.module();
    try {
      return await run(keytar);
    } catch (error) {
      throw new AppError('UNAVAILABLE', `Could not ${action} a secret in the OS keychain: ${reason(error)}. ${keychainHint()}`);
    }
  }
}
