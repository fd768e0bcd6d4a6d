import { AppError } from '../errors';
import { KeytarSecretStore, keychainHint, type KeytarStoreOptions } from './keytar-store';
import type { SecretStore } from './secret-store';

export type { SecretStore } from './secret-store';
export { KeytarSecretStore, KEYCHAIN_SERVICE } from './keytar-store';

export interface OpenSecretStoreOptions extends KeytarStoreOptions {
  /** How long the probe may take; a keychain that never answers counts as unavailable. */
  probeTimeoutMs?: number;
}

const PROBE_ACCOUNT = 'backroom-keychain-probe';

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('UNAVAILABLE', message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The OS keychain, checked with a harmless read before it is handed out.
 * Throws UNAVAILABLE, saying what is missing, where there is no usable keychain.
 */
export async function openSecretStore(options: OpenSecretStoreOptions = {}): Promise<SecretStore> {
  const store = new KeytarSecretStore(options);
  const timeoutMs = options.probeTimeoutMs ?? 15_000;
  try {
    await withTimeout(store.get(PROBE_ACCOUNT), timeoutMs, `The OS keychain did not answer within ${timeoutMs / 1000} s.`);
    return store;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // The store's own messages already carry the platform hint.
    const hint = detail.includes(keychainHint()) ? '' : ` ${keychainHint()}`;
    throw new AppError('UNAVAILABLE', `The OS keychain is unavailable. ${detail}${hint}`);
  }
}
