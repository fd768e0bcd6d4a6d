import type { ChannelInput, ChannelName, ChannelOutput } from '../../../src/shared/contract';
import type { CallResult } from '../../../src/shared/errors';
import type { WebMode } from '../support/web-mode';

function launchToken(app: WebMode): string {
  const token = /#token=([A-Za-z0-9_-]+)/.exec(app.launchUrl)?.[1];
  if (!token) throw new Error(`no token in ${app.launchUrl}`);
  return token;
}

/**
 * Calls a channel over web mode's HTTP API. Web mode has one session per launch
 * token, so this acts as whoever is signed in in the page, and signing in or
 * out here does so for the page too.
 */
export async function callApi<C extends ChannelName>(app: WebMode, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const response = await fetch(`${app.url}/api/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${launchToken(app)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as CallResult<ChannelOutput<C>>;
  if (!result.ok) throw new Error(`${channel} answered ${result.error.code}: ${result.error.message}`);
  return result.data;
}
