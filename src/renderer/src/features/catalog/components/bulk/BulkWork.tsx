import { useCallback, useMemo, useState } from 'react';
import type { Category, Job, ProductFilters } from '@shared/contract';
import { JobDialog } from '../../../jobs/components/JobDialog';
import { toBulkSelection, type BulkKind } from '../../hooks/bulk/bulk-actions';
import type { RowSelectionControls } from '../../hooks/list/useRowSelection';
import { BulkActionDialog } from './BulkActionDialog';
import { BulkActionsBar } from './BulkActionsBar';

export interface BulkWorkProps {
  selection: RowSelectionControls;
  /** The list's filters, for "select all matching". */
  filters: ProductFilters;
  /** Products matching them. */
  matching: number;
  categories: readonly Category[];
  /** After a bulk change has run: the list shows it. */
  onChanged(): void;
}

type Open = { kind: BulkKind; job: Job | null };

/** The bulk actions bar over the product list, and the dialogs it opens: what to do, then the job doing it. */
export function BulkWork({ selection, filters, matching, categories, onChanged }: BulkWorkProps) {
  const [open, setOpen] = useState<Open | null>(null);
  const bulkSelection = useMemo(() => toBulkSelection(selection.selection), [selection.selection]);
  const { clear } = selection;
  const started = useCallback((job: Job) => setOpen((now) => (now ? { ...now, job } : now)), []);
  const settled = useCallback(() => {
    onChanged();
    clear();
  }, [onChanged, clear]);

  return (
    <>
      <BulkActionsBar
        count={selection.count}
        allMatching={selection.selection.kind === 'matching'}
        matching={matching}
        onSelectAllMatching={() => selection.selectAllMatching(filters, matching)}
        onClear={clear}
        onAction={(kind) => setOpen({ kind, job: null })}
      />
      {open?.job ? (
        <JobDialog title="Bulk change" job={open.job} rowLabel="Product" onSettled={settled} onClose={() => setOpen(null)} />
      ) : (
        open && (
          <BulkActionDialog
            kind={open.kind}
            selection={bulkSelection}
            selectedCount={selection.count}
            categories={categories}
            onStarted={started}
            onClose={() => setOpen(null)}
          />
        )
      )}
    </>
  );
}
