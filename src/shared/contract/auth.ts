import { z } from 'zod';
import { STAFF_ROLES } from '../permissions';
import { defineChannel } from './channel';
import { emailSchema, newPasswordSchema, typedPasswordSchema } from './common';

/** The signed-in staff member as the renderer knows them: never a hash or a token. */
export const staffProfileSchema = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: z.enum(STAFF_ROLES),
  avatar: z.string().nullable(),
  /** Set for a temporary password: the app asks for a new one before anything else. */
  mustChangePassword: z.boolean(),
});
export type StaffProfile = z.infer<typeof staffProfileSchema>;

export const authChannels = {
  'auth.session': defineChannel({
    input: z.strictObject({}),
    output: z.object({ user: staffProfileSchema.nullable(), idleTimeoutMinutes: z.number().int() }),
    permission: 'public',
    mutates: false,
  }),
  'auth.signIn': defineChannel({
    input: z.strictObject({ email: emailSchema, password: typedPasswordSchema }),
    output: z.object({ user: staffProfileSchema }),
    permission: 'public',
    mutates: true,
  }),
  'auth.signOut': defineChannel({
    input: z.strictObject({}),
    output: z.object({ signedOut: z.literal(true) }),
    permission: 'signedIn',
    mutates: false,
  }),
  'auth.changePassword': defineChannel({
    input: z.strictObject({ currentPassword: typedPasswordSchema, newPassword: newPasswordSchema }),
    output: z.object({ user: staffProfileSchema }),
    permission: 'signedIn',
    mutates: true,
  }),
};
