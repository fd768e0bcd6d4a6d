import { trusted } from 'mongoose';
import type { LoginThrottleModel } from './login-throttle.model';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
const WINDOW_MS = LOCK_MINUTES * 60_000;

/** Counts failed sign-ins per email and locks after MAX_FAILURES within the window. */
export function createLoginThrottle(model: LoginThrottleModel, now: () => Date = () => new Date()) {
  return {
    /** When the address is locked, until when; else null. */
    async lockedUntil(email: string): Promise<Date | null> {
      const row = await model.findById(email).lean();
      return row?.lockedUntil && row.lockedUntil > now() ? row.lockedUntil : null;
    },

    /** Records a failure; returns the lock's end when this failure locked the address. */
    async recordFailure(email: string): Promise<Date | null> {
      const at = now();
      // A failure outside the window starts a new count.
      await model.deleteOne({ _id: email, firstFailureAt: trusted({ $lt: new Date(at.getTime() - WINDOW_MS) }), lockedUntil: trusted({ $not: { $gt: at } }) });
      const row = await model.findOneAndUpdate(
        { _id: email },
        { $inc: { failures: 1 }, $setOnInsert: { firstFailureAt: at } },
        { upsert: true, new: true },
      ).lean();
      if (!row || row.failures < MAX_FAILURES) return null;
      const until = new Date(at.getTime() + LOCK_MINUTES * 60_000);
      await model.updateOne({ _id: email }, { $set: { lockedUntil: until, failures: 0, firstFailureAt: at } });
      return until;
    },

    async clear(email: string): Promise<void> {
      await model.deleteOne({ _id: email });
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
