import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SignInForm } from '../../../src/renderer/src/features/auth/components/SignInForm';
import { ADA, WithClient, fail, fakeMain, ok } from './fake-main';

const WRONG = fail({ code: 'UNAUTHENTICATED', message: 'The email or password is not right', fields: { password: 'The email or password is not right' } });

function renderForm(main: ReturnType<typeof fakeMain>, onSignedIn = vi.fn()) {
  render(
    <WithClient client={main.client}>
      <SignInForm onSignedIn={onSignedIn} />
    </WithClient>,
  );
  return {
    email: screen.getByRole('textbox', { name: 'Email' }),
    password: screen.getByLabelText(/^Password/),
    submit: screen.getByRole('button', { name: 'Sign in' }),
    onSignedIn,
  };
}

describe('SignInForm', () => {
  it('says a wrong password plainly, keeps the email and clears only the password', async () => {
    const user = userEvent.setup();
    const main = fakeMain({ 'auth.signIn': WRONG });
    const form = renderForm(main);

    await user.type(form.email, 'ada@backroom.test');
    await user.type(form.password, 'not it{Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is not right');
    expect(form.email).toHaveValue('ada@backroom.test');
    expect(form.password).toHaveValue('');
    expect(form.password).toHaveFocus();
    expect(main.callsTo('auth.signIn')).toEqual([{ channel: 'auth.signIn', input: { email: 'ada@backroom.test', password: 'not it' } }]);
    expect(form.onSignedIn).not.toHaveBeenCalled();
  });

  it('shows a lock or a deactivation as the main process words it, keeping both fields', async () => {
    const user = userEvent.setup();
    const locked = 'Too many failed sign-ins: this account is locked until 11:14 UTC. Try again then, or ask an admin to reset the password.';
    const main = fakeMain({ 'auth.signIn': fail({ code: 'FORBIDDEN', message: locked }) });
    const form = renderForm(main);

    await user.type(form.email, 'casey@backroom.test');
    await user.type(form.password, 'right-but-locked');
    await user.click(form.submit);

    expect(await screen.findByRole('alert')).toHaveTextContent('locked until 11:14 UTC');
    expect(form.email).toHaveValue('casey@backroom.test');
    expect(form.password).toHaveValue('right-but-locked');

    main.answer('auth.signIn', fail({ code: 'FORBIDDEN', message: 'Customer accounts cannot sign in to Backroom; it is for store staff' }));
    await user.click(form.submit);
    expect(await screen.findByRole('alert')).toHaveTextContent('Customer accounts cannot sign in to Backroom');
  });

  it('checks the email before asking the main process, and ties the message to the field', async () => {
    const user = userEvent.setup();
    const main = fakeMain({ 'auth.signIn': WRONG });
    const form = renderForm(main);

    await user.type(form.email, 'not an address');
    await user.type(form.password, 'whatever');
    await user.click(form.submit);

    expect(form.email).toHaveAttribute('aria-invalid', 'true');
    expect(form.email).toHaveAccessibleDescription('Must be a valid email address');
    expect(main.callsTo('auth.signIn')).toHaveLength(0);
    expect(form.email).toHaveValue('not an address');
  });

  it('hands the signed-in member on', async () => {
    const user = userEvent.setup();
    const main = fakeMain({ 'auth.signIn': ok({ user: ADA }) });
    const form = renderForm(main);

    await user.type(form.email, 'ada@backroom.test');
    await user.type(form.password, 'correct horse battery');
    await user.click(form.submit);

    await vi.waitFor(() => expect(form.onSignedIn).toHaveBeenCalledWith(ADA));
  });

  it('shows and hides the password from a keyboard-reachable toggle', async () => {
    const user = userEvent.setup();
    const form = renderForm(fakeMain());
    await user.type(form.password, 'secret');
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(form.password).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });
});
