import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, shell } from 'electron';
import { isAllowedExternalUrl, isOwnRendererUrl, secureWebPreferences } from './security';

/** The URL our renderer is loaded from: the dev server, or the built file. */
export function rendererUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(__dirname, '../renderer/index.html')).toString();
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Backroom',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });

  const ownUrl = rendererUrl();
  window.once('ready-to-show', () => window.show());

  // No navigation away from our renderer, no new windows; allowed external
  // links open in the user's browser.
  window.webContents.on('will-navigate', (event, url) => {
    if (!isOwnRendererUrl(url, ownUrl)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());

  void window.loadURL(ownUrl);
  return window;
}
