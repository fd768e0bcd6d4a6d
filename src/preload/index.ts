import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, eventNames, type EventName } from '@shared/contract';
import type { BackroomBridge } from './bridge';

const EVENT_CHANNEL = 'backroom:event';

/**
 * One method per contract channel; `ipcRenderer` itself never reaches the
 * renderer (Electron's context-isolation guide).
 */
const channels = Object.fromEntries(
  channelNames.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as BackroomBridge['channels'];

const bridge: BackroomBridge = {
  channels,
  onEvent(name, listener) {
    if (!eventNames.includes(name)) throw new Error(`Unknown event ${String(name)}`);
    const wrapped = (_event: unknown, eventName: EventName, payload: unknown): void => {
      if (eventName === name) listener(payload as never);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
};

contextBridge.exposeInMainWorld('backroom', bridge);
