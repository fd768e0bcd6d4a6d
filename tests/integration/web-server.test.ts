import { mkdtemp, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createBackend, type Backend } from '../../src/main/backend';
import { silentLogger } from '../../src/main/logger';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from '../../src/main/web/server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(server: WebServer, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: options.method ?? 'POST', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('web-mode transport', () => {
  let backend: Backend;
  let server: WebServer;
  let auth: Record<string, string>;

  beforeAll(async () => {
    const rendererDir = await mkdtemp(join(tmpdir(), 'backroom-renderer-'));
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Backroom</title>');
    backend = createBackend({
      mode: 'web',
      appVersion: '9.9.9',
      dataDir: rendererDir,
      logger: silentLogger,
      env: { MONGODB_URI: inject('mongoUri') },
    });
    server = await startWebServer({ router: backend.router, events: backend.events, logger: silentLogger, rendererDir });
    auth = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' };
  });

  afterAll(async () => {
    await server.close();
    await backend.stop();
  });

  const call = (channel: string, body: unknown, headers = auth) => send(server, { path: `/api/${channel}`, headers, body: JSON.stringify(body) });

  it('listens on loopback only, with a fresh random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.token.length).toBeGreaterThanOrEqual(40);
    expect(server.launchUrl).toBe(`${server.url}/#token=${server.token}`);
  });

  it('answers a channel call with the token', async () => {
    const reply = await call('system.status', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, data: { appVersion: '9.9.9', mode: 'web' } });
  });

  it('refuses calls without the token or with a wrong one', async () => {
    const attempts: Array<Record<string, string>> = [{ 'Content-Type': 'application/json' }, { ...auth, Authorization: 'Bearer wrong' }, { ...auth, Authorization: `Bearer ${server.token}x` }];
    for (const headers of attempts) {
      const reply = await call('system.ping', {}, headers);
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Missing or wrong web-mode token' } });
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await send(server, { path: '/api/system.ping', headers: { ...auth, Host: 'attacker.example:80' }, body: '{}' });
    expect(reply.status).toBe(421);
  });

  it('returns VALIDATION for malformed payloads, bad JSON, wrong content type and oversized bodies', async () => {
    const malformed = await call('system.ping', { echo: ['not', 'a', 'string'] });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).error).toMatchObject({ code: 'VALIDATION', fields: { echo: expect.any(String) } });

    const badJson = await send(server, { path: '/api/system.ping', headers: auth, body: '{"echo": ' });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body).error.message).toMatch(/not valid JSON/);

    const wrongType = await send(server, { path: '/api/system.ping', headers: { Authorization: auth.Authorization!, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(wrongType.status).toBe(415);

    const huge = await send(server, { path: '/api/system.ping', headers: auth, body: Buffer.alloc(MAX_BODY_BYTES + 10, 'a') });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).error.code).toBe('VALIDATION');

    const getCall = await send(server, { method: 'GET', path: '/api/system.ping', headers: auth });
    expect(getCall.status).toBe(405);
  });

  it('refuses unknown channels with NOT_FOUND', async () => {
    const reply = await call('system.shutdown', {});
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body).error.code).toBe('NOT_FOUND');
  });

  it('keeps answering after all the bad requests above', async () => {
    const reply = await call('system.ping', { echo: 'still here' });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, data: { echo: 'still here' } });
  });

  it('serves the renderer with the CSP header and never leaves its folder', async () => {
    const page = await send(server, { method: 'GET', path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const traversal = await send(server, { method: 'GET', path: '/..%2f..%2f..%2fetc%2fpasswd' });
    expect(traversal.body).not.toContain('root:');
    expect(traversal.body).toContain('<title>Backroom</title>');
  });

  it('streams live status events to a subscriber with the token', async () => {
    const controller = new AbortController();
    const response = await fetch(`${server.url}/api/events`, { headers: { Authorization: auth.Authorization! }, signal: controller.signal });
    expect(response.status).toBe(200);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    backend.start();
    let text = '';
    while (!text.includes('"status":"connected"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
    }
    controller.abort();
    expect(text).toContain('event: system.status');
    expect(text).toContain('"status":"connecting"');
    expect(text).toContain('"status":"connected"');

    const refused = await fetch(`${server.url}/api/events`);
    expect(refused.status).toBe(401);
  });
});
