import type { Types } from 'mongoose';
import type { StaffProfile } from '@shared/contract';
import type { Session } from './session-manager';
import { isStaffRole } from '@shared/permissions';
import { AppError } from '../errors';

/** The user fields a session and a profile are made from. */
export interface StaffUserFields {
  _id: Types.ObjectId;
  email: string;
  firstName: string;
  lastName: string;
  role: string;
  avatar?: string | null;
  mustChangePassword?: boolean | null;
}

export function sessionFields(user: StaffUserFields): Omit<Session, 'signedInAt' | 'lastActivityAt'> {
  if (!isStaffRole(user.role)) throw new AppError('FORBIDDEN', 'Customer accounts cannot sign in to Backroom; it is for store staff');
  return {
    userId: user._id.toHexString(),
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    avatar: user.avatar ?? null,
    mustChangePassword: user.mustChangePassword === true,
  };
}

export function toStaffProfile(session: Omit<Session, 'signedInAt' | 'lastActivityAt'>): StaffProfile {
  return {
    id: session.userId,
    email: session.email,
    firstName: session.firstName,
    lastName: session.lastName,
    role: session.role,
    avatar: session.avatar,
    mustChangePassword: session.mustChangePassword,
  };
}
