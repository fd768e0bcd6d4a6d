import { z } from 'zod';
import { defineChannel } from './channel';
import { emailSchema, newPasswordSchema, personNameSchema } from './common';
import { staffProfileSchema } from './auth';

export const mongoUriSchema = z
  .string()
  .trim()
  .max(2000, 'Must be at most 2000 characters')
  .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'Must start with mongodb:// or mongodb+srv://');

/** Where the app gets its database from, as Settings shows it. */
export const databaseChoiceSchema = z.object({
  /** `environment`: MONGODB_URI is set and wins; the choice cannot be changed in the app. */
  mode: z.enum(['environment', 'embedded', 'custom']),
  /** Hosts and database name only. */
  target: z.string(),
});
export type DatabaseChoice = z.infer<typeof databaseChoiceSchema>;

export const connectionProblemSchema = z.enum(['bad-credentials', 'host-not-found', 'refused', 'tls', 'timeout', 'invalid-uri', 'other']);
export type ConnectionProblem = z.infer<typeof connectionProblemSchema>;

export const setupChannels = {
  'setup.status': defineChannel({
    input: z.strictObject({}),
    /** needsAdmin is null while the database cannot be reached. */
    output: z.object({ needsAdmin: z.boolean().nullable(), database: databaseChoiceSchema }),
    permission: 'public',
    mutates: false,
  }),
  'setup.createAdmin': defineChannel({
    input: z.strictObject({ firstName: personNameSchema, lastName: personNameSchema, email: emailSchema, password: newPasswordSchema }),
    output: z.object({ user: staffProfileSchema }),
    permission: 'setup',
    mutates: true,
  }),
  'settings.database.test': defineChannel({
    input: z.strictObject({ uri: mongoUriSchema }),
    output: z.discriminatedUnion('reachable', [
      z.object({ reachable: z.literal(true), target: z.string(), serverVersion: z.string() }),
      z.object({ reachable: z.literal(false), target: z.string(), problem: connectionProblemSchema, message: z.string() }),
    ]),
    permission: 'setup',
    mutates: false,
  }),
  'settings.database.save': defineChannel({
    input: z.discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('embedded') }),
      z.strictObject({ mode: z.literal('custom'), uri: mongoUriSchema }),
    ]),
    output: z.object({ database: databaseChoiceSchema }),
    permission: 'setup',
    mutates: true,
  }),
  'settings.session.get': defineChannel({
    input: z.strictObject({}),
    output: z.object({ idleTimeoutMinutes: z.number().int() }),
    permission: 'settings.manage',
    mutates: false,
  }),
  'settings.session.save': defineChannel({
    input: z.strictObject({ idleTimeoutMinutes: z.number().int().min(1, 'At least 1 minute').max(480, 'At most 480 minutes (8 hours)') }),
    output: z.object({ idleTimeoutMinutes: z.number().int() }),
    permission: 'settings.manage',
    mutates: true,
  }),
};
