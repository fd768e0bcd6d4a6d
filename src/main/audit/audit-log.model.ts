import { Schema, type Connection, type InferSchemaType } from 'mongoose';

export const AUDIT_LOG_MODEL = 'AuditEntry';

const APPEND_ONLY = 'The audit log is append-only: entries cannot be changed or deleted';

const actorSchema = new Schema(
  { id: { type: Schema.Types.ObjectId, ref: 'User', required: true }, email: { type: String, required: true }, name: { type: String, required: true } },
  { _id: false },
);

const changeSchema = new Schema({ path: { type: String, required: true }, before: Schema.Types.Mixed, after: Schema.Types.Mixed }, { _id: false });

/**
 * One audited change: who, when, which channel, which document, and the diff.
 * Not one of the design document's ten collections: Backroom's own record of
 * what staff did. `targetCollection` because `collection` is reserved by Mongoose.
 */
export const auditEntrySchema = new Schema(
  {
    at: { type: Date, required: true },
    actor: { type: actorSchema, default: null },
    channel: { type: String, required: true },
    targetCollection: { type: String, default: null },
    targetId: { type: String, default: null },
    changes: { type: [changeSchema], default: [] },
  },
  { collection: 'audit_log', versionKey: false, minimize: false },
);

// The audit screen lists newest first, filtered by one of these fields at a time.
auditEntrySchema.index({ at: -1, _id: -1 });
auditEntrySchema.index({ 'actor.id': 1, at: -1 });
auditEntrySchema.index({ targetCollection: 1, at: -1 });
auditEntrySchema.index({ targetId: 1, at: -1 });

for (const operation of ['updateOne', 'updateMany', 'findOneAndUpdate', 'replaceOne', 'findOneAndReplace', 'deleteOne', 'deleteMany', 'findOneAndDelete'] as const) {
  auditEntrySchema.pre(operation, function () {
    throw new Error(APPEND_ONLY);
  });
}

export type AuditEntryAttrs = InferSchemaType<typeof auditEntrySchema>;

export function registerAuditLogModel(connection: Connection) {
  return (connection.models[AUDIT_LOG_MODEL] as ReturnType<typeof compile> | undefined) ?? compile(connection);
}

function compile(connection: Connection) {
  return connection.model(AUDIT_LOG_MODEL, auditEntrySchema);
}

export type AuditLogModel = ReturnType<typeof registerAuditLogModel>;
