import { configure, act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { StaffMember, StaffProfile } from '../../../src/shared/contract';
import type { CallResult } from '../../../src/shared/errors';
import { ClientProvider } from '../../../src/renderer/src/app/client-context';
import { useAuthStore } from '../../../src/renderer/src/features/auth/store';
import { idleTimeoutProblem } from '../../../src/renderer/src/features/settings/components/SessionTimeoutForm';
import { SettingsView } from '../../../src/renderer/src/features/settings/views/SettingsView';
import { StaffView } from '../../../src/renderer/src/features/staff/views/StaffView';
import { createClient } from '../../../src/renderer/src/lib/api/client';
import type { Transport } from '../../../src/renderer/src/lib/api/transport';

// MUI dialogs and menus render slowly in jsdom when the whole suite shares two cores.
configure({ asyncUtilTimeout: 5_000 });
vi.setConfig({ testTimeout: 20_000 });

const ada: StaffMember = {
  id: '65f0c0ffee0000000000000a',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Admin',
  role: 'admin',
  isActive: true,
  mustChangePassword: false,
  lastLogin: null,
  createdAt: '2025-03-01T10:00:00.000Z',
};

const profile = (role: StaffProfile['role']): StaffProfile => ({ ...ada, role, avatar: null, mustChangePassword: false });

/** Stands in for the main process: one handler per channel the test needs. */
function client(handlers: Record<string, (input: Record<string, unknown>) => CallResult<unknown>>) {
  const transport: Transport = {
    invoke: async (channel, input) => handlers[channel]?.(input as Record<string, unknown>) ?? { ok: false, error: { code: 'NOT_FOUND', message: channel } },
    subscribe: () => () => undefined,
  };
  return createClient(transport);
}

function renderWith(view: ReactElement, handlers: Parameters<typeof client>[0]) {
  // Inside the app the shell mounts only once signed in; the auth store holds who.
  const session = handlers['auth.session']?.({}) as { ok: true; data: { user: StaffProfile | null } } | undefined;
  useAuthStore.setState({ user: session?.data.user ?? null });
  render(
    <MemoryRouter>
      <ClientProvider client={client(handlers)}>{view}</ClientProvider>
    </MemoryRouter>,
  );
}

describe('StaffView', () => {
  const handlers = () => {
    const emails = new Set(['ada@example.com']);
    return {
      'auth.session': () => ({ ok: true as const, data: { user: profile('admin'), idleTimeoutMinutes: 30 } }),
      'staff.list': () => ({ ok: true as const, data: { items: [ada], nextCursor: null } }),
      'staff.create': (input: Record<string, unknown>) => {
        if (emails.has(input.email as string)) {
          return { ok: false as const, error: { code: 'CONFLICT' as const, message: 'Another record already uses this email', fields: { email: 'Already in use' } } };
        }
        emails.add(input.email as string);
        const member = { ...ada, id: '65f0c0ffee0000000000000b', email: input.email as string, firstName: 'Sam', lastName: 'Seller', role: 'seller' as const, mustChangePassword: true };
        return { ok: true as const, data: { member, temporaryPassword: 'Tmp7pass8word9' } };
      },
    };
  };

  const fill = (dialog: HTMLElement, email: string) => {
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Email' }), { target: { value: email } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'First name' }), { target: { value: 'Sam' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Last name' }), { target: { value: 'Seller' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add staff member' }));
  };

  it('keeps what was typed and names the field when the email is taken', async () => {
    renderWith(<StaffView />, handlers());
    expect(await screen.findByRole('rowheader', { name: /Ada Admin/ })).toHaveTextContent('you');
    fireEvent.click(screen.getByRole('button', { name: 'Add staff member' }));
    const dialog = screen.getByRole('dialog', { name: 'Add staff member' });
    fill(dialog, 'ada@example.com');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Another record already uses this email');
    const email = within(dialog).getByRole('textbox', { name: 'Email' });
    expect(email).toHaveAccessibleDescription('Already in use');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveValue('ada@example.com');
    expect(within(dialog).getByRole('textbox', { name: 'First name' })).toHaveValue('Sam');
  });

  it('shows the temporary password once, then never again', async () => {
    renderWith(<StaffView />, handlers());
    await screen.findByRole('rowheader', { name: /Ada Admin/ });
    fireEvent.click(screen.getByRole('button', { name: 'Add staff member' }));
    fill(screen.getByRole('dialog', { name: 'Add staff member' }), 'sam@example.com');

    const reveal = await screen.findByRole('dialog', { name: 'Sam Seller can now sign in' });
    expect(within(reveal).getByRole('textbox', { name: 'Temporary password' })).toHaveValue('Tmp7pass8word9');
    expect(reveal).toHaveTextContent('They will choose their own at first sign-in.');
    fireEvent.click(within(reveal).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.body.innerHTML).not.toContain('Tmp7pass8word9');
    expect(screen.getByRole('rowheader', { name: 'Sam Seller' }).closest('tr')).toHaveTextContent('Must change password');
  });
});

describe('SettingsView', () => {
  const handlers = (role: StaffProfile['role']) => ({
    'auth.session': () => ({ ok: true as const, data: { user: profile(role), idleTimeoutMinutes: 30 } }),
    'setup.status': () => ({ ok: true as const, data: { needsAdmin: false, database: { mode: 'embedded' as const, target: 'embedded database' } } }),
    'settings.session.get': () => ({ ok: true as const, data: { idleTimeoutMinutes: 30 } }),
  });

  it('gives admins the database choice and the idle timeout', async () => {
    renderWith(<SettingsView />, handlers('admin'));
    const database = await screen.findByRole('region', { name: 'Change the database' });
    expect(await within(database).findByRole('radio', { name: /Embedded database/ })).toBeChecked();
    // Nothing changed yet: nothing to save.
    expect(within(database).getByRole('button', { name: 'Save and reconnect' })).toBeDisabled();
    fireEvent.click(within(database).getByRole('radio', { name: 'My own MongoDB server' }));
    expect(within(database).getByRole('textbox', { name: 'Connection string' })).toBeEnabled();
    expect(await screen.findByRole('spinbutton', { name: 'Idle timeout (minutes)' })).toHaveValue(30);
  });

  it('shows sellers only what they may read', async () => {
    renderWith(<SettingsView />, handlers('seller'));
    expect(screen.getByRole('region', { name: 'About' })).toBeInTheDocument();
    // Give the session answer time to arrive, then check nothing editable appeared.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByRole('region', { name: 'Change the database' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Sign-out after inactivity' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('idleTimeoutProblem', () => {
  it('uses the contract’s limits', () => {
    expect(idleTimeoutProblem('30')).toBeUndefined();
    expect(idleTimeoutProblem('0')).toBe('At least 1 minute');
    expect(idleTimeoutProblem('481')).toBe('At most 480 minutes (8 hours)');
    expect(idleTimeoutProblem('1.5')).toBe('Enter a whole number of minutes');
    expect(idleTimeoutProblem('')).toBe('Enter a whole number of minutes');
  });
});
