/**
 * `<input type="datetime-local">` speaks local wall-clock time to the minute
 * ("2025-03-09T14:05"); the contract speaks ISO 8601 instants.
 */

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The input's value for an instant, in this machine's time zone ('' for none or an invalid date). */
export function toDateTimeLocal(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The instant for an input's value. An upper bound covers its whole minute, so
 * "to 14:05" includes what happened at 14:05:30.
 */
export function fromDateTimeLocal(value: string, edge: 'start' | 'end'): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  if (edge === 'end') date.setSeconds(59, 999);
  return date.toISOString();
}
