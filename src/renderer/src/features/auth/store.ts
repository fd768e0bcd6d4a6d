import { create } from 'zustand';
import type { DatabaseChoice, StaffProfile } from '@shared/contract';
import type { ErrorCode } from '@shared/errors';
import { BackroomError, errorMessage, type BackroomClient } from '../../lib/api';
import { restartApp } from './restart';

/** What stands before the shell, decided by `setup.status` and `auth.session`. */
export type Gate =
  | { kind: 'loading' }
  /** Neither could be read; `code` is null when the failure was not a Backroom error. */
  /** `database` is known when the main process answers but the database does not: another can be chosen. */
  | { kind: 'unavailable'; code: ErrorCode | null; message: string; database?: DatabaseChoice }
  | { kind: 'setup'; database: DatabaseChoice }
  /** Set up: the signed-in user (or its absence) decides between sign-in, new password and the shell. */
  | { kind: 'open' };

export const IDLE_SIGN_OUT_MESSAGE = 'You were signed out after a period without activity; sign in again to continue';

/** How often the idle deadline is checked; the check itself is local and free. */
const IDLE_CHECK_EVERY_MS = 10_000;
/** Slack for the round trip between the main process noting activity and us hearing the answer. */
const IDLE_MARGIN_MS = 2_000;

interface AuthStore {
  gate: Gate;
  user: StaffProfile | null;
  idleTimeoutMinutes: number;
  /** The session ended under the shell: the sign-in dialog is open over it with this message. */
  interruption: string | null;
  /** Why the sign-in screen is shown, when it was not a plain start. */
  notice: string | null;

  /** Reads setup and session state; called at start and to retry. */
  load(client: BackroomClient): Promise<void>;
  /** Follows the session: UNAUTHENTICATED answers and idle expiry. Returns the stop function. */
  watch(client: BackroomClient): () => void;
  signedIn(user: StaffProfile): void;
  /** Setup turned out to be done already (another database, another window): sign in, saying why. */
  signInRequired(notice: string): void;
  sessionEnded(message: string): void;
  /** Signs out in the main process (whatever it answers) and starts the renderer afresh. */
  signOut(client: BackroomClient): Promise<void>;
}

const CHANNELS_WITH_IDLE_TIMEOUT = new Set(['auth.session', 'settings.session.get', 'settings.session.save']);

export const useAuthStore = create<AuthStore>((set, get) => ({
  gate: { kind: 'loading' },
  user: null,
  idleTimeoutMinutes: 15,
  interruption: null,
  notice: null,

  async load(client) {
    try {
      const [setup, session] = await Promise.all([client.call('setup.status', {}), client.call('auth.session', {})]);
      set({
        gate:
          setup.needsAdmin === null
            ? { kind: 'unavailable', code: 'UNAVAILABLE', message: 'The database cannot be reached', database: setup.database }
            : setup.needsAdmin
              ? { kind: 'setup', database: setup.database }
              : { kind: 'open' },
        user: session.user,
        idleTimeoutMinutes: session.idleTimeoutMinutes,
      });
    } catch (error) {
      set({ gate: { kind: 'unavailable', code: error instanceof BackroomError ? error.code : null, message: errorMessage(error) } });
    }
  },

  watch(client) {
    let lastCallAt = Date.now();
    let checking = false;
    const stopObserving = client.observe(({ channel, result }) => {
      lastCallAt = Date.now();
      if (result.ok) {
        if (CHANNELS_WITH_IDLE_TIMEOUT.has(channel)) set({ idleTimeoutMinutes: (result.data as { idleTimeoutMinutes: number }).idleTimeoutMinutes });
      } else if (result.error.code === 'UNAUTHENTICATED' && channel !== 'auth.signIn') {
        // auth.signIn answers UNAUTHENTICATED for a wrong password: that is the form's business.
        get().sessionEnded(result.error.message);
      }
    });

    // Every call, auth.session included, counts as activity in the main process, so
    // polling on a fixed beat would keep an idle session alive forever. Ask only once
    // the idle time has run out since our own last call.
    const timer = setInterval(() => {
      const { user, interruption, idleTimeoutMinutes } = get();
      if (!user || interruption || checking) return;
      if (Date.now() - lastCallAt < idleTimeoutMinutes * 60_000 + IDLE_MARGIN_MS) return;
      checking = true;
      client
        .call('auth.session', {})
        .then(({ user: current }) => {
          if (!current) get().sessionEnded(IDLE_SIGN_OUT_MESSAGE);
          // Someone else signed in on this session (another web-mode tab).
          else if (current.id !== user.id) restartApp();
        })
        .catch(() => undefined)
        .finally(() => (checking = false));
    }, IDLE_CHECK_EVERY_MS);

    return () => {
      stopObserving();
      clearInterval(timer);
    };
  },

  signedIn(user) {
    set({ user, gate: { kind: 'open' }, interruption: null, notice: null });
  },

  signInRequired(notice) {
    set({ user: null, gate: { kind: 'open' }, interruption: null, notice });
  },

  sessionEnded(message) {
    const { user, gate, interruption } = get();
    if (!user || gate.kind !== 'open' || interruption) return;
    // Nothing to keep on the new-password screen: back to sign-in, saying why.
    if (user.mustChangePassword) set({ user: null, notice: message });
    else set({ interruption: message });
  },

  async signOut(client) {
    await client.call('auth.signOut', {}).catch(() => undefined);
    restartApp();
  },
}));
