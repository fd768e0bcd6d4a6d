import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../support/backend';

const ADMIN = { firstName: 'Ada', lastName: 'Admin', email: 'ada@shop.test', password: 'correct horse 1' };

describe('staff access', () => {
  let app: TestBackend;
  let sellerId = '';
  let sellerPassword = '';

  beforeAll(async () => {
    app = await startTestBackend('staff_access');
  });
  afterAll(() => app.dispose());

  it('asks for a first admin on an empty database, and creates one signed in', async () => {
    expect(await app.call('setup.status')).toMatchObject({ ok: true, data: { needsAdmin: true, database: { mode: 'environment' } } });
    const created = await app.call('setup.createAdmin', ADMIN, 'first');
    expect(created).toMatchObject({ ok: true, data: { user: { email: 'ada@shop.test', role: 'admin', mustChangePassword: false } } });
    expect(JSON.stringify(created)).not.toContain('$2');
    expect(await app.call('auth.session', {}, 'first')).toMatchObject({ ok: true, data: { user: { role: 'admin' } } });
    expect(await app.call('setup.status')).toMatchObject({ ok: true, data: { needsAdmin: false } });
  });

  it('closes setup once an admin exists', async () => {
    expect(await app.call('setup.createAdmin', { ...ADMIN, email: 'eve@shop.test' }, 'stranger')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await app.call('setup.createAdmin', { ...ADMIN, email: 'eve@shop.test' }, 'first')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('signs staff in with email and password and records lastLogin', async () => {
    const result = await app.call('auth.signIn', { email: 'ADA@shop.test ', password: ADMIN.password }, 'admin');
    expect(result).toMatchObject({ ok: true, data: { user: { email: 'ada@shop.test' } } });
    const user = await app.backend.models.User.findOne({ email: 'ada@shop.test' }).lean();
    expect(user?.lastLogin).toBeInstanceOf(Date);
  });

  it('creates a seller with a temporary password that must be changed first', async () => {
    const created = await app.call('staff.create', { email: 'sam@shop.test', firstName: 'Sam', lastName: 'Seller', role: 'seller' }, 'admin');
    expect(created).toMatchObject({ ok: true, data: { member: { role: 'seller', mustChangePassword: true, isActive: true } } });
    const data = created.data as { member: { id: string }; temporaryPassword: string };
    sellerId = data.member.id;
    expect(data.temporaryPassword).toMatch(/^[A-Za-z2-9]{14}$/);

    const signedIn = await app.call('auth.signIn', { email: 'sam@shop.test', password: data.temporaryPassword }, 'seller');
    expect(signedIn).toMatchObject({ ok: true, data: { user: { mustChangePassword: true } } });
    expect(await app.call('staff.list', {}, 'seller')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('temporary') } });

    const wrongCurrent = await app.call('auth.changePassword', { currentPassword: 'nope', newPassword: 'seller pass 22' }, 'seller');
    expect(wrongCurrent).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { currentPassword: expect.any(String) } } });
    const changed = await app.call('auth.changePassword', { currentPassword: data.temporaryPassword, newPassword: 'seller pass 22' }, 'seller');
    expect(changed).toMatchObject({ ok: true, data: { user: { mustChangePassword: false } } });
    sellerPassword = 'seller pass 22';

    expect(await app.call('staff.list', {}, 'seller')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('seller') } });
  });

  it('refuses a duplicate staff email as CONFLICT naming the field', async () => {
    expect(await app.call('staff.create', { email: 'sam@shop.test', firstName: 'S', lastName: 'S', role: 'seller' }, 'admin')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { email: expect.any(String) } },
    });
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await app.call('auth.signIn', { email: 'nobody@shop.test', password: 'whatever1' }, 'x');
    const wrong = await app.call('auth.signIn', { email: 'ada@shop.test', password: 'whatever1' }, 'x');
    expect(unknown).toEqual(wrong);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'The email or password is not right' } });
  });

  it('locks an address after five failures, even for the right password, and an admin reset unlocks it', async () => {
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(await app.call('auth.signIn', { email: 'sam@shop.test', password: `wrong-${attempt}` }, 'y')).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
    expect(await app.call('auth.signIn', { email: 'sam@shop.test', password: 'wrong-5' }, 'y')).toMatchObject({ error: { code: 'FORBIDDEN', message: expect.stringContaining('locked until') } });
    expect(await app.call('auth.signIn', { email: 'sam@shop.test', password: sellerPassword }, 'y')).toMatchObject({ error: { code: 'FORBIDDEN', message: expect.stringContaining('locked') } });

    const reset = await app.call('staff.resetPassword', { id: sellerId }, 'admin');
    const temporary = (reset.data as { temporaryPassword: string }).temporaryPassword;
    expect(await app.call('auth.signIn', { email: 'sam@shop.test', password: temporary }, 'y')).toMatchObject({ ok: true, data: { user: { mustChangePassword: true } } });
  });

  it('locks unknown addresses the same way, so a lock reveals nothing', async () => {
    for (let attempt = 1; attempt <= 4; attempt += 1) await app.call('auth.signIn', { email: 'ghost@shop.test', password: `x-${attempt}` }, 'z');
    expect(await app.call('auth.signIn', { email: 'ghost@shop.test', password: 'x-5' }, 'z')).toMatchObject({ error: { code: 'FORBIDDEN', message: expect.stringContaining('locked until') } });
  });

  it('refuses customers and deactivated staff, but only after a correct password', async () => {
    await app.backend.models.User.create({ email: 'cora@shop.test', password: 'customer pass 1', firstName: 'Cora', lastName: 'Customer', role: 'customer' });
    expect(await app.call('auth.signIn', { email: 'cora@shop.test', password: 'customer pass 1' }, 'c')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('Customer accounts cannot sign in') },
    });
    expect(await app.call('auth.signIn', { email: 'cora@shop.test', password: 'wrong one 1' }, 'c')).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });

    expect(await app.call('staff.update', { id: sellerId, isActive: false }, 'admin')).toMatchObject({ ok: true, data: { member: { isActive: false } } });
    expect(await app.call('auth.session', {}, 'y')).toMatchObject({ ok: true, data: { user: null } });
    const member = await app.backend.models.User.findById(sellerId).select('+password');
    member!.password = 'known pass 123';
    member!.mustChangePassword = false;
    await member!.save();
    expect(await app.call('auth.signIn', { email: 'sam@shop.test', password: 'known pass 123' }, 'y')).toMatchObject({
      error: { code: 'FORBIDDEN', message: expect.stringContaining('deactivated') },
    });
  });

  it('never demotes or deactivates the last active admin', async () => {
    const adminId = ((await app.call('auth.session', {}, 'admin')).data as { user: { id: string } }).user.id;
    expect(await app.call('staff.update', { id: adminId, role: 'seller' }, 'admin')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('last active admin') } });
    expect(await app.call('staff.update', { id: adminId, isActive: false }, 'admin')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('treats operator payloads as invalid input, never as queries', async () => {
    for (const email of [{ $gt: '' }, { $ne: null }, { $regex: '.*' }]) {
      expect(await app.call('auth.signIn', { email, password: ADMIN.password }, 'i')).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { email: expect.any(String) } } });
    }
    expect(await app.call('auth.signIn', { email: 'ada@shop.test', password: { $ne: null } }, 'i')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await app.call('staff.list', { search: '.*' }, 'admin')).toMatchObject({ ok: true, data: { items: [] } });
    expect(await app.call('auth.session', {}, 'i')).toMatchObject({ data: { user: null } });
  });

  it('audits every change with who, what and a redacted diff, and lists and exports it', async () => {
    const list = await app.call('audit.list', { collection: 'users', limit: 100 }, 'admin');
    expect(list.ok).toBe(true);
    const entries = (list.data as { items: Array<{ channel: string; actor: { email: string } | null; changes: Array<{ path: string; before: unknown; after: unknown }> }> }).items;
    const channels = entries.map((entry) => entry.channel);
    expect(channels).toEqual(expect.arrayContaining(['setup.createAdmin', 'auth.signIn', 'staff.create', 'staff.update', 'staff.resetPassword', 'auth.changePassword']));
    const deactivation = entries.find((entry) => entry.channel === 'staff.update');
    expect(deactivation?.actor?.email).toBe('ada@shop.test');
    expect(deactivation?.changes).toContainEqual({ path: 'isActive', before: true, after: false });
    const passwordChange = entries.find((entry) => entry.channel === 'auth.changePassword');
    expect(passwordChange?.changes).toContainEqual({ path: 'password', before: '[redacted]', after: '[redacted]' });

    const exported = await app.call('audit.export', { collection: 'users' }, 'admin');
    const csv = (exported.data as { csv: string }).csv;
    expect(csv.split('\r\n')[0]).toBe('at,actor,channel,collection,targetId,field,before,after');
    expect(csv).toContain('"staff.update"');
    expect(csv).not.toMatch(/\$2[aby]\$/);
    expect(csv).not.toContain('seller pass 22');
  });

  it('pages the audit log on a keyset cursor', async () => {
    const first = await app.call('audit.list', { limit: 2 }, 'admin');
    const page = first.data as { items: Array<{ id: string }>; nextCursor: string | null };
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
    const second = await app.call('audit.list', { limit: 2, cursor: page.nextCursor }, 'admin');
    const ids = (second.data as { items: Array<{ id: string }> }).items.map((item) => item.id);
    expect(ids).not.toContain(page.items[0]!.id);
    expect(await app.call('audit.list', { cursor: 'garbage' }, 'admin')).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { cursor: expect.any(String) } } });
  });

  it('keeps the audit log append-only', async () => {
    const { AuditEntry } = app.backend.database.connection.models as Record<string, { updateMany(q: object, u: object): Promise<unknown>; deleteMany(q: object): Promise<unknown> }>;
    await expect(AuditEntry!.updateMany({}, { $set: { channel: 'x' } })).rejects.toThrow(/append-only/);
    await expect(AuditEntry!.deleteMany({})).rejects.toThrow(/append-only/);
  });
});
