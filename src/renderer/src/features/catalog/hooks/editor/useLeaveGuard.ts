import { useCallback, useEffect, type RefObject } from 'react';
import { useBlocker } from 'react-router-dom';

/** A navigation held back while there are unsaved edits. */
export interface LeaveBlocker {
  blocked: boolean;
  /** Goes where the user was going. */
  proceed(): void;
  /** Stays on the editor. */
  stay(): void;
}

/** Asks the browser to confirm closing or reloading the page while `when` holds. */
export function useBeforeUnloadWarning(when: boolean): void {
  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium (and so some Electron versions) only asks when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);
}

/** react-router's blocker (the app runs a data router: createHashRouter + RouterProvider). */
export function useLeaveBlocker(when: boolean, bypassRef: RefObject<boolean>): LeaveBlocker {
  const blocker = useBlocker(useCallback(() => when && !bypassRef.current, [when, bypassRef]));
  return { blocked: blocker.state === 'blocked', proceed: () => blocker.proceed?.(), stay: () => blocker.reset?.() };
}
