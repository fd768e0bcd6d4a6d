import type { Types } from 'mongoose';
import type { UserRole } from '../../domain/enums';
import { DAY_MS } from '../clock';
import { FIRST_NAMES, LAST_NAMES } from '../data/people';
import type { PlannerTools } from '../world';

/** A signed-in member of staff: the admin or a seller. */
export interface StaffMember {
  /** Position in the users' id space: the admin is 0, sellers 1..n, customers after them. */
  userIndex: number;
  id: Types.ObjectId;
  role: Extract<UserRole, 'admin' | 'seller'>;
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber: string;
  createdAt: number;
}

/** Demo sign-ins: admin@example.com and seller1@example.com, seller2@example.com, ... */
export function planStaff(tools: PlannerTools, sellerCount: number): { admin: StaffMember; sellers: StaffMember[] } {
  const opened = tools.clock.daysAgo(1_150);
  const admin: StaffMember = {
    userIndex: 0,
    id: tools.id('user', 0, opened),
    role: 'admin',
    firstName: 'Alex',
    lastName: 'Morgan',
    email: 'admin@example.com',
    phoneNumber: '+12125550100',
    createdAt: opened,
  };
  const sellers = Array.from({ length: sellerCount }, (_, position): StaffMember => {
    const userIndex = 1 + position;
    const rng = tools.rng('seller', userIndex);
    const createdAt = opened + rng.int(1, 120) * DAY_MS;
    return {
      userIndex,
      id: tools.id('user', userIndex, createdAt),
      role: 'seller',
      firstName: rng.pick(FIRST_NAMES),
      lastName: rng.pick(LAST_NAMES),
      email: `seller${position + 1}@example.com`,
      phoneNumber: `+1415555${String(1000 + (position % 9000)).padStart(4, '0')}`,
      createdAt,
    };
  });
  return { admin, sellers };
}
