import { z } from 'zod';
import { STAFF_ROLES } from '../permissions';
import { defineChannel } from './channel';
import { emailSchema, objectIdSchema, pageInputShape, pageOf, personNameSchema } from './common';

export const staffMemberSchema = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: z.enum(STAFF_ROLES),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLogin: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const staffChannels = {
  'staff.list': defineChannel({
    input: z.strictObject({
      search: z.string().trim().max(100).optional(),
      role: z.enum(STAFF_ROLES).optional(),
      includeInactive: z.boolean().default(true),
      ...pageInputShape,
    }),
    output: pageOf(staffMemberSchema),
    permission: 'staff.manage',
    mutates: false,
  }),
  'staff.create': defineChannel({
    input: z.strictObject({ email: emailSchema, firstName: personNameSchema, lastName: personNameSchema, role: z.enum(STAFF_ROLES) }),
    /** The temporary password is shown once; it must be changed at first sign-in. */
    output: z.object({ member: staffMemberSchema, temporaryPassword: z.string() }),
    permission: 'staff.manage',
    mutates: true,
  }),
  'staff.update': defineChannel({
    input: z.strictObject({
      id: objectIdSchema,
      firstName: personNameSchema.optional(),
      lastName: personNameSchema.optional(),
      role: z.enum(STAFF_ROLES).optional(),
      isActive: z.boolean().optional(),
    }),
    output: z.object({ member: staffMemberSchema }),
    permission: 'staff.manage',
    mutates: true,
  }),
  'staff.resetPassword': defineChannel({
    input: z.strictObject({ id: objectIdSchema }),
    output: z.object({ member: staffMemberSchema, temporaryPassword: z.string() }),
    permission: 'staff.manage',
    mutates: true,
  }),
};
