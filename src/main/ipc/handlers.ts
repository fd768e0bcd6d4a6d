import type { Handlers } from './router';
import type { SystemService } from '../services/system-service';

export interface Services {
  system: SystemService;
}

/** Binds each channel of the contract to the service method that answers it. */
export function createHandlers(services: Services): Handlers {
  return {
    'system.ping': (input) => services.system.ping(input.echo),
    'system.status': () => services.system.status(),
  };
}
