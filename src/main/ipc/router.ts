import {
  contract,
  isChannelName,
  type ChannelName,
  type ChannelOutput,
  type ParsedInput,
} from '@shared/contract';
import type { CallResult } from '@shared/errors';
import { roleHasPermission, type Permission } from '@shared/permissions';
import { AuditRecorder } from '../audit/audit-recorder';
import type { AuditLog } from '../audit/audit-log';
import type { Session, SessionManager } from '../auth/session-manager';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { toErrorShape } from './error-mapping';

/** What the transport knows about a call. */
export interface TransportContext {
  transport: 'ipc' | 'http';
  /** Identifies the caller's session: its window, or its web-mode launch token. */
  sessionKey: string;
}

/** What every handler receives besides its input. */
export interface CallContext extends TransportContext {
  session: Session | null;
  audit: AuditRecorder;
}

export type Handler<C extends ChannelName> = (
  input: ParsedInput<C>,
  context: CallContext,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

/** One handler per channel of the contract; the compiler rejects a missing one. */
export type Handlers = { [C in ChannelName]: Handler<C> };

export interface Router {
  /** Parses, authorises and runs one call. Never throws. */
  call(channel: string, rawInput: unknown, transport: TransportContext): Promise<CallResult<unknown>>;
}

export interface RouterDeps {
  handlers: Handlers;
  logger: Logger;
  sessions: SessionManager;
  /** True while the database has no admin: first-run setup is open to anyone at the keyboard. */
  isSetupOpen: () => Promise<boolean>;
  /** Where successful mutating calls are recorded; absent in tools and unit tests. */
  auditLog?: Pick<AuditLog, 'write'>;
}

/** Channels a member with a temporary password may still call. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set<ChannelName>(['auth.changePassword', 'auth.signOut', 'auth.session']);

async function authorize(channel: ChannelName, permission: Permission, session: Session | null, expired: boolean, deps: RouterDeps): Promise<void> {
  if (permission === 'public') return;
  if (permission === 'setup' && (await deps.isSetupOpen())) return;
  if (!session) {
    throw new AppError(
      'UNAUTHENTICATED',
      expired ? 'You were signed out after a period without activity; sign in again to continue' : 'Sign in to continue',
    );
  }
  if (session.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(channel)) {
    throw new AppError('FORBIDDEN', 'Choose a new password first: the one you signed in with was temporary');
  }
  const needed = permission === 'setup' ? 'settings.manage' : permission;
  if (needed !== 'signedIn' && !roleHasPermission(session.role, needed)) {
    throw new AppError('FORBIDDEN', `Your role (${session.role}) does not allow this (${needed})`);
  }
}

/**
 * The transport-independent heart of the IPC spine: channel lookup, zod
 * parsing, permission check, the service call, the audit entry and error
 * mapping. Both the Electron IPC transport and the web-mode HTTP transport
 * call `call`.
 */
export function createRouter(deps: RouterDeps): Router {
  async function run<C extends ChannelName>(channel: C, rawInput: unknown, transport: TransportContext): Promise<unknown> {
    const definition = contract[channel];
    // Parse before anything else runs, so bad input changes nothing.
    const input = (await definition.input.parseAsync(rawInput === undefined ? {} : rawInput)) as ParsedInput<C>;
    // Asking whether one is signed in is not activity: it must not keep an idle session alive.
    const lookup = deps.sessions.lookup(transport.sessionKey, channel !== 'auth.session');
    await authorize(channel, definition.permission, lookup.session, lookup.session === null && lookup.expired, deps);
    const context: CallContext = { ...transport, session: lookup.session, audit: new AuditRecorder() };
    const handler = deps.handlers[channel] as Handler<C>;
    const output = await handler(input, context);
    if (definition.mutates && deps.auditLog) {
      // The session may have been created by this very call (sign-in, first admin).
      const actor = deps.sessions.lookup(transport.sessionKey, false).session ?? lookup.session;
      await deps.auditLog
        .write({ actor, channel, records: context.audit.records })
        .catch((error: unknown) => deps.logger.error(`Could not write the audit entry for ${channel}`, error));
    }
    return output;
  }

  return {
    async call(channel, rawInput, transport) {
      try {
        if (!isChannelName(channel)) {
          throw new AppError('NOT_FOUND', `Unknown channel "${channel.slice(0, 100)}"`);
        }
        const data = await run(channel, rawInput, transport);
        return { ok: true, data };
      } catch (error) {
        return { ok: false, error: toErrorShape(error, deps.logger) };
      }
    },
  };
}
