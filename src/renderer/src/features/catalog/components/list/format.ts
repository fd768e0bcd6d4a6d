const moneyFormats = new Map<string, Intl.NumberFormat>();

/** An amount in its currency, in the reader's locale; an unknown code is shown as written. */
export function formatMoney(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    } catch {
      return `${amount.toFixed(2)} ${currency}`;
    }
    moneyFormats.set(currency, format);
  }
  return format.format(amount);
}

const RELATIVE = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const SHORT_DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "yesterday" within a week of `now`; a short date before that. */
export function formatUpdated(iso: string, now: number): string {
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return iso;
  const age = Math.max(0, now - at);
  if (age < MINUTE) return 'just now';
  if (age < HOUR) return RELATIVE.format(-Math.floor(age / MINUTE), 'minute');
  if (age < DAY) return RELATIVE.format(-Math.floor(age / HOUR), 'hour');
  if (age < 7 * DAY) return RELATIVE.format(-Math.floor(age / DAY), 'day');
  return SHORT_DATE.format(at);
}
