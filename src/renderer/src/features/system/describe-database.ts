import type { DatabaseState } from '@shared/contract';

export type Tone = 'success' | 'warning' | 'error' | 'info';

const SOURCE_LABEL: Record<DatabaseState['source'], string> = {
  environment: 'MONGODB_URI',
  custom: 'saved connection',
  embedded: 'embedded database',
};

/** One line for the status bar, and the colour that goes with it. */
export function describeDatabase(state: DatabaseState): { text: string; tone: Tone } {
  switch (state.status) {
    case 'connecting':
      return { text: `Connecting to ${state.target}${state.attempt > 1 ? ` (attempt ${state.attempt})` : ''}…`, tone: 'info' };
    case 'connected':
      return { text: `Connected to ${state.target} · MongoDB ${state.serverVersion} · ${SOURCE_LABEL[state.source]}`, tone: 'success' };
    case 'disconnected':
      return { text: `Disconnected from ${state.target}: ${state.reason}`, tone: 'warning' };
    case 'failed': {
      const retry = state.retryAt ? ` · retrying at ${new Date(state.retryAt).toLocaleTimeString()}` : '';
      return { text: `Cannot connect to ${state.target}: ${state.error}${retry}`, tone: 'error' };
    }
  }
}
