import type { Connection } from 'mongoose';
import { trusted, Types } from 'mongoose';
import type { AuditEntry } from '@shared/contract';
import type { Session } from '../auth/session-manager';
import type { AuditRecord } from './audit-recorder';
import { registerAuditLogModel, type AuditEntryAttrs } from './audit-log.model';
import { diffDocuments } from './diff';
import { decodeCursor, encodeCursor } from '../db/keyset-cursor';

export interface AuditFilters {
  actorId?: string;
  collection?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

/** The most rows one CSV export carries; narrow the filters for more. */
export const EXPORT_ROW_LIMIT = 50_000;

const CSV_COLUMNS = ['at', 'actor', 'channel', 'collection', 'targetId', 'field', 'before', 'after'];

function toDto(entry: AuditEntryAttrs & { _id: Types.ObjectId }): AuditEntry {
  return {
    id: entry._id.toHexString(),
    at: entry.at.toISOString(),
    actor: entry.actor ? { id: entry.actor.id.toHexString(), email: entry.actor.email, name: entry.actor.name } : null,
    channel: entry.channel,
    collection: entry.targetCollection ?? null,
    targetId: entry.targetId ?? null,
    changes: entry.changes.map((change) => ({ path: change.path, before: change.before ?? null, after: change.after ?? null })),
  };
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  // Quote everything; a leading = + - @ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

function filterQuery(filters: AuditFilters): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (filters.actorId) query['actor.id'] = new Types.ObjectId(filters.actorId);
  if (filters.collection) query.targetCollection = filters.collection;
  if (filters.targetId) query.targetId = filters.targetId;
  if (filters.from || filters.to) {
    query.at = trusted({ ...(filters.from ? { $gte: new Date(filters.from) } : {}), ...(filters.to ? { $lte: new Date(filters.to) } : {}) });
  }
  return query;
}

/** The audit log: written by the router after every successful mutating call. */
export function createAuditLog(connection: Connection) {
  const AuditLog = registerAuditLogModel(connection);

  return {
    model: AuditLog,

    async write(call: { actor: Session | null; channel: string; records: readonly AuditRecord[]; at?: Date }): Promise<void> {
      const actor = call.actor ? { id: new Types.ObjectId(call.actor.userId), email: call.actor.email, name: `${call.actor.firstName} ${call.actor.lastName}` } : null;
      const at = call.at ?? new Date();
      const entries =
        call.records.length === 0
          ? [{ at, actor, channel: call.channel, targetCollection: null, targetId: null, changes: [] }]
          : call.records.map((record) => ({
              at,
              actor,
              channel: call.channel,
              targetCollection: record.collection,
              targetId: record.targetId,
              changes: diffDocuments(record.before, record.after),
            }));
      await AuditLog.insertMany(entries);
    },

    /** Who last changed a document, for "changed by … since you opened it". */
    async lastChange(collection: string, targetId: string): Promise<{ name: string; at: string } | null> {
      const entry = await AuditLog.findOne({ targetCollection: collection, targetId }).sort({ at: -1 }).lean();
      return entry ? { name: entry.actor?.name ?? 'an unknown user', at: entry.at.toISOString() } : null;
    },

    async list(filters: AuditFilters, page: { cursor?: string; limit: number }): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
      const query = filterQuery(filters);
      if (page.cursor) {
        const position = decodeCursor(page.cursor);
        const id = new Types.ObjectId(position.id);
        query.$or = [{ at: trusted({ $lt: position.at }) }, { at: position.at, _id: trusted({ $lt: id }) }];
      }
      const rows = await AuditLog.find(query).sort({ at: -1, _id: -1 }).limit(page.limit + 1).lean();
      const items = rows.slice(0, page.limit).map(toDto);
      const last = rows.length > page.limit ? rows[page.limit - 1] : undefined;
      return { items, nextCursor: last ? encodeCursor({ at: last.at, id: last._id.toHexString() }) : null };
    },

    /** One CSV row per changed field (or per entry without changes), newest first. */
    async exportCsv(filters: AuditFilters): Promise<{ csv: string; rows: number; truncated: boolean }> {
      const lines = [CSV_COLUMNS.join(',')];
      let entries = 0;
      let truncated = false;
      const cursor = AuditLog.find(filterQuery(filters)).sort({ at: -1, _id: -1 }).lean().cursor({ batchSize: 500 });
      for await (const row of cursor) {
        if (entries >= EXPORT_ROW_LIMIT) {
          truncated = true;
          break;
        }
        entries += 1;
        const entry = toDto(row as AuditEntryAttrs & { _id: Types.ObjectId });
        const base = [entry.at, entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : '', entry.channel, entry.collection, entry.targetId];
        const changes = entry.changes.length > 0 ? entry.changes : [{ path: '', before: null, after: null }];
        for (const change of changes) lines.push([...base, change.path, change.before, change.after].map(csvCell).join(','));
      }
      await cursor.close();
      return { csv: `${lines.join('\r\n')}\r\n`, rows: entries, truncated };
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
