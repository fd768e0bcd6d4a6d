import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorCode, ErrorShape } from '@shared/errors';
import { CONTENT_SECURITY_POLICY } from '../app/content-security-policy';
import type { EventHub } from '../events';
import type { Router } from '../ipc/router';
import type { Logger } from '../logger';
import { serveStatic } from './static-files';

export const MAX_BODY_BYTES = 1024 * 1024;

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export interface WebServerOptions {
  router: Router;
  events: EventHub;
  logger: Logger;
  /** The built renderer; when absent only the API is served. */
  rendererDir?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed for tests only; a random one is made per launch otherwise. */
  token?: string;
}

export interface WebServer {
  url: string;
  /** The URL to open: carries the token in the fragment, which never reaches a server log. */
  launchUrl: string;
  token: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly shape: ErrorShape,
  ) {
    super(shape.message);
  }
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, status: number, shape: ErrorShape): void {
  sendJson(response, status, { ok: false, error: shape });
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    throw new HttpError(413, { code: 'VALIDATION', message: `The request body is larger than ${MAX_BODY_BYTES} bytes` });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw new HttpError(413, { code: 'VALIDATION', message: `The request body is larger than ${MAX_BODY_BYTES} bytes` });
    }
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, { code: 'VALIDATION', message: 'The request body is not valid JSON' });
  }
}

/**
 * Web mode: the same router over HTTP, bound to 127.0.0.1 only. Every API call
 * needs the per-launch token as a bearer token, and the Host header must be
 * the loopback address (a guard against DNS rebinding).
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const expected = Buffer.from(`Bearer ${token}`);
  let allowedHosts = new Set<string>();

  const hasToken = (request: IncomingMessage): boolean => {
    const given = Buffer.from(request.headers.authorization ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  const openStreams = new Set<ServerResponse>();

  const handleEvents = (response: ServerResponse): void => {
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write(': connected\n\n');
    openStreams.add(response);
    const unsubscribe = options.events.subscribe((name, payload) => {
      response.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), 15_000);
    response.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      openStreams.delete(response);
    });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!allowedHosts.has(request.headers.host ?? '')) {
      sendError(response, 421, { code: 'FORBIDDEN', message: 'Unexpected Host header' });
      return;
    }
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (!path.startsWith('/api/')) {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        sendError(response, 405, { code: 'VALIDATION', message: 'Only GET is served outside /api/' });
        return;
      }
      if (!options.rendererDir) {
        sendError(response, 404, { code: 'NOT_FOUND', message: 'The renderer is not built; run npm run build' });
        return;
      }
      response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
      await serveStatic(options.rendererDir, path, response);
      return;
    }
    if (!hasToken(request)) {
      sendError(response, 401, { code: 'UNAUTHENTICATED', message: 'Missing or wrong web-mode token' });
      return;
    }
    if (path === '/api/events' && request.method === 'GET') {
      handleEvents(response);
      return;
    }
    if (request.method !== 'POST') {
      sendError(response, 405, { code: 'VALIDATION', message: 'Channels are called with POST' });
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendError(response, 415, { code: 'VALIDATION', message: 'Send the input as application/json' });
      return;
    }
    const channel = decodeURIComponent(path.slice('/api/'.length));
    const input = await readJsonBody(request);
    // One session per launch token: web mode's sign-in is bound to it.
    const result = await options.router.call(channel, input, { transport: 'http', sessionKey: 'web' });
    sendJson(response, result.ok ? 200 : STATUS_BY_CODE[result.error.code], result);
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof HttpError) {
        sendError(response, error.status, error.shape);
        request.resume();
        return;
      }
      options.logger.error('Web transport failed on a request', error);
      if (!response.headersSent) sendError(response, 500, { code: 'INTERNAL', message: 'The web transport failed on this request' });
      else response.destroy();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    launchUrl: `${url}/#token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of openStreams) stream.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
