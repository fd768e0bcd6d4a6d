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

describe('dashboard summary', () => {
  let app: TestBackend;
  beforeAll(async () => {
    app = await startTestBackend('dashboard');
  });
  afterAll(() => app.dispose());

  it('counts the store for admins and only their own products for sellers', async () => {
    await app.call('setup.createAdmin', ADMIN, 'admin');
    const seller = await app.call('staff.create', { email: 'sid@shop.test', firstName: 'Sid', lastName: 'Seller', role: 'seller' }, 'admin');
    const sellerId = (seller.data as { member: { id: string } }).member.id;
    const { Product } = app.backend.models;
    const base = { description: 'A thing', price: { regular: 10 } };
    await Product.create([
      { ...base, name: 'Mine low', slug: 'mine-low', sku: 'M-1', seller: sellerId, status: 'published', inventory: { quantity: 2 } },
      { ...base, name: 'Mine out', slug: 'mine-out', sku: 'M-2', seller: sellerId, status: 'draft', inventory: { quantity: 0 } },
      { ...base, name: 'Theirs', slug: 'theirs', sku: 'T-1', status: 'published', inventory: { quantity: 50 } },
    ]);

    const admin = await app.call('dashboard.summary', {}, 'admin');
    expect(admin).toMatchObject({
      ok: true,
      data: {
        products: { total: 3, byStatus: { published: 2, draft: 1, archived: 0 }, byStock: { in_stock: 1, low_stock: 1, out_of_stock: 1 } },
        orders: { total: 0 },
        reviewsAwaitingModeration: 0,
        customers: 0,
      },
    });

    await app.backend.models.User.updateOne({ _id: sellerId }, { $set: { mustChangePassword: false, password: 'seller pass 1' } });
    const signIn = await app.call('auth.signIn', { email: 'sid@shop.test', password: 'seller pass 1' }, 'seller');
    expect(signIn.ok).toBe(true);
    const mine = await app.call('dashboard.summary', {}, 'seller');
    expect(mine).toMatchObject({ ok: true, data: { products: { total: 2, byStock: { in_stock: 0, low_stock: 1, out_of_stock: 1 } }, orders: null, customers: null } });
  });
});
