import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CreateAdminForm } from '../../../src/renderer/src/features/setup/components/CreateAdminForm';
import { ADA, WithClient, fail, fakeMain, ok } from './fake-main';

function renderForm(main: ReturnType<typeof fakeMain>) {
  const onCreated = vi.fn();
  const onAdminExists = vi.fn();
  render(
    <WithClient client={main.client}>
      <CreateAdminForm onCreated={onCreated} onAdminExists={onAdminExists} />
    </WithClient>,
  );
  const field = (name: string) => screen.getByRole('textbox', { name });
  return {
    firstName: field('First name'),
    lastName: field('Last name'),
    email: field('Email'),
    password: screen.getByLabelText(/^Password \*?$/),
    confirm: screen.getByLabelText(/^Password again/),
    submit: screen.getByRole('button', { name: 'Create admin and sign in' }),
    onCreated,
    onAdminExists,
  };
}

// Typing through MUI fields in jsdom is slow when test files run side by side.
describe('CreateAdminForm', { timeout: 20_000 }, () => {
  it('names every missing or short field under it, and asks nothing of the main process', async () => {
    const user = userEvent.setup();
    const main = fakeMain();
    const form = renderForm(main);

    await user.type(form.email, 'ada@');
    await user.type(form.password, 'short');
    await user.click(form.submit);

    expect(form.firstName).toHaveAccessibleDescription('Required');
    expect(form.lastName).toHaveAccessibleDescription('Required');
    expect(form.email).toHaveAccessibleDescription('Must be a valid email address');
    expect(form.password).toHaveAccessibleDescription('Must be at least 8 characters');
    expect(form.confirm).toHaveAccessibleDescription('Type the new password again');
    await vi.waitFor(() => expect(form.firstName).toHaveFocus());
    expect(main.calls).toHaveLength(0);
    expect(form.email).toHaveValue('ada@');
  });

  it('wants the password typed the same twice', async () => {
    const user = userEvent.setup();
    const main = fakeMain();
    const form = renderForm(main);

    await user.type(form.firstName, 'Ada');
    await user.type(form.lastName, 'Okafor');
    await user.type(form.email, 'ada@backroom.test');
    await user.type(form.password, 'correct horse battery');
    await user.type(form.confirm, 'correct horse battry');
    await user.click(form.submit);

    expect(form.confirm).toHaveAccessibleDescription('The two passwords are not the same');
    expect(form.password).not.toHaveAttribute('aria-invalid', 'true');
    expect(main.calls).toHaveLength(0);

    // Typing clears the message of that field only.
    await user.type(form.confirm, '{Backspace}');
    expect(form.confirm).not.toHaveAttribute('aria-invalid', 'true');
  });

  it("shows the main process's field errors under the fields and keeps what was typed", async () => {
    const user = userEvent.setup();
    const main = fakeMain({ 'setup.createAdmin': fail({ code: 'VALIDATION', message: 'email: Must be a valid email address', fields: { email: 'This address is not accepted' } }) });
    const form = renderForm(main);

    await user.type(form.firstName, 'Ada');
    await user.type(form.lastName, 'Okafor');
    await user.type(form.email, 'ada@backroom.test');
    await user.type(form.password, 'correct horse battery');
    await user.type(form.confirm, 'correct horse battery');
    await user.click(form.submit);

    await vi.waitFor(() => expect(form.email).toHaveAccessibleDescription('This address is not accepted'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(form.firstName).toHaveValue('Ada');
    expect(form.password).toHaveValue('correct horse battery');
    expect(main.callsTo('setup.createAdmin')[0]?.input).toEqual({ firstName: 'Ada', lastName: 'Okafor', email: 'ada@backroom.test', password: 'correct horse battery' });
  });

  it('signs the new admin in, or offers sign-in when an admin appeared meanwhile', async () => {
    const user = userEvent.setup();
    const main = fakeMain({ 'setup.createAdmin': [fail({ code: 'CONFLICT', message: 'Backroom already has an admin; sign in instead' }), ok({ user: ADA })] });
    const form = renderForm(main);

    await user.type(form.firstName, 'Ada');
    await user.type(form.lastName, 'Okafor');
    await user.type(form.email, 'ada@backroom.test');
    await user.type(form.password, 'correct horse battery');
    await user.type(form.confirm, 'correct horse battery');
    await user.click(form.submit);

    expect(await screen.findByRole('alert')).toHaveTextContent('Backroom already has an admin');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(form.onAdminExists).toHaveBeenCalledWith('Backroom already has an admin; sign in instead');

    await user.click(form.submit);
    await vi.waitFor(() => expect(form.onCreated).toHaveBeenCalledWith(ADA));
  });
});
