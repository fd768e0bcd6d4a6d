import type { ErrorShape } from '@shared/errors';
import { AuditRecorder, type AuditRecord } from '../../../audit/audit-recorder';
import type { Session } from '../../../auth/session-manager';
import { AppError } from '../../../errors';
import type { JobControl } from '../../../jobs/job-runner';
import type { Models } from '../../../models';
import type { ProductService } from '../product-service';
import { describeProblems, judgeRows, type ImportPlan } from './import-analysis';

export interface ImportJobDeps {
  models: Models;
  /** Creates and updates go through the product service, with all of its rules. */
  products: Pick<ProductService, 'create' | 'update'>;
  /** Writes audit entries for changed products, as the member who started the import. */
  audit: (actor: Session, records: AuditRecord[]) => Promise<void>;
  /** What a thrown error means, as the router would tell it. */
  describeError: (error: unknown) => ErrorShape;
}

const AUDIT_BATCH = 200;

/**
 * Applies a planned file: every row the dry run would accept is created or
 * updated, every other is recorded with its reasons, one result per row keyed
 * by its line. Stops between rows when cancelled (rows done stay done), and
 * stops altogether when the database goes away.
 */
export async function runImport(deps: ImportJobDeps, plan: ImportPlan, session: Session, control: JobControl): Promise<void> {
  control.setTotal(plan.rows);
  let changed: AuditRecord[] = [];
  try {
    for await (const verdict of judgeRows(deps.models, plan, session)) {
      if (control.cancelled) break;
      const key = String(verdict.line);
      const label = verdict.sku ? `Line ${verdict.line}: ${verdict.sku}` : `Line ${verdict.line}`;
      if (verdict.kind === 'rejected') {
        control.record({ key, label, ok: false, message: describeProblems(verdict.problems) });
        continue;
      }
      if (verdict.kind === 'unchanged') {
        control.record({ key, label, ok: true, message: 'unchanged' });
        continue;
      }
      const recorder = new AuditRecorder();
      try {
        if (verdict.kind === 'create') await deps.products.create(verdict.input, session, recorder);
        else await deps.products.update(verdict.id, verdict.expectedUpdatedAt, verdict.input, session, recorder);
        changed.push(...recorder.records);
        control.record({ key, label, ok: true, message: verdict.kind === 'create' ? 'created' : 'updated' });
      } catch (error) {
        const shape = deps.describeError(error);
        if (shape.code === 'UNAVAILABLE') throw new AppError('UNAVAILABLE', shape.message);
        control.record({ key, label, ok: false, message: shape.message });
      }
      if (changed.length >= AUDIT_BATCH) {
        await deps.audit(session, changed);
        changed = [];
      }
    }
  } finally {
    if (changed.length > 0) await deps.audit(session, changed);
  }
}
