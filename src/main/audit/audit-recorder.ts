/** What a service reports about one document it changed. */
export interface AuditRecord {
  collection: string;
  targetId: string;
  /** The document before the change; null when created. */
  before: Record<string, unknown> | null;
  /** The document after the change; null when deleted. */
  after: Record<string, unknown> | null;
}

/**
 * Collects what one channel call changed. Services call `record`; the router
 * writes the entries once the call has succeeded.
 */
export class AuditRecorder {
  readonly records: AuditRecord[] = [];

  record(record: AuditRecord): void {
    this.records.push(record);
  }
}
