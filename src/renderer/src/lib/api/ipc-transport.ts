import type { ChannelName } from '@shared/contract';
import type { BackroomBridge } from '../../../../preload/bridge';
import type { Transport } from './transport';

export function createIpcTransport(bridge: BackroomBridge): Transport {
  return {
    invoke: (channel, input) => {
      const method = bridge.channels[channel as ChannelName] as ((input: unknown) => ReturnType<Transport['invoke']>) | undefined;
      if (!method) return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: `Unknown channel "${channel}"` } });
      return method(input);
    },
    subscribe: (name, listener) => bridge.onEvent(name, listener),
  };
}
