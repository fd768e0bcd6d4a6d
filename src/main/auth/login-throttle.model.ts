import { Schema, type Connection } from 'mongoose';

export const LOGIN_THROTTLE_MODEL = 'LoginThrottle';

/**
 * Failed sign-ins per email address, whether or not an account has that
 * address, so a lockout says nothing about which emails exist. Not one of the
 * design document's ten collections.
 */
export const loginThrottleSchema = new Schema(
  {
    _id: { type: String, required: true },
    failures: { type: Number, default: 0 },
    firstFailureAt: { type: Date, required: true },
    lockedUntil: { type: Date, default: null },
  },
  { collection: 'login_throttles', versionKey: false },
);

function compile(connection: Connection) {
  return connection.model(LOGIN_THROTTLE_MODEL, loginThrottleSchema);
}

export function registerLoginThrottleModel(connection: Connection) {
  return (connection.models[LOGIN_THROTTLE_MODEL] as ReturnType<typeof compile> | undefined) ?? compile(connection);
}

export type LoginThrottleModel = ReturnType<typeof registerLoginThrottleModel>;
