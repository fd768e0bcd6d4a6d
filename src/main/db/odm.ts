import { Mongoose } from 'mongoose';

/**
 * Backroom's own Mongoose instance, so no global state leaks between the app,
 * tests and tools. Queries are strict and user-supplied filter values are
 * sanitised (a `{ $gt: '' }` where a string is expected is treated as a value).
 */
export function createOdm(): Mongoose {
  const odm = new Mongoose();
  odm.set('strictQuery', true);
  odm.set('sanitizeFilter', true);
  odm.set('bufferCommands', false);
  return odm;
}
