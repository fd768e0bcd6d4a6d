import type { StaffRole } from '@shared/permissions';

/** A signed-in staff member, held in the main process only. */
export interface Session {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  role: StaffRole;
  avatar: string | null;
  mustChangePassword: boolean;
  signedInAt: number;
  lastActivityAt: number;
}

export type SessionLookup = { session: Session } | { session: null; expired: boolean };

/**
 * Sessions keyed by the transport's session key: one per Electron window
 * (`ipc:<webContents id>`) and one per web-mode launch token (`web:<token>`).
 * The renderer never holds a token it could leak; it only holds the key's
 * transport (its window, or the launch token it already has).
 */
export class SessionManager {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly idleTimeoutMinutes: () => number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The live session for a key, touching its activity; expires idle ones. */
  lookup(key: string, touch = true): SessionLookup {
    const session = this.sessions.get(key);
    if (!session) return { session: null, expired: false };
    if (this.now() - session.lastActivityAt > this.idleTimeoutMinutes() * 60_000) {
      this.sessions.delete(key);
      return { session: null, expired: true };
    }
    if (touch) session.lastActivityAt = this.now();
    return { session };
  }

  start(key: string, member: Omit<Session, 'signedInAt' | 'lastActivityAt'>): Session {
    const session: Session = { ...member, signedInAt: this.now(), lastActivityAt: this.now() };
    this.sessions.set(key, session);
    return session;
  }

  update(key: string, changes: Partial<Pick<Session, 'mustChangePassword' | 'firstName' | 'lastName' | 'avatar'>>): void {
    const session = this.sessions.get(key);
    if (session) Object.assign(session, changes);
  }

  end(key: string): void {
    this.sessions.delete(key);
  }

  /** Signs everyone out (the database changed under them). */
  endAll(): void {
    this.sessions.clear();
  }

  /** Signs a member out everywhere (deactivated, role changed, password reset). */
  endAllFor(userId: string): number {
    let ended = 0;
    for (const [key, session] of this.sessions) {
      if (session.userId !== userId) continue;
      this.sessions.delete(key);
      ended += 1;
    }
    return ended;
  }
}
