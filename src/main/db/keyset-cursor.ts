import { AppError } from '../errors';

/** A position in a list sorted by (date desc, _id desc), opaque to the renderer. */
export interface KeysetPosition {
  at: Date;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.at.toISOString()}|${position.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): KeysetPosition {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || !/^[a-f0-9]{24}$/.test(id) || Number.isNaN(at.getTime())) {
    throw new AppError('VALIDATION', 'cursor: Not a cursor this list gave out', { cursor: 'Not a cursor this list gave out' });
  }
  return { at, id };
}
