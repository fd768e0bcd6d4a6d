import { useCallback, useContext, useEffect, useState, type RefObject } from 'react';
import { UNSAFE_NavigationContext, useBlocker, type Navigator } from 'react-router-dom';

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

/** react-router's blocker; it needs a data router (createHashRouter + RouterProvider). */
export function useDataRouterLeaveGuard(when: boolean, bypassRef: RefObject<boolean>): LeaveBlocker {
  const blocker = useBlocker(useCallback(() => when && !bypassRef.current, [when, bypassRef]));
  return { blocked: blocker.state === 'blocked', proceed: () => blocker.proceed?.(), stay: () => blocker.reset?.() };
}

type Go = Navigator['push'];

/**
 * The same for the app's <HashRouter>, which has no blockers: while `when`
 * holds, links and navigate() calls (both go through the router's navigator)
 * wait for the user's answer. Back and forward buttons are not held.
 */
export function useHistoryLeaveGuard(when: boolean, bypassRef: RefObject<boolean>): LeaveBlocker {
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const [held, setHeld] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!when) return;
    const target = navigator;
    const original = { push: target.push, replace: target.replace };
    const hold =
      (go: Go): Go =>
      (...args) => {
        if (bypassRef.current) go.apply(target, args);
        else setHeld(() => () => go.apply(target, args));
      };
    Object.assign(target, { push: hold(original.push), replace: hold(original.replace) });
    return () => {
      Object.assign(target, original);
    };
  }, [when, navigator, bypassRef]);

  const proceed = useCallback(() => {
    setHeld(null);
    // The held call is the navigator's own, so it goes through unhindered.
    held?.();
  }, [held]);

  const stay = useCallback(() => setHeld(null), []);

  return { blocked: held !== null, proceed, stay };
}
