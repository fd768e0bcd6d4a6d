/**
 * Small secrets (the field encryption key, a saved connection string) kept
 * outside the database and outside files. The app uses the OS keychain;
 * tests may use any implementation.
 */
export interface SecretStore {
  /** The stored value, or null when there is none. */
  get(account: string): Promise<string | null>;
  set(account: string, value: string): Promise<void>;
  /** Whether something was deleted. */
  delete(account: string): Promise<boolean>;
}
