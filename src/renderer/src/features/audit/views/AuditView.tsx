import { PlaceholderView } from '../../placeholder/views/PlaceholderView';

export function AuditView() {
  return <PlaceholderView title="Audit log" plan="Who changed what and when, with filters and CSV export." />;
}
