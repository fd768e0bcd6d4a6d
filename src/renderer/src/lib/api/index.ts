import { createClient, type BackroomClient } from './client';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import { takeWebToken } from './web-token';

export type ApiConnection = { kind: 'ready'; client: BackroomClient } | { kind: 'missing-token' };

/** Inside Electron the preload bridge is there; in a browser, web mode's HTTP. */
export function connectApi(): ApiConnection {
  if (window.backroom) return { kind: 'ready', client: createClient(createIpcTransport(window.backroom)) };
  const token = takeWebToken(window.location, window.sessionStorage, window.history);
  if (!token) return { kind: 'missing-token' };
  return { kind: 'ready', client: createClient(createHttpTransport(token)) };
}

export { BackroomError, errorMessage } from './errors';
export { fieldErrorsOf, formAlertMessage, validateInput, type FieldErrors } from './form-errors';
export type { BackroomClient, CallOutcome } from './client';
