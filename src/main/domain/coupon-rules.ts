/** A percentage coupon takes off more than 0% and at most 100%. */
export function isValidPercentage(value: number): boolean {
  return value > 0 && value <= 100;
}

/** A fixed coupon takes off a positive amount. */
export function isValidFixedAmount(value: number): boolean {
  return value > 0;
}

/**
 * Why a coupon's value does not fit its type, or null when it does:
 * percentage in (0, 100], fixed above 0, free_shipping needs no value (any
 * given must still be >= 0). Services use it to check input before saving.
 */
export function couponValueProblem(type: string | null | undefined, value: number | null | undefined): string | null {
  if (value == null) return type === 'percentage' || type === 'fixed' ? `value is required for a ${type} coupon` : null;
  if (value < 0) return 'value must be at least 0';
  if (type === 'percentage' && !isValidPercentage(value)) return 'value of a percentage coupon must be above 0 and at most 100';
  if (type === 'fixed' && !isValidFixedAmount(value)) return 'value of a fixed coupon must be above 0';
  return null;
}

/** Whether a validity window is well formed: when both ends are set, the end is after the start. */
export function isValidWindow(validFrom: Date | null | undefined, validUntil: Date | null | undefined): boolean {
  return validFrom == null || validUntil == null || validUntil.getTime() > validFrom.getTime();
}
