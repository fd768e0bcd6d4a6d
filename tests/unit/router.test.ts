import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channelNames } from '../../src/shared/contract';
import { AppError } from '../../src/main/errors';
import { SessionManager } from '../../src/main/auth/session-manager';
import { createHandlers, type Services } from '../../src/main/ipc/handlers';
import { createRouter, type Handlers } from '../../src/main/ipc/router';
import { toErrorShape } from '../../src/main/ipc/error-mapping';
import { silentLogger } from '../../src/main/logger';
import { createSystemService } from '../../src/main/services/system-service';

const database = {
  getState: () => ({ status: 'connecting' as const, source: 'environment' as const, target: 'db:27017/shop', attempt: 1 }),
};
const system = createSystemService({ appVersion: '1.2.3', mode: 'web', database });
const context = { transport: 'http' as const, sessionKey: 'web' };

/** Every channel answers "not in this test" unless a test gives it a handler. */
const unused = Object.fromEntries(
  channelNames.map((channel) => [
    channel,
    () => {
      throw new Error(`${channel} is not part of this test`);
    },
  ]),
) as unknown as Handlers;

function routerWith(overrides: Partial<Handlers> = {}) {
  return createRouter({
    handlers: { ...unused, 'system.ping': (input) => system.ping(input.echo), 'system.status': () => system.status(), ...overrides },
    logger: silentLogger,
    sessions: new SessionManager(() => 15),
    isSetupOpen: async () => false,
  });
}

describe('router', () => {
  it('has a handler for every channel of the contract', () => {
    expect(Object.keys(createHandlers({} as Services)).sort()).toEqual([...channelNames].sort());
  });

  it('answers a valid call with plain data', async () => {
    const result = await routerWith().call('system.ping', { echo: 'hello' }, context);
    expect(result).toMatchObject({ ok: true, data: { pong: true, echo: 'hello' } });
  });

  it('treats a missing payload as an empty object', async () => {
    const result = await routerWith().call('system.status', undefined, context);
    expect(result).toMatchObject({ ok: true, data: { appVersion: '1.2.3', mode: 'web' } });
  });

  it('returns VALIDATION naming the field for a malformed payload', async () => {
    const result = await routerWith().call('system.ping', { echo: 42 }, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields).toHaveProperty('echo');
    expect(result.error.message).toMatch(/^echo: /);
  });

  it('names an unknown key in the payload', async () => {
    const result = await routerWith().call('system.ping', { echo: 'x', admin: true }, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { admin: 'Unknown field' } } });
  });

  it.each([null, 'text', 42, [1, 2], true])('refuses the payload %j without calling the service', async (payload) => {
    let called = false;
    const router = routerWith({
      'system.ping': () => {
        called = true;
        return { pong: true, at: '' };
      },
    });
    expect(await router.call('system.ping', payload, context)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(called).toBe(false);
  });

  it('refuses prototype-pollution keys as unknown fields', async () => {
    const payload: unknown = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}');
    const result = await routerWith().call('system.ping', payload, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an unknown channel, including prototype names', async () => {
    for (const channel of ['nope', '__proto__', 'constructor', 'toString']) {
      const result = await routerWith().call(channel, {}, context);
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('passes an AppError through unchanged', async () => {
    const router = routerWith({
      'system.ping': () => {
        throw new AppError('CONFLICT', 'Taken', { sku: 'Already in use' });
      },
    });
    expect(await router.call('system.ping', {}, context)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Taken', fields: { sku: 'Already in use' } },
    });
  });

  it('hides the details of an unexpected error', async () => {
    const router = routerWith({
      'system.ping': () => {
        throw new Error('secret internals at /home/x');
      },
    });
    const result = await router.call('system.ping', {}, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret internals');
  });
});

describe('error mapping', () => {
  it('maps a duplicate key to CONFLICT naming the field', () => {
    const error = Object.assign(new Error('E11000 duplicate key'), { code: 11000, keyValue: { email: 'a@b.c' } });
    expect(toErrorShape(error, silentLogger)).toEqual({
      code: 'CONFLICT',
      message: 'Another record already uses this email',
      fields: { email: 'Already in use' },
    });
  });

  it('finds the duplicated field in the message when the server gives no keyValue', () => {
    const error = Object.assign(new Error('E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: "a@b.c" }'), { code: 11000 });
    expect(toErrorShape(error, silentLogger).fields).toEqual({ email: 'Already in use' });
  });

  it('maps a Mongoose validation error to VALIDATION with every field', () => {
    const error = { name: 'ValidationError', errors: { 'price.sale': { message: 'Sale price must be below the regular price' } } };
    expect(toErrorShape(error, silentLogger)).toMatchObject({ code: 'VALIDATION', fields: { 'price.sale': 'Sale price must be below the regular price' } });
  });

  it('maps server selection failures to UNAVAILABLE', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED'), { name: 'MongooseServerSelectionError' });
    expect(toErrorShape(error, silentLogger).code).toBe('UNAVAILABLE');
  });

  it('maps a ZodError thrown by a service to VALIDATION with nested paths', () => {
    const parsed = z.object({ items: z.array(z.object({ quantity: z.number().min(1) })) }).safeParse({ items: [{ quantity: 0 }] });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(toErrorShape(parsed.error, silentLogger).fields).toHaveProperty(['items.0.quantity']);
  });
});
