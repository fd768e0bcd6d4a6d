import type { BackroomBridge } from './bridge';

declare global {
  interface Window {
    /** Present inside Electron only; web mode talks HTTP instead. */
    backroom?: BackroomBridge;
  }
}

export {};
