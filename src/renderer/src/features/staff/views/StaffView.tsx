import { PlaceholderView } from '../../placeholder/views/PlaceholderView';

export function StaffView() {
  return <PlaceholderView title="Staff" plan="Staff accounts: invite, change role, deactivate, reset password." />;
}
