/**
 * Starts the renderer afresh on the Dashboard. Used when the person at the
 * keyboard changes (sign-out, or someone else signing in over an expired
 * session): a reload is the one way to be sure no store or screen still holds
 * what the previous member saw. The session lives in the main process, and web
 * mode keeps its token in sessionStorage, so nothing else is lost.
 */
export function restartApp(): void {
  window.location.replace(`${window.location.pathname}${window.location.search}#/`);
  window.location.reload();
}
