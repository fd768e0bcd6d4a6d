import { randomInt } from 'node:crypto';
import { trusted, Types } from 'mongoose';
import type { StaffMember } from '@shared/contract';
import { STAFF_ROLES, type StaffRole } from '@shared/permissions';
import type { AuditRecorder } from '../audit/audit-recorder';
import type { LoginThrottle } from '../auth/login-throttle';
import type { SessionManager } from '../auth/session-manager';
import { decodeCursor, encodeCursor } from '../db/keyset-cursor';
import { AppError } from '../errors';
import type { Models } from '../models';

export interface StaffServiceDeps {
  models: () => Pick<Models, 'User'>;
  sessions: SessionManager;
  throttle: () => LoginThrottle;
}

/** No 0/O, 1/l/I: temporary passwords are read aloud and typed by hand. */
const TEMPORARY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';

export function temporaryPassword(length = 14): string {
  return Array.from({ length }, () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)]).join('');
}

const MEMBER_FIELDS = 'email firstName lastName role isActive mustChangePassword lastLogin createdAt';

interface MemberRow {
  _id: Types.ObjectId;
  email: string;
  firstName: string;
  lastName: string;
  role: string;
  isActive: boolean;
  mustChangePassword?: boolean | null;
  lastLogin?: Date | null;
  createdAt: Date;
}

function toMember(row: MemberRow): StaffMember {
  return {
    id: row._id.toHexString(),
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    role: row.role as StaffRole,
    isActive: row.isActive,
    mustChangePassword: row.mustChangePassword === true,
    lastLogin: row.lastLogin ? row.lastLogin.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Staff accounts (admins and sellers): list, create, change, reset. */
export function createStaffService(deps: StaffServiceDeps) {
  async function loadMember(id: string): Promise<MemberRow> {
    const row = await deps.models().User.findOne({ _id: id, role: trusted({ $in: STAFF_ROLES }) }).select(MEMBER_FIELDS).lean<MemberRow>();
    if (!row) throw new AppError('NOT_FOUND', 'No staff member has this id');
    return row;
  }

  async function assertAnotherActiveAdmin(member: MemberRow): Promise<void> {
    const others = await deps.models().User.countDocuments({ role: 'admin', isActive: true, _id: trusted({ $ne: member._id }) });
    if (others === 0) {
      throw new AppError('CONFLICT', `${member.firstName} ${member.lastName} is the last active admin; make someone else an admin first`);
    }
  }

  return {
    async list(input: { search?: string; role?: StaffRole; includeInactive: boolean; cursor?: string; limit: number }) {
      const query: Record<string, unknown> = { role: input.role ?? trusted({ $in: STAFF_ROLES }) };
      if (!input.includeInactive) query.isActive = true;
      if (input.search) {
        const prefix = new RegExp(`^${escapeRegex(input.search)}`, 'i');
        query.$or = [{ email: prefix }, { firstName: prefix }, { lastName: prefix }];
      }
      if (input.cursor) {
        const position = decodeCursor(input.cursor);
        const after = { $or: [{ createdAt: trusted({ $lt: position.at }) }, { createdAt: position.at, _id: trusted({ $lt: new Types.ObjectId(position.id) }) }] };
        Object.assign(query, query.$or ? { $and: [{ $or: query.$or }, after] } : after);
        if (query.$and) delete query.$or;
      }
      const rows = await deps.models().User.find(query).select(MEMBER_FIELDS).sort({ createdAt: -1, _id: -1 }).limit(input.limit + 1).lean<MemberRow[]>();
      const last = rows.length > input.limit ? rows[input.limit - 1] : undefined;
      return { items: rows.slice(0, input.limit).map(toMember), nextCursor: last ? encodeCursor({ at: last.createdAt, id: last._id.toHexString() }) : null };
    },

    async create(input: { email: string; firstName: string; lastName: string; role: StaffRole }, audit: AuditRecorder) {
      const password = temporaryPassword();
      const created = await deps.models().User.create({ ...input, password, mustChangePassword: true, isActive: true });
      const member = await loadMember(created._id.toHexString());
      audit.record({ collection: 'users', targetId: created._id.toHexString(), before: null, after: { ...toMember(member), password: 'temporary' } });
      return { member: toMember(member), temporaryPassword: password };
    },

    async update(input: { id: string; firstName?: string; lastName?: string; role?: StaffRole; isActive?: boolean }, audit: AuditRecorder) {
      const member = await loadMember(input.id);
      const demoted = member.role === 'admin' && input.role !== undefined && input.role !== 'admin';
      const deactivated = member.isActive && input.isActive === false;
      if (member.role === 'admin' && member.isActive && (demoted || deactivated)) await assertAnotherActiveAdmin(member);

      const changes = Object.fromEntries(Object.entries({ firstName: input.firstName, lastName: input.lastName, role: input.role, isActive: input.isActive }).filter(([, value]) => value !== undefined));
      await deps.models().User.updateOne({ _id: member._id }, { $set: changes }, { runValidators: true });
      const updated = await loadMember(input.id);
      // A new role or a deactivation takes effect now, not at the next sign-in.
      if (updated.role !== member.role || updated.isActive !== member.isActive) deps.sessions.endAllFor(input.id);
      audit.record({ collection: 'users', targetId: input.id, before: toMember(member), after: toMember(updated) });
      return { member: toMember(updated) };
    },

    async resetPassword(input: { id: string }, audit: AuditRecorder) {
      const member = await loadMember(input.id);
      const password = temporaryPassword();
      const user = await deps.models().User.findById(member._id).select('+password');
      if (!user) throw new AppError('NOT_FOUND', 'No staff member has this id');
      user.password = password;
      user.mustChangePassword = true;
      await user.save();
      deps.sessions.endAllFor(input.id);
      await deps.throttle().clear(member.email);
      audit.record({ collection: 'users', targetId: input.id, before: { password: 'previous', mustChangePassword: member.mustChangePassword === true }, after: { password: 'temporary', mustChangePassword: true } });
      return { member: toMember(await loadMember(input.id)), temporaryPassword: password };
    },
  };
}

export type StaffService = ReturnType<typeof createStaffService>;
