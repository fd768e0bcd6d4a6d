import { Error as MongooseError, Schema, type Connection, type HydratedDocumentFromSchema, type InferSchemaType, type UpdateQuery } from 'mongoose';
import { CURRENCY_PATTERN, E164_PATTERN, EMAIL_PATTERN } from '../domain/contact';
import { USER_ROLES } from '../domain/enums';
import { emptyToUndefined, matches, oneOf, required } from '../domain/field-rules';
import { hashPassword, isBcryptHash, passwordProblem, verifyPassword } from '../domain/password';
import { schemaVersionField } from './schema-version';

export const USER_MODEL = 'User';

const preferencesSchema = new Schema(
  {
    newsletter: { type: Boolean, default: true },
    notifications: { type: Boolean, default: true },
    language: { type: String, default: 'en', trim: true },
    currency: { type: String, default: 'USD', trim: true, uppercase: true, match: matches(CURRENCY_PATTERN, 'preferences.currency', 'a 3-letter currency code') },
  },
  { _id: false },
);

export const userSchema = new Schema(
  {
    email: { type: String, required: required('email'), trim: true, lowercase: true, match: matches(EMAIL_PATTERN, 'email', 'a valid email address') },
    // '' and null become "absent": the unique index is sparse, and it would index null.
    username: { type: String, trim: true, set: emptyToUndefined },
    // A bcrypt hash once saved; the length rule runs on the plain value (pre('validate') below).
    password: { type: String, required: required('password'), select: false },
    firstName: { type: String, required: required('firstName'), trim: true },
    lastName: { type: String, required: required('lastName'), trim: true },
    role: { type: String, enum: oneOf(USER_ROLES, 'role'), default: 'customer' },
    phoneNumber: { type: String, trim: true, match: matches(E164_PATTERN, 'phoneNumber', 'an E.164 number such as +14155550123') },
    avatar: { type: String, trim: true },
    isEmailVerified: { type: Boolean, default: false },
    isActive: { type: Boolean, default: true },
    lastLogin: { type: Date },
    // Backroom's addition: set with a temporary password from staff management; the
    // member must choose a new one before anything else.
    mustChangePassword: { type: Boolean, default: false },
    preferences: { type: preferencesSchema, default: () => ({}) },
    addresses: [{ type: Schema.Types.ObjectId, ref: 'Address' }],
    wishlist: [{ type: Schema.Types.ObjectId, ref: 'Product' }],
    schemaVersion: schemaVersionField(),
  },
  {
    collection: 'users',
    timestamps: true,
    methods: {
      /** Checks a sign-in attempt. The user must have been loaded with `.select('+password')`. */
      async verifyPassword(candidate: string): Promise<boolean> {
        const stored: unknown = this.get('password');
        if (typeof stored !== 'string') throw new Error('verifyPassword: load the user with .select("+password") first');
        return verifyPassword(candidate, stored);
      },
    },
    toJSON: {
      // Even when selected, the hash never leaves through JSON.
      transform(_doc, ret: Record<string, unknown>) {
        delete ret.password;
        return ret;
      },
    },
  },
);

userSchema.index({ email: 1 }, { unique: true });
userSchema.index({ username: 1 }, { unique: true, sparse: true });
userSchema.index({ role: 1 });
userSchema.index({ isActive: 1 });
userSchema.index({ createdAt: -1 });

function isPlainPassword(value: unknown): value is string {
  return typeof value === 'string' && !isBcryptHash(value);
}

function passwordValidationError(message: string): MongooseError.ValidationError {
  const error = new MongooseError.ValidationError();
  // No `value` on the error: it would carry the plain password into logs.
  error.addError('password', new MongooseError.ValidatorError({ path: 'password', message, type: 'user defined' }));
  return error;
}

// Runs before the validators and before pre('save') hashes, so it sees the plain value.
userSchema.pre('validate', function () {
  if (!this.isModified('password') || !isPlainPassword(this.password)) return;
  const problem = passwordProblem(this.password);
  if (problem) this.invalidate('password', problem);
});

userSchema.pre('save', async function () {
  if (this.isModified('password') && isPlainPassword(this.password)) this.password = await hashPassword(this.password);
});

// insertMany validates without the save hooks: hash acceptable plain passwords first and
// leave unacceptable ones plain, so pre('validate') above still rejects them.
userSchema.pre('insertMany', async function (docs: unknown) {
  const list: unknown[] = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    const holder = doc as { password?: unknown } | null;
    if (holder && isPlainPassword(holder.password) && passwordProblem(holder.password) === null) {
      holder.password = await hashPassword(holder.password);
    }
  }
});

// Updates skip document middleware too: check and hash a password set through one, so no
// write path stores it in plain text. (bulkWrite is not covered: do not write users with it.)
async function hashPasswordInUpdate(update: UpdateQuery<unknown> | null): Promise<void> {
  if (!update || Array.isArray(update)) return;
  for (const target of [update, update.$set, update.$setOnInsert] as Array<Record<string, unknown> | undefined>) {
    if (!target || !isPlainPassword(target.password)) continue;
    const problem = passwordProblem(target.password);
    if (problem) throw passwordValidationError(problem);
    target.password = await hashPassword(target.password);
  }
}

userSchema.pre(['findOneAndUpdate', 'updateMany', 'replaceOne', 'findOneAndReplace'], async function () {
  await hashPasswordInUpdate(this.getUpdate());
});
userSchema.pre('updateOne', { document: false, query: true }, async function () {
  await hashPasswordInUpdate(this.getUpdate());
});

export type UserAttrs = InferSchemaType<typeof userSchema>;
export type UserDocument = HydratedDocumentFromSchema<typeof userSchema>;

/** Compiles the model on `connection`. Use `registerModels` (index.ts), which reuses a registered one. */
export function compileUserModel(connection: Connection) {
  return connection.model(USER_MODEL, userSchema);
}
export type UserModel = ReturnType<typeof compileUserModel>;
