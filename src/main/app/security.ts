import type { WebPreferences } from 'electron';

/**
 * The renderer's web preferences, per Electron's security checklist. Kept as a
 * pure function so a test can assert every option without opening a window.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Hosts whose links may open in the user's browser (documentation). */
export const EXTERNAL_LINK_ALLOW_LIST = new Set(['www.mongodb.com']);

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && EXTERNAL_LINK_ALLOW_LIST.has(parsed.hostname);
  } catch {
    return false;
  }
}

/**
 * True when `frameUrl` is our renderer: the built index.html (file://) or the
 * dev server's origin. Anything else (another site, a data: URL) is refused.
 */
export function isOwnRendererUrl(frameUrl: string, rendererUrl: string): boolean {
  try {
    const frame = new URL(frameUrl);
    const own = new URL(rendererUrl);
    if (own.protocol === 'file:') return frame.protocol === 'file:' && frame.pathname === own.pathname;
    return frame.origin === own.origin;
  } catch {
    return false;
  }
}
