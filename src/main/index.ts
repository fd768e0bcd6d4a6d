import { app, BrowserWindow, session } from 'electron';
import { createMainWindow, rendererUrl } from './app/main-window';
import { createBackend } from './backend';
import { forwardEvents, ipcSessionKey, registerIpcTransport } from './ipc/ipc-transport';
import { createConsoleLogger } from './logger';

const logger = createConsoleLogger('main');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const backend = createBackend({
    mode: 'electron',
    appVersion: app.getVersion(),
    dataDir: app.getPath('userData'),
    logger,
  });
  let mainWindow: BrowserWindow | undefined;

  const openWindow = (): void => {
    mainWindow = createMainWindow();
    const sessionKey = ipcSessionKey(mainWindow.webContents.id);
    const stopForwarding = forwardEvents(backend.events, mainWindow.webContents);
    mainWindow.on('closed', () => {
      stopForwarding();
      backend.sessions.end(sessionKey);
      mainWindow = undefined;
    });
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    // The renderer needs no camera, microphone, notifications or the like.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    registerIpcTransport(backend.router, rendererUrl(), logger);
    void backend.start();
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Stop the embedded mongod cleanly before the process exits.
  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    stopped = true;
    backend
      .stop()
      .catch((error: unknown) => logger.error('Shutdown failed', error))
      .finally(() => app.quit());
  });
}
