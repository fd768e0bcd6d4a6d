import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channelNames } from '@shared/contract';
import type { CallResult } from '@shared/errors';
import { isOwnRendererUrl } from '../app/security';
import type { EventHub } from '../events';
import type { Logger } from '../logger';
import type { Router } from './router';

export const EVENT_CHANNEL = 'backroom:event';

/** Each window has its own sign-in. */
export function ipcSessionKey(webContentsId: number): string {
  return `ipc:${webContentsId}`;
}

/**
 * A call is trusted only from the main frame of one of our windows showing
 * our own renderer (VS Code's validated IPC pattern).
 */
function isTrustedSender(event: IpcMainInvokeEvent, rendererUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isOwnRendererUrl(frame.url, rendererUrl);
}

/** The only place that touches `ipcMain`: one handler per contract channel. */
export function registerIpcTransport(router: Router, rendererUrl: string, logger: Logger): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<CallResult<unknown>> => {
      if (!isTrustedSender(event, rendererUrl)) {
        logger.warn(`Refused ${channel} from an untrusted frame`, event.senderFrame?.url);
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not call Backroom' } };
      }
      return router.call(channel, input, { transport: 'ipc', sessionKey: ipcSessionKey(event.sender.id) });
    });
  }
  return () => channelNames.forEach((channel) => ipcMain.removeHandler(channel));
}

/** Forwards main-process events to a window's renderer. */
export function forwardEvents(events: EventHub, contents: WebContents): () => void {
  return events.subscribe((name, payload) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
  });
}
