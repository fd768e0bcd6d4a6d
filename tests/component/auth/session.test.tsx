import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HashRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppGate } from '../../../src/renderer/src/app/AppGate';
import { IDLE_SIGN_OUT_MESSAGE, useAuthStore } from '../../../src/renderer/src/features/auth/store';
import { ADA, WithClient, fail, fakeMain, ok } from './fake-main';

const SIGNED_OUT = fail({ code: 'UNAUTHENTICATED', message: 'You were signed out after a period without activity; sign in again to continue' });

beforeEach(() => {
  useAuthStore.setState({ gate: { kind: 'loading' }, user: null, idleTimeoutMinutes: 15, interruption: null, notice: null });
  window.location.hash = '#/';
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the session store', () => {
  it('opens the sign-in dialog on UNAUTHENTICATED from any call, but not for a wrong password', async () => {
    const main = fakeMain({ 'auth.signIn': fail({ code: 'UNAUTHENTICATED', message: 'The email or password is not right' }), 'staff.list': SIGNED_OUT });
    useAuthStore.getState().signedIn(ADA);
    const stop = useAuthStore.getState().watch(main.client);

    await main.client.call('auth.signIn', { email: 'ada@backroom.test', password: 'nope' }).catch(() => undefined);
    expect(useAuthStore.getState().interruption).toBeNull();

    await main.client.call('staff.list', {}).catch(() => undefined);
    expect(useAuthStore.getState().interruption).toBe('You were signed out after a period without activity; sign in again to continue');
    stop();
  });

  it('asks the main process only once the idle time has run out, so asking never keeps a session alive', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const main = fakeMain({ 'auth.session': [ok({ user: ADA, idleTimeoutMinutes: 1 }), ok({ user: null, idleTimeoutMinutes: 1 })] });
    const stop = useAuthStore.getState().watch(main.client);
    await useAuthStore.getState().load(main.client).catch(() => undefined);
    useAuthStore.getState().signedIn(ADA);
    expect(useAuthStore.getState().idleTimeoutMinutes).toBe(1);
    const asked = main.callsTo('auth.session').length;

    await act(() => vi.advanceTimersByTimeAsync(50_000));
    expect(main.callsTo('auth.session')).toHaveLength(asked);

    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(main.callsTo('auth.session')).toHaveLength(asked + 1);
    expect(useAuthStore.getState().interruption).toBe(IDLE_SIGN_OUT_MESSAGE);
    stop();
  });
});

describe('the app gate', () => {
  // Typing through MUI fields in jsdom is slow when test files run side by side.
  it('keeps the screen under the sign-in dialog, with what was typed, when the session ends', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const main = fakeMain({
      'setup.status': ok({ needsAdmin: false, database: { mode: 'environment', target: '127.0.0.1:27017/shop' } }),
      'auth.session': ok({ user: ADA, idleTimeoutMinutes: 15 }),
      'auth.changePassword': SIGNED_OUT,
      'auth.signIn': ok({ user: ADA }),
    });
    window.location.hash = '#/account/password';
    render(
      <WithClient client={main.client}>
        <HashRouter>
          <AppGate />
        </HashRouter>
      </WithClient>,
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Change password' })).toBeInTheDocument();
    const current = screen.getByLabelText(/^Current password/);
    await user.type(current, 'half-typed');
    await user.type(screen.getByLabelText(/^New password \*?$/), 'new one!');
    await user.type(screen.getByLabelText(/^New password again/), 'new one!');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    const dialog = await screen.findByRole('dialog', { name: 'Sign in again' });
    expect(dialog).toHaveTextContent('You were signed out after a period without activity');
    // The form behind is not an error case of its own: the dialog says it all.
    expect(screen.queryAllByRole('alert', { hidden: true }).filter((alert) => !dialog.contains(alert))).toHaveLength(0);
    expect(within(dialog).getByRole('textbox', { name: 'Email' })).toHaveValue('ada@backroom.test');

    await user.type(within(dialog).getByLabelText(/^Password/), 'right one{Enter}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText(/^Current password/)).toHaveValue('half-typed');
  });

  it('shows the sign-in screen without a session and the wizard without an admin', async () => {
    const main = fakeMain({
      'setup.status': ok({ needsAdmin: false, database: { mode: 'embedded', target: 'embedded database' } }),
      'auth.session': ok({ user: null, idleTimeoutMinutes: 15 }),
    });
    const { unmount } = render(
      <WithClient client={main.client}>
        <HashRouter>
          <AppGate />
        </HashRouter>
      </WithClient>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    unmount();

    useAuthStore.setState({ gate: { kind: 'loading' } });
    main.answer('setup.status', ok({ needsAdmin: true, database: { mode: 'embedded', target: 'embedded database' } }));
    render(
      <WithClient client={main.client}>
        <HashRouter>
          <AppGate />
        </HashRouter>
      </WithClient>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up Backroom' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Embedded database (on this computer)' })).toBeChecked();
  });

  it('waits for the database while setup cannot be read', async () => {
    const main = fakeMain({
      'setup.status': fail({ code: 'UNAVAILABLE', message: 'The database is not reachable right now' }),
      'auth.session': ok({ user: null, idleTimeoutMinutes: 15 }),
    });
    render(
      <WithClient client={main.client}>
        <HashRouter>
          <AppGate />
        </HashRouter>
      </WithClient>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Waiting for the database…' })).toBeInTheDocument();
  });
});
